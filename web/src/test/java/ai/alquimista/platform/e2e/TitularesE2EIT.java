package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.Tenants;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The data subject's rights in a real browser: a tenant's admin imports a lead, finds the person on Privacidade
 * (LGPD) by the phone as the person says it, downloads what is held, erases it with the typed confirmation, sees the
 * suppressed count go up, imports the same person again and reads the row reported as suppressed.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class TitularesE2EIT {

    private static final Duration PROCESSING_PATIENCE = Duration.ofSeconds(90);

    private static final String CSV = """
            empresa,contato,telefone,email,setor,porte
            Padaria Pão Quente Ltda,Maria Souza,(11) 98765-4321,maria@padariapaoquente.com.br,Alimentação,ME
            """;

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("titulares");

    private final Tenants tenants = new Tenants();
    private Path leadFile;

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    @AfterEach
    void deleteLeadFile() throws IOException {
        if (leadFile != null) {
            Files.deleteIfExists(leadFile);
        }
    }

    @Test
    void anAdminExportsAndErasesAPersonWhoIsThenSuppressedOnReimport() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "admin." + suffix + "@titulares.com.br";
        UUID tenant = tenants.tenant("Titulares E2E Ltda " + suffix);
        tenants.user(tenant, email, "admin");
        String token = activateRecebimento(email);
        leadFile = Files.createTempFile(Files.createDirectories(Browser.target().resolve("e2e")), "titular-", ".csv");
        Files.writeString(leadFile, CSV, StandardCharsets.UTF_8);

        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();
        browser.openLogin(base);
        browser.signIn(email, Tenants.PASSWORD);

        // 1. The person arrives in an import
        importar(driver, wait);
        assertThat(driver.findElement(testid("import-accepted")).getText()).isEqualTo("1");
        assertThat(driver.findElement(testid("import-suppressed")).getText()).isEqualTo("0");

        // 2. Privacidade (LGPD): nobody suppressed yet; the person found by the phone as they say it
        driver.findElement(testid("nav-titulares")).click();
        wait.until(textToBePresentInElementLocated(testid("titulares-suprimidos"), "0"));
        assertThat(driver.getTitle()).contains("Privacidade (LGPD)");
        browser.type(testid("titulares-busca"), "11 98765 4321");
        driver.findElement(testid("titulares-buscar")).click();
        wait.until(visibilityOfElementLocated(testid("titulares-dados")));
        assertThat(driver.findElement(testid("titulares-contagem")).getText()).startsWith("1 lead");
        assertThat(driver.findElement(testid("titulares-lead")).getText())
                .contains("Padaria Pão Quente Ltda", "Maria Souza", "legítimo interesse");

        // 3. The export: downloadable as the API gives it (an attachment holding the lead)
        driver.findElement(testid("titulares-exportar")).click();
        Api.Reply export = new Api(base).as(token).get("api/titulares?telefone=%2B5511987654321");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).startsWith("attachment");
        assertThat(export.body()).contains("maria@padariapaoquente.com.br", "Maria Souza");

        // 4. Erasure needs the typed confirmation
        assertThat(driver.findElement(testid("titulares-eliminar")).isEnabled()).isFalse();
        browser.type(testid("titulares-confirmacao"), "ELIMINAR");
        wait.until(elementToBeClickable(testid("titulares-eliminar"))).click();
        wait.until(visibilityOfElementLocated(testid("titulares-eliminado")));
        assertThat(driver.findElement(testid("titulares-eliminado")).getText()).contains("1 lead anonimizado");
        wait.until(textToBePresentInElementLocated(testid("titulares-suprimidos"), "1"));

        // 5. Nothing is held any more about the person
        browser.type(testid("titulares-busca"), "(11) 98765-4321");
        driver.findElement(testid("titulares-buscar")).click();
        wait.until(visibilityOfElementLocated(testid("titulares-nada")));

        // 6. The same person imported again is reported as suppressed, and not received
        importar(driver, wait);
        assertThat(driver.findElement(testid("import-accepted")).getText()).isEqualTo("0");
        assertThat(driver.findElement(testid("import-suppressed")).getText()).isEqualTo("1");
        wait.until(visibilityOfElementLocated(testid("import-issues")));
        assertThat(driver.findElement(By.cssSelector(
                                "[data-testid='import-issue'][data-row='2'] [data-testid='issue-problem']"))
                        .getText())
                .startsWith("suprimido");
    }

    private void importar(WebDriver driver, WebDriverWait wait) {
        driver.findElement(testid("nav-importar")).click();
        wait.until(visibilityOfElementLocated(testid("import-form")));
        driver.findElement(testid("import-file"))
                .sendKeys(leadFile.toAbsolutePath().toString());
        driver.findElement(testid("import-submit")).click();
        new WebDriverWait(driver, PROCESSING_PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(visibilityOfElementLocated(
                        By.cssSelector("[data-testid='import-progress'][data-status='concluido']")));
    }

    /** Imports are refused until the tenant activated Recebimento; @return the admin's token */
    private String activateRecebimento(String email) {
        Api anonymous = new Api(base);
        var login = anonymous.post(
                "auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status())
                .as("sign-in of " + email + ": " + login.body())
                .isEqualTo(200);
        String token = login.json().getString("access_token");
        var activation = anonymous.as(token).post("api/agents/nigredo-recebimento/activate", "{}");
        assertThat(activation.status()).as(activation.body()).isBetween(200, 299);
        return token;
    }
}
