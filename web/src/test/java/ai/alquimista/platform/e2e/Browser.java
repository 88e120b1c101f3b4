package ai.alquimista.platform.e2e;

import static org.assertj.core.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The UI's end-to-end fixture: headless Debian Chromium driven through its chromedriver, started
 * by {@link #start()} and closed after each test. When a test fails, a screenshot and the page
 * source land in {@code target/e2e/}. Register it with
 * {@code @RegisterExtension final Browser browser = new Browser("name");}.
 */
final class Browser implements AfterTestExecutionCallback, AfterEachCallback {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    /** Where the UI keeps the bearer token (api.js TOKEN_KEY). */
    private static final String TOKEN_KEY = "alquimista.token";

    private final String name;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    /** name tells this test's chromedriver log apart: target/e2e/chromedriver-name.log. */
    Browser(String name) {
        this.name = name;
    }

    /** The WAR the build made, deployed as it is (Arquillian's {@code @Deployment(testable = false)}). */
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    /** The web module's target directory. */
    static Path target() {
        return Path.of(System.getProperty("it.war")).toAbsolutePath().getParent();
    }

    static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** Starts Chromium with a profile of its own; the driver and a wait of {@link #PATIENCE} are then at hand. */
    WebDriver start() {
        for (String executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(executable))) {
                fail("%s is missing: apt-get install -y chromium chromium-driver (.ci/run does it)", executable);
            }
        }
        // Selenium Manager must never look for (or download) a driver: name both executables.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path logs;
        try {
            logs = Files.createDirectories(target().resolve("e2e"));
            profile = Files.createTempDirectory(target(), "e2e-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--lang=pt-BR",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withLogFile(logs.resolve("chromedriver-" + name + ".log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return driver;
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits up to {@link #PATIENCE}, through elements the UI redraws meanwhile. */
    WebDriverWait waiting() {
        return wait;
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Opens the application's root, which sends the browser to the UI's login form. */
    void openLogin(URL base) {
        driver.get(base.toString());
        wait.until(visibilityOfElementLocated(testid("login-form")));
    }

    /** Fills the login form and waits for the header to name the user. */
    void signIn(String email, String password) {
        type(testid("login-email"), email);
        type(testid("login-password"), password);
        driver.findElement(testid("login-submit")).click();
        wait.until(textToBePresentInElementLocated(testid("header-email"), email));
    }

    /** The bearer token the UI keeps for this tab; null when nobody is signed in. */
    String sessionToken() {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem(arguments[0]);", TOKEN_KEY);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            saveEvidence(context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
            wait = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
            profile = null;
        }
    }

    private void saveEvidence(String test) {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(target().resolve("e2e"));
            Files.write(dir.resolve(test + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    dir.resolve(test + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (Exception e) {
            System.err.println("could not save the browser's evidence: " + e);
        }
    }
}
