package ai.alquimista.platform.e2e;

import static ai.alquimista.platform.e2e.Browser.testid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import ai.alquimista.spine.Api;
import ai.alquimista.spine.Database;
import ai.alquimista.spine.DemoCredentials;
import ai.alquimista.spine.EmbeddedInfrastructure;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operators' console in a real browser: a platform operator signs in, injects a poison message from the console,
 * watches it land among the queue's dead letters with the reason it failed, sends it back to its queue, pauses the
 * dispatch timer on every instance, runs it once by hand and resumes it, tries a dead outbox row again, and follows a
 * request's trace to the agent that took its event.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class ConsoleE2EIT {

    private static final Duration DEAD_LETTER_PATIENCE = Duration.ofSeconds(90);
    private static final String DISPATCH = "nigredo-disparo-tick";

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser("console");

    @Deployment(testable = false)
    static WebArchive application() {
        return Browser.application();
    }

    @Test
    void anOperatorRedrivesAPoisonMessageAndPausesTheDispatchTimer() throws Exception {
        DemoCredentials firstStart = DemoCredentials.read();
        WebDriver driver = browser.start();
        WebDriverWait wait = browser.waiting();
        driver.get(new URL(base, "app/console.html").toString());
        wait.until(visibilityOfElementLocated(testid("login-form")));
        browser.type(testid("login-email"), firstStart.operatorEmail());
        browser.type(testid("login-password"), firstStart.operatorPassword());
        driver.findElement(testid("login-submit")).click();
        wait.until(visibilityOfElementLocated(testid("queues-table")));
        assertThat(driver.findElements(By.cssSelector("[data-testid='queue-row'][data-queue='sentimento']")))
                .hasSize(1);

        // 1. A poison message, injected from the console, ends among the dead letters with its reason
        String poison = "nao-e-json-" + UUID.randomUUID();
        browser.type(testid("inject-queue"), "sentimento");
        new Select(driver.findElement(testid("inject-example"))).selectByValue("veneno");
        browser.type(testid("inject-body"), poison);
        driver.findElement(testid("inject-submit")).click();
        wait.until(visibilityOfElementLocated(testid("inject-done")));
        driver.get(new URL(base, "app/console.html#/filas?fila=sentimento").toString());
        WebElement letter = deadLetter(driver, poison);
        String messageId = letter.getAttribute("data-message-id");
        assertThat(letter.findElement(testid("dlq-reason")).getText())
                .isNotBlank()
                .isNotEqualTo("—");

        // 2. Sent back to its queue: it leaves the dead letters
        letter.findElement(testid("dlq-redrive")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "1 mensagem devolvida à fila sentimento"));
        assertThat(driver.findElements(By.cssSelector("[data-testid='dlq-row'][data-message-id='" + messageId + "']")))
                .isEmpty();

        // consumed again, and poison still, it fails back among the dead letters, which are purged by typing their name
        deadLetter(driver, poison);
        assertThat(driver.findElement(testid("purge-submit")).isEnabled()).isFalse();
        browser.type(testid("purge-confirm"), "sentimento-dlq");
        driver.findElement(testid("purge-submit")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "sentimento-dlq esvaziada"));
        // the main queue too, from the same page, once its own name is typed
        assertThat(driver.findElement(testid("purge-main-submit")).isEnabled()).isFalse();
        browser.type(testid("purge-main-confirm"), "sentimento");
        driver.findElement(testid("purge-main-submit")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "sentimento esvaziada"));
        assertThat(driver.findElement(By.cssSelector("[data-testid='queue-row'][data-queue='sentimento']"))
                        .findElement(testid("queue-oldest"))
                        .getText())
                .isNotBlank();

        // 3. The dispatch timer paused on every instance, run once by hand, resumed
        driver.findElement(testid("nav-temporizadores")).click();
        By dispatch = By.cssSelector("[data-testid='timer-row'][data-timer='" + DISPATCH + "']");
        wait.until(visibilityOfElementLocated(dispatch));
        assertThat(driver.findElement(dispatch)
                        .findElement(testid("timer-state"))
                        .getText())
                .contains("Ativo");
        driver.findElement(dispatch).findElement(testid("timer-pause")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "pausado em todas as instâncias"));
        assertThat(driver.findElement(dispatch)
                        .findElement(testid("timer-state"))
                        .getText())
                .contains("Pausado");
        driver.findElement(dispatch).findElement(testid("timer-run")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "execução iniciada nesta instância"));
        driver.findElement(dispatch).findElement(testid("timer-resume")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "retomado em todas as instâncias"));
        assertThat(driver.findElement(dispatch)
                        .findElement(testid("timer-state"))
                        .getText())
                .contains("Ativo");
        assertThat(driver.findElement(dispatch)
                        .findElement(testid("timer-outcome"))
                        .getText())
                .isEqualTo("ok");

        // 4. A dead outbox row, with its last error, tried again from Saídas: it leaves the dead ones
        String deadRow = deadOutboxRow(firstStart);
        driver.findElement(testid("nav-saidas")).click();
        By row = By.cssSelector("[data-testid='outbox-row'][data-id='" + deadRow + "']");
        wait.until(visibilityOfElementLocated(row));
        assertThat(driver.findElement(row).findElement(testid("outbox-error")).getText())
                .contains("connection refused");
        driver.findElement(row).findElement(testid("outbox-retry")).click();
        wait.until(textToBePresentInElementLocated(testid("flash"), "de volta à fila de envio"));
        assertThat(driver.findElements(row)).isEmpty();
        assertThat(new Database()
                        .count(
                                "SELECT count(*) FROM fibonacci_core.outbox WHERE id = ?::uuid AND dead_at IS NULL",
                                deadRow))
                .isEqualTo(1);

        // 5. A request's trace, by the id its answer named: the event, the agent that took it and the time in each
        String trace = UUID.randomUUID().toString().replace("-", "");
        var traced = operator(firstStart)
                .with("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"console.trace\", \"detail\": {}}");
        assertThat(traced.status()).as(traced.body()).isEqualTo(202);
        driver.findElement(testid("nav-rastros")).click();
        browser.type(testid("trace-id"), trace);
        new WebDriverWait(driver, DEAD_LETTER_PATIENCE)
                .pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(testid("trace-open")).click();
                    return d.findElements(testid("trace-agents")).stream()
                            .anyMatch(agents -> agents.getText().equals("demo"));
                });
        assertThat(driver.findElements(testid("trace-row")))
                .singleElement()
                .satisfies(hop -> assertThat(hop.getText()).contains("console.trace"))
                .satisfies(hop -> assertThat(hop.getAttribute("data-event"))
                        .isEqualTo(traced.json().getString("id")));
    }

    private Api operator(DemoCredentials firstStart) {
        String token = new Api(base)
                .post(
                        "auth/operator/login",
                        "{\"email\": \"" + firstStart.operatorEmail() + "\", \"password\": \""
                                + firstStart.operatorPassword() + "\"}")
                .json()
                .getString("access_token");
        return new Api(base).as(token);
    }

    /** The dead letter holding {@code body}, as the console lists it: the page is refreshed until it is there. */
    private static WebElement deadLetter(WebDriver driver, String body) {
        // the page is read as drawn, and refreshed ("Atualizar") only when the letter is not there yet
        return new WebDriverWait(driver, DEAD_LETTER_PATIENCE)
                .pollingEvery(Duration.ofSeconds(2))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement found = d.findElements(testid("dlq-row")).stream()
                            .filter(row -> row.getText().contains(body))
                            .findFirst()
                            .orElse(null);
                    if (found == null) {
                        WebElement refresh = d.findElement(testid("queues-refresh"));
                        // below the sticky header, where a person would scroll to
                        ((JavascriptExecutor) d)
                                .executeScript("arguments[0].scrollIntoView({block: 'center'})", refresh);
                        refresh.click();
                    }
                    return found;
                });
    }

    /** An event posted as an operator, and an outbox row of it that failed every attempt (written as the relay would). */
    private String deadOutboxRow(DemoCredentials firstStart) {
        var event = operator(firstStart)
                .post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"console.e2e\", \"detail\": {}}");
        assertThat(event.status()).as(event.body()).isEqualTo(202);
        UUID id = UUID.randomUUID();
        new Database()
                .execute(
                        "INSERT INTO fibonacci_core.outbox (id, event_id, queue, body, attempts, last_error, dead_at)"
                                + " VALUES (?, ?::uuid, 'demo', '{}', 5, 'SQS unreachable: connection refused', now())",
                        id,
                        event.json().getString("id"));
        return id.toString();
    }
}
