package ai.alquimista.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.platform.auth.Passwords;
import ai.alquimista.spine.Api;
import ai.alquimista.spine.Database;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.io.File;
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
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The import is processed by the Recebimento agent from its queue, after the upload answered 202. */
    private static final Duration PROCESSING_PATIENCE = Duration.ofSeconds(90);
    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    private static final String PASSWORD = "Senha-forte-1";

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

    private WebDriver browser;
    private Path profile;
    private Path leadFile;
    private final Database database = new Database();

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException()
            .ifPresent(failure -> saveEvidence(context.getRequiredTestMethod().getName()));

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
            }
        }
        if (leadFile != null) {
            Files.deleteIfExists(leadFile);
        }
    }

    @Test
    void aManagerImportsALeadFileAndReadsTheNonConformityReport() throws IOException {
        // A tenant of its own (nothing to deduplicate against), its gestor, and the Recebimento agent active.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "gestor." + suffix + "@importacao.com.br";
        UUID tenant = tenant("Importação E2E Ltda " + suffix);
        user(tenant, email, "manager");
        activateRecebimento(email);
        leadFile = Files.createTempFile(Files.createDirectories(target().resolve("e2e")), "leads-", ".csv");
        Files.writeString(leadFile, CSV, StandardCharsets.UTF_8);

        browser = startChromium();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);

        // 1. The gestor signs in
        browser.get(base.toString());
        wait.until(visibilityOfElementLocated(testid("login-form")));
        type(testid("login-email"), email);
        type(testid("login-password"), PASSWORD);
        browser.findElement(testid("login-submit")).click();
        wait.until(textToBePresentInElementLocated(testid("header-email"), email));

        // 2. Importar leads: the form (gestores only) and the accepted columns
        browser.findElement(testid("nav-importar")).click();
        wait.until(visibilityOfElementLocated(testid("import-form")));
        assertThat(browser.getCurrentUrl()).endsWith("#/importar");
        assertThat(browser.getTitle()).contains("Importar leads");
        assertThat(browser.findElements(testid("import-managers-only"))).isEmpty();
        assertThat(browser.findElement(testid("import-help")).getText())
                .contains("empresa", "cnpj", "contato", "telefone", "email", "setor", "porte", "opt_in_whatsapp");

        // 3. Upload the CSV
        browser.findElement(testid("import-file")).sendKeys(leadFile.toAbsolutePath().toString());
        browser.findElement(testid("import-submit")).click();
        wait.until(visibilityOfElementLocated(testid("import-progress")));
        assertThat(browser.findElement(testid("flash")).getText()).contains("4 linhas");
        assertThat(browser.findElement(testid("import-error")).isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).contains("#/importar?id=");

        // 4. Progress until concluído
        By concluded = By.cssSelector("[data-testid='import-progress'][data-status='concluido']");
        new WebDriverWait(browser, PROCESSING_PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(visibilityOfElementLocated(concluded));
        assertThat(browser.findElement(testid("import-status")).getText()).isEqualTo("Concluído");
        assertThat(browser.findElement(testid("import-processed")).getText()).startsWith("4 de 4");
        assertThat(browser.findElement(testid("import-announcement")).getText()).startsWith("Importação concluída");
        assertThat(browser.findElement(testid("import-accepted")).getText()).isEqualTo("2");
        assertThat(browser.findElement(testid("import-duplicates")).getText()).isEqualTo("1");
        assertThat(browser.findElement(testid("import-rejected")).getText()).isEqualTo("1");

        // 5. The non-conformity report names the bad row (4) and its field, and the duplicate (5)
        wait.until(visibilityOfElementLocated(testid("import-issues")));
        List<WebElement> row4 = browser.findElements(By.cssSelector("[data-testid='import-issue'][data-row='4']"));
        assertThat(row4).hasSize(1);
        assertThat(row4.get(0).getAttribute("data-field")).isEqualTo("email");
        assertThat(row4.get(0).findElement(testid("issue-row")).getText()).isEqualTo("4");
        assertThat(row4.get(0).findElement(testid("issue-field")).getText()).isEqualTo("E-mail");
        assertThat(row4.get(0).findElement(testid("issue-problem")).getText()).contains("E-mail");
        assertThat(browser.findElements(By.cssSelector("[data-testid='import-issue'][data-row='5'] [data-testid='issue-problem']")))
                .extracting(WebElement::getText)
                .anySatisfy(problem -> assertThat(problem).contains("duplicado"));
        assertThat(browser.findElements(By.cssSelector("[data-testid='import-issue'][data-row='2'],"
                + " [data-testid='import-issue'][data-row='3']"))).as("the good rows").isEmpty();
        assertThat(browser.findElement(testid("import-download")).getText()).isEqualTo("Baixar relatório (CSV)");
        assertThat(browser.findElement(testid("import-campaigns-link")).getAttribute("href")).endsWith("#/campanhas");

        // 6. The report's address shows the same import again
        browser.navigate().refresh();
        wait.until(visibilityOfElementLocated(concluded));
        assertThat(browser.findElement(testid("import-accepted")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("[data-testid='import-issue'][data-row='4']"))).hasSize(1);
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** As the Tenants fixture of the platform's tests does it: straight to the database, as an operator provisions. */
    private UUID tenant(String companyName) {
        UUID id = UUID.randomUUID();
        database.execute("INSERT INTO alquimista_platform.tenants (id, company_name) VALUES (?, ?)", id, companyName);
        return id;
    }

    private void user(UUID tenant, String email, String role) {
        database.execute("INSERT INTO alquimista_platform.users (id, tenant_id, email, nome, role, password_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), tenant, email, email.split("@")[0], role,
                Passwords.hash(PASSWORD));
    }

    /** Imports are refused (409) until the tenant activated the Recebimento agent in the marketplace. */
    private void activateRecebimento(String email) {
        Api anonymous = new Api(base);
        var login = anonymous.post("auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(login.status()).as("sign-in of " + email + ": " + login.body()).isEqualTo(200);
        var activation = anonymous.as(login.json().getString("access_token"))
                .post("api/agents/nigredo-recebimento/activate", "{}");
        assertThat(activation.status()).as(activation.body()).isBetween(200, 299);
    }

    private WebDriver startChromium() {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                fail("%s is missing: apt-get install -y chromium chromium-driver (.ci/run does it)", executable);
            }
        }
        // Selenium Manager must never look for (or download) a driver: name both executables.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory(target(), "e2e-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--lang=pt-BR",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(target().resolve("e2e").resolve("chromedriver-importacao.log").toFile())
                .build();
        try {
            Files.createDirectories(target().resolve("e2e"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ChromeDriver(service, options);
    }

    private void saveEvidence(String name) {
        if (browser == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(target().resolve("e2e"));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"),
                    "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            System.err.println("could not save the browser's evidence: " + e);
        }
    }

    private static Path target() {
        return Path.of(System.getProperty("it.war")).toAbsolutePath().getParent();
    }
}
