package ai.alquimista.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.spine.EmbeddedInfrastructure;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
 * Seed 001's end-to-end scenario in a real browser (headless Chromium) against the real WAR on
 * Payara Micro: a tenant's user logs in, opens the marketplace, activates an agent after
 * confirming in the dialog, and finds it under "Meus agentes". Everything is asserted as the user
 * sees it on the page. On failure a screenshot and the page source land in {@code target/e2e/}.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class MarketplaceE2EIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration CREDENTIALS_PATIENCE = Duration.ofSeconds(60);
    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
    }

    @Test
    void aTenantLogsInActivatesAnAgentInTheMarketplaceAndSeesItUnderMeusAgentes() {
        Properties demo = demoCredentials();
        String email = demo.getProperty("email");
        String password = demo.getProperty("password");
        browser = startChromium();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);

        // The root sends the browser to the UI, which asks who is there.
        browser.get(base.toString());
        wait.until(visibilityOfElementLocated(testid("login-form")));
        assertThat(browser.getCurrentUrl()).contains("/app/").endsWith("#/login");
        assertThat(browser.getTitle()).contains("Entrar");

        // A wrong password is refused without saying which field was wrong.
        type(testid("login-email"), email);
        type(testid("login-password"), password + "-errada");
        browser.findElement(testid("login-submit")).click();
        wait.until(visibilityOfElementLocated(testid("login-error")));
        assertThat(browser.findElement(testid("login-error")).getText()).isEqualTo("E-mail ou senha inválidos.");

        // 1. Login
        type(testid("login-email"), email);
        type(testid("login-password"), password);
        browser.findElement(testid("login-submit")).click();
        wait.until(textToBePresentInElementLocated(testid("header-email"), email));
        if (demo.getProperty("company_name") != null) {
            wait.until(textToBePresentInElementLocated(testid("header-company"), demo.getProperty("company_name")));
        }

        // 2. Marketplace: one card per agent
        browser.findElement(testid("nav-marketplace")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid='agent-card']")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("#/marketplace");
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-testid='agent-card']"));
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.findElement(testid("agent-name")).getText()).isNotBlank();
            assertThat(card.findElement(testid("agent-price")).getText()).startsWith("R$");
        });
        WebElement card = browser.findElements(By.cssSelector("[data-testid='agent-card'][data-active='false']")).stream()
                .findFirst().orElseThrow(() -> new AssertionError("every agent is already active: nothing to activate"));
        String agentId = card.getAttribute("data-agent-id");
        String agentName = card.findElement(testid("agent-name")).getText();
        assertThat(card.findElements(testid("agent-active-badge"))).isEmpty();

        // 3. Activate it, confirming in the dialog
        card.findElement(testid("agent-activate")).click();
        WebElement dialog = wait.until(visibilityOfElementLocated(testid("confirm-dialog")));
        assertThat(dialog.findElement(testid("confirm-message")).getText())
                .isEqualTo("Ativar o agente " + agentName + " para sua empresa?");
        dialog.findElement(testid("confirm-ok")).click();

        By activeBadge = By.cssSelector("[data-testid='agent-card'][data-agent-id='" + agentId + "'] [data-testid='agent-active-badge']");
        wait.until(visibilityOfElementLocated(activeBadge));
        assertThat(browser.findElement(activeBadge).getText()).isEqualTo("Ativo");
        assertThat(browser.findElement(testid("flash")).getText()).contains(agentName).contains("ativado");
        assertThat(browser.findElement(By.cssSelector("[data-agent-id='" + agentId + "'] [data-testid='agent-deactivate']"))
                .getText()).isEqualTo("Desativar");
        assertThat(browser.findElement(testid("confirm-dialog")).isDisplayed()).isFalse();

        // 4. Meus agentes lists it
        browser.findElement(testid("nav-meus-agentes")).click();
        wait.until(visibilityOfElementLocated(testid("activation-list")));
        assertThat(browser.getCurrentUrl()).endsWith("#/meus-agentes");
        assertThat(browser.findElements(By.cssSelector("[data-testid='activation-item'] [data-testid='activation-name']")))
                .extracting(WebElement::getText)
                .contains(agentName);
        WebElement activation = browser.findElement(By.cssSelector("[data-testid='activation-item'][data-agent-id='" + agentId + "']"));
        assertThat(activation.findElement(testid("activation-date")).getText()).isNotBlank().isNotEqualTo("—");

        // Sair ends the session
        browser.findElement(testid("logout")).click();
        wait.until(visibilityOfElementLocated(testid("login-form")));
        browser.navigate().to(base.toString() + "app/#/meus-agentes");
        wait.until(visibilityOfElementLocated(testid("login-form")));
    }

    @Test
    void theUiAndTheApiDocsAreServedByTheApplication() {
        var root = get("");
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/app/"));

        var index = get("app/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-cache"));
        assertThat(index.body()).contains("<html lang=\"pt-BR\">").contains("app.js");
        assertThat(contentType("app/app.js")).startsWith("text/javascript");
        assertThat(contentType("app/views/marketplace.js")).startsWith("text/javascript");
        assertThat(contentType("app/app.css")).startsWith("text/css");
        assertThat(contentType("app/favicon.svg")).startsWith("image/svg+xml");

        var missing = get("app/nada.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("app/views").statusCode()).as("a directory").isEqualTo(404);
        for (String escape : List.of("app/%2e%2e/WEB-INF/beans.xml", "app/..%2FWEB-INF%2Fbeans.xml",
                "app/%2Fetc%2Fpasswd", "api-docs/%2e%2e/%2e%2e/WEB-INF/beans.xml")) {
            var refused = get(escape);
            assertThat(refused.statusCode()).as(escape).isBetween(400, 404);
            assertThat(refused.body()).as(escape).doesNotContain("<beans");
        }

        var docs = get("api-docs/");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui-bundle.js");
        assertThat(contentType("api-docs/swagger-ui-bundle.js")).startsWith("text/javascript");
        assertThat(contentType("api-docs/swagger-ui.css")).startsWith("text/css");
        assertThat(get("openapi").body()).doesNotContain("/api-docs").doesNotContain("/app/");
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** The demo tenant's credentials the application writes into ALQUIMISTA_HOME on first start. */
    private static Properties demoCredentials() {
        Path home = Optional.ofNullable(System.getenv("ALQUIMISTA_HOME")).map(Path::of)
                .orElseGet(() -> target().resolve("it-home"));
        Path file = home.resolve("demo-credentials.properties");
        await("the demo credentials the application writes to " + file)
                .atMost(CREDENTIALS_PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> read(file).filter(p -> p.getProperty("email") != null && p.getProperty("password") != null).isPresent());
        return read(file).orElseThrow();
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(properties);
        } catch (IOException e) {
            return Optional.empty();
        }
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
                .withLogFile(target().resolve("e2e").resolve("chromedriver.log").toFile())
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

    private HttpResponse<String> get(String path) {
        try {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            return http.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String contentType(String path) {
        var reply = get(path);
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return reply.headers().firstValue("Content-Type").orElse("");
    }
}
