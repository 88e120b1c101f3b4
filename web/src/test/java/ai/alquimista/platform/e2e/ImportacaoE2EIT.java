package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Importing a lead file in a real browser (headless Chromium) against the real WAR on Payara Micro: a
 * tenant's gestor signs in, opens "Importar leads", uploads a CSV with two good rows, one row with an
 * invalid e-mail and no phone, and one duplicate, follows the processing until it is concluído and reads
 * the counts and the non-conformity report. Everything is asserted as the user sees it on the page. On
 * failure a screenshot and the page source land in {@code target/e2e/}.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class ImportacaoE2EIT {

    /** The import is processed by the Recebimento agent from its queue, after the upload answered 202. */
    private static final Duration PROCESSING_PATIENCE = Duration.ofSeconds(90);

    /** Header, two good leads, a bad e-mail without a phone (spreadsheet row 4), and row 2 again (row 5). */
    private static final String CSV = """
            empresa,cnpj,contato,telefone,email,setor,porte
            Padaria Pão Quente Ltda,11.222.333/0001-81,Maria Souza,(11) 98765-4321,maria@padariapaoquente.com.br,Alimentação,ME
            Oficina Boa Vista,11.444.777/0001-61,João Lima,(21) 99876-5432,joao@oficinaboavista.com.br,Serviços,EPP
            Mercado Central,,Ana Costa,,ana.mercadocentral.com.br,Varejo,ME
            Padaria Pão Quente Ltda,11.222.333/0001-81,Maria Souza,(11) 98765-4321,maria@padariapaoquente.com.br,Alimentação,ME
            """;

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("importacao");

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
    void aManagerImportsALeadFileAndReadsTheNonConformityReport() throws IOException {
        // A tenant of its own (nothing to deduplicate against), its gestor, and the Recebimento agent active.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "gestor." + suffix + "@importacao.com.br";
        UUID tenant = tenants.tenant("Importação E2E Ltda " + suffix);
        tenants.user(tenant, email, "manager");
        activateRecebimento(email);
        leadFile = Files.createTempFile(Files.createDirectories(Browser.target().resolve("e2e")), "leads-", ".csv");
        Files.writeString(leadFile, CSV, StandardCharsets.UTF_8);

        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();

        // 1. The gestor signs in
        browser.openLogin(base);
        browser.signIn(email, Tenants.PASSWORD);

        // 2. Importar leads: the form (gestores only) and the accepted columns
        driver.findElement(testid("nav-importar")).click();
        wait.until(visibilityOfElementLocated(testid("import-form")));
        assertThat(driver.getCurrentUrl()).endsWith("#/importar");
        assertThat(driver.getTitle()).contains("Importar leads");
        assertThat(driver.findElements(testid("import-managers-only"))).isEmpty();
        assertThat(driver.findElement(testid("import-help")).getText())
                .contains("empresa", "cnpj", "contato", "telefone", "email", "setor", "porte", "opt_in_whatsapp");

        // 3. Upload the CSV
        driver.findElement(testid("import-file"))
                .sendKeys(leadFile.toAbsolutePath().toString());
        driver.findElement(testid("import-submit")).click();
        wait.until(visibilityOfElementLocated(testid("import-progress")));
        assertThat(driver.findElement(testid("flash")).getText()).contains("4 linhas");
        assertThat(driver.findElement(testid("import-error")).isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).contains("#/importar?id=");

        // 4. Progress until concluído
        By concluded = By.cssSelector("[data-testid='import-progress'][data-status='concluido']");
        new WebDriverWait(driver, PROCESSING_PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(visibilityOfElementLocated(concluded));
        assertThat(driver.findElement(testid("import-status")).getText()).isEqualTo("Concluído");
        assertThat(driver.findElement(testid("import-processed")).getText()).startsWith("4 de 4");
        assertThat(driver.findElement(testid("import-announcement")).getText()).startsWith("Importação concluída");
        assertThat(driver.findElement(testid("import-accepted")).getText()).isEqualTo("2");
        assertThat(driver.findElement(testid("import-duplicates")).getText()).isEqualTo("1");
        assertThat(driver.findElement(testid("import-rejected")).getText()).isEqualTo("1");

        // 5. The non-conformity report names the bad row (4) and its field, and the duplicate (5)
        wait.until(visibilityOfElementLocated(testid("import-issues")));
        List<WebElement> row4 = driver.findElements(By.cssSelector("[data-testid='import-issue'][data-row='4']"));
        assertThat(row4).hasSize(1);
        assertThat(row4.get(0).getAttribute("data-field")).isEqualTo("email");
        assertThat(row4.get(0).findElement(testid("issue-row")).getText()).isEqualTo("4");
        assertThat(row4.get(0).findElement(testid("issue-field")).getText()).isEqualTo("E-mail");
        assertThat(row4.get(0).findElement(testid("issue-problem")).getText()).contains("E-mail");
        assertThat(driver.findElements(
                        By.cssSelector("[data-testid='import-issue'][data-row='5'] [data-testid='issue-problem']")))
                .extracting(WebElement::getText)
                .anySatisfy(problem -> assertThat(problem).contains("duplicado"));
        assertThat(driver.findElements(By.cssSelector(
                        "[data-testid='import-issue'][data-row='2']," + " [data-testid='import-issue'][data-row='3']")))
                .as("the good rows")
                .isEmpty();
        assertThat(driver.findElement(testid("import-download")).getText()).isEqualTo("Baixar relatório (CSV)");
        assertThat(driver.findElement(testid("import-campaigns-link")).getAttribute("href"))
                .endsWith("#/campanhas");

        // 6. The report's address shows the same import again
        driver.navigate().refresh();
        wait.until(visibilityOfElementLocated(concluded));
        assertThat(driver.findElement(testid("import-accepted")).getText()).isEqualTo("2");
        assertThat(driver.findElements(By.cssSelector("[data-testid='import-issue'][data-row='4']")))
                .hasSize(1);
    }

    /** Imports are refused (409) until the tenant activated the Recebimento agent in the marketplace. */
    private void activateRecebimento(String email) {
        Api anonymous = new Api(base);
        var login = anonymous.post(
                "auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}");
        assertThat(login.status())
                .as("sign-in of " + email + ": " + login.body())
                .isEqualTo(200);
        var activation = anonymous
                .as(login.json().getString("access_token"))
                .post("api/agents/nigredo-recebimento/activate", "{}");
        assertThat(activation.status()).as(activation.body()).isBetween(200, 299);
    }
}
