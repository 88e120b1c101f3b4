package ai.alquimista.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.launcher.EmbeddedPostgresServer;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PostgreSQL stops for about 20 s while the application runs, then starts again on the same port with the same
 * data: the pool throws away the connections the restart broke, {@code /health} recovers and an event posted
 * afterwards is processed, with no one touching the application.
 */
@ExtendWith({EmbeddedInfrastructure.class, DatabaseOutageIT.Infrastructure.class, ArquillianExtension.class})
@RunAsClient
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @Test
    void afterPostgresqlRestartsTheApplicationRecoversByItself() throws Exception {
        Api operator = signedInOperator();
        String before = operator.post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}")
                .json()
                .getString("id");
        awaitProcessed(operator, before);
        assertThat(new Api(base).get("health").status()).isEqualTo(200);

        EmbeddedPostgresServer postgres = Infrastructure.running.postgres();
        postgres.stop();
        long down = System.nanoTime();

        await().atMost(PATIENCE).until(() -> new Api(base).get("health").status() == 503);
        var health = new Api(base).get("health").json();
        assertThat(health.getString("db_status")).isEqualTo("disconnected");
        Thread.sleep(Math.max(
                0,
                OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - down).toMillis()));

        postgres.restart();

        await().atMost(PATIENCE).until(() -> new Api(base).get("health").status() == 200);
        String after = operator.post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}")
                .json()
                .getString("id");
        awaitProcessed(operator, after);
        assertThat(new Api(base).get("health").json().getString("db_status")).isEqualTo("connected");
    }

    private Api signedInOperator() {
        DemoCredentials firstStart = DemoCredentials.read();
        var login = new Api(base)
                .post(
                        "auth/operator/login",
                        "{\"email\": \"" + firstStart.operatorEmail() + "\", \"password\": \""
                                + firstStart.operatorPassword() + "\"}");
        assertThat(login.status()).isEqualTo(200);
        return new Api(base).as(login.json().getString("access_token"));
    }

    private static void awaitProcessed(Api operator, String eventId) {
        await().atMost(PATIENCE)
                .until(
                        () -> operator.get("events/" + eventId).json(),
                        event -> event.getJsonArray("logs").size() >= 1);
    }

    /**
     * Hands the test the servers {@link EmbeddedInfrastructure} started; the same PostgreSQL, restarted on its port
     * with its data, serves the IT classes after this one and is closed with the others.
     */
    static class Infrastructure implements BeforeAllCallback {

        static EmbeddedInfrastructure.Running running;

        @Override
        public void beforeAll(ExtensionContext context) {
            running = context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .get(EmbeddedInfrastructure.class.getName(), EmbeddedInfrastructure.Running.class);
        }
    }
}
