package ai.alquimista.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator looks after the consumers on a real Payara Micro: reads a dead-letter queue without emptying it,
 * sends a message back to its queue, and sees every queue's consumer as readiness judges it.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class OperationsIT {

    /** Every queue of the catalog, each with its consumer and its depths. */
    private static final List<String> CATALOG = List.of(
            "recebimento",
            "estrategia",
            "disparo",
            "atendimento",
            "sentimento",
            "agendamento",
            "relatorios",
            "platform",
            "demo");

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Queues QUEUES = new Queues();
    private static final String DISPATCH = "nigredo-disparo-tick";

    @ArquillianResource
    URL base;

    private Api operator;
    private String operatorToken;
    private final Database db = new Database();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @BeforeEach
    void signInAsOperator() {
        DemoCredentials firstStart = DemoCredentials.read();
        var login = new Api(base)
                .post(
                        "auth/operator/login",
                        "{\"email\": \"" + firstStart.operatorEmail() + "\", \"password\": \""
                                + firstStart.operatorPassword() + "\"}");
        assertThat(login.status()).isEqualTo(200);
        operatorToken = login.json().getString("access_token");
        operator = new Api(base).as(operatorToken);
    }

    @AfterAll
    static void closeQueues() {
        QUEUES.close();
    }

    @Test
    void aPoisonMessageIsReadOnTheDeadLetterQueueThenRedrivenAndConsumedAgain() {
        String marker = "nao-e-json-" + UUID.randomUUID();
        QUEUES.send("sentimento", marker);
        String messageId = await().atMost(PATIENCE)
                .until(() -> deadLetterWithBody("sentimento", marker), Optional::isPresent)
                .orElseThrow()
                .getString("message_id");

        var peek = operator.get("admin/queues/sentimento/dlq?limit=100");
        assertThat(peek.status()).isEqualTo(200);
        JsonObject letter = find(peek.structure().asJsonArray(), marker).orElseThrow();
        assertThat(letter.getString("message_id")).isEqualTo(messageId);
        assertThat(letter.getInt("approximate_receive_count")).isPositive();
        assertThat(letter.getString("sent_at")).isNotBlank();
        assertThat(deadLetterWithBody("sentimento", marker))
                .as("peeking leaves it there")
                .isPresent();
        long failuresBefore = db.count("SELECT count(*) FROM fibonacci_core.message_failures WHERE body = ?", marker);
        assertThat(failuresBefore).isGreaterThanOrEqualTo(3);
        // other tests (the console's in a browser) redrive this dead-letter queue too
        long redrivesBefore = redrives("sentimento-dlq");

        var redrive =
                operator.post("admin/queues/sentimento/dlq/redrive", "{\"message_ids\": [\"" + messageId + "\"]}");

        assertThat(redrive.status()).isEqualTo(200);
        assertThat(redrive.json().getInt("moved")).isEqualTo(1);
        assertThat(redrive.json().getJsonArray("not_found")).isEmpty();
        await().atMost(PATIENCE)
                .alias("the consumer receives it again")
                .until(() -> db.count("SELECT count(*) FROM fibonacci_core.message_failures WHERE body = ?", marker)
                        > failuresBefore);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.dlq.read'"
                        + " AND target_id = 'sentimento-dlq'"))
                .isPositive();
        assertThat(redrives("sentimento-dlq")).isEqualTo(redrivesBefore + 1);
    }

    private long redrives(String deadLetterQueue) {
        return db.count(
                "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.dlq.redrive'"
                        + " AND target_id = ?",
                deadLetterQueue);
    }

    @Test
    void redrivingIdsNoLongerOnTheDeadLetterQueueMovesNothingAndSaysSo() {
        String gone = UUID.randomUUID().toString();

        var redrive = operator.post("admin/queues/demo/dlq/redrive", "{\"message_ids\": [\"" + gone + "\"]}");

        assertThat(redrive.status()).isEqualTo(200);
        assertThat(redrive.json().getInt("moved")).isZero();
        assertThat(redrive.json().getJsonArray("not_found").getString(0)).isEqualTo(gone);
        var everything = operator.post("admin/queues/demo/dlq/redrive", "{\"all\": true}");
        assertThat(everything.status()).isEqualTo(200);
        assertThat(everything.json().getJsonArray("not_found")).isEmpty();
        assertThat(operator.get("admin/queues/demo/dlq").structure().asJsonArray())
                .as("nothing is left on the dead-letter queue")
                .isEmpty();
    }

    @Test
    void aPurgeTakesTheQueuesNameTypedAndEmptiesIt() {
        for (int i = 0; i < 3; i++) {
            var injected =
                    operator.post("admin/queues/relatorios-dlq/messages", "{\"body\": \"para-apagar-" + i + "\"}");
            assertThat(injected.status()).isEqualTo(202);
        }

        var wrong = operator.post("admin/queues/relatorios-dlq/purge", "{\"confirm\": \"relatorios\"}");
        var missing = operator.post("admin/queues/relatorios-dlq/purge", "{}");

        assertThat(field(wrong)).isEqualTo("confirm");
        assertThat(field(missing)).isEqualTo("confirm");
        assertThat(operator.get("admin/queues/relatorios/dlq?limit=100")
                        .structure()
                        .asJsonArray())
                .as("a refused purge deletes nothing")
                .hasSizeGreaterThanOrEqualTo(3);

        var purged = operator.post("admin/queues/relatorios-dlq/purge", "{\"confirm\": \"relatorios-dlq\"}");

        assertThat(purged.status()).isEqualTo(200);
        assertThat(purged.json().getString("queue")).isEqualTo("relatorios-dlq");
        assertThat(purged.json().getJsonNumber("purged").longValue()).isGreaterThanOrEqualTo(3);
        await().atMost(PATIENCE)
                .until(() -> operator.get("admin/queues/relatorios/dlq")
                        .structure()
                        .asJsonArray()
                        .isEmpty());
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.queue.purge'"
                        + " AND target_id = 'relatorios-dlq'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.queue.inject'"
                        + " AND target_id = 'relatorios-dlq'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBadRedriveIsRefusedNamingTheFieldAndAnUnknownQueueIs404() {
        var neither = operator.post("admin/queues/recebimento/dlq/redrive", "{}");
        var both = operator.post("admin/queues/recebimento/dlq/redrive", "{\"message_ids\": [\"a\"], \"all\": true}");
        var notTrue = operator.post("admin/queues/recebimento/dlq/redrive", "{\"all\": false}");
        var badId = operator.post("admin/queues/recebimento/dlq/redrive", "{\"message_ids\": [\"a b\", 7]}");
        var unknown = operator.get("admin/queues/nowhere/dlq");
        var deadLetterOfADeadLetterQueue = operator.post("admin/queues/recebimento-dlq/dlq/redrive", "{\"all\": true}");

        assertThat(field(neither)).isEqualTo("message_ids");
        assertThat(field(both)).isEqualTo("all");
        assertThat(field(notTrue)).isEqualTo("all");
        assertThat(field(badId)).isEqualTo("message_ids[0]");
        assertThat(badId.json().getJsonArray("errors")).hasSize(2);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(deadLetterOfADeadLetterQueue.status()).isEqualTo(404);
    }

    @Test
    void anOperatorPausesTheDispatchTimerRunsItNowAndResumesIt() throws InterruptedException {
        var listed = operator.get("admin/timers");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(timer -> timer.getString("name")))
                .contains(DISPATCH, "fibonacci-outbox-sweep", "platform-retention", "nigredo-chain-watchdog");
        JsonObject dispatch = operator.get("admin/timers/" + DISPATCH).json();
        assertThat(dispatch.getString("schedule")).isEqualTo("every 1 s");
        assertThat(dispatch.getJsonArray("instances").getValuesAs(JsonObject.class))
                .anySatisfy(here -> assertThat(here.getBoolean("this_instance")).isTrue());
        try {
            var paused = operator.post("admin/timers/" + DISPATCH + "/pause", "");
            assertThat(paused.status()).isEqualTo(200);
            assertThat(paused.json().getBoolean("paused")).isTrue();
            assertThat(paused.json().getString("paused_at")).isNotBlank();
            // the first paused tick writes down the runs counted before the pause (TickWriter)
            Thread.sleep(2_000);
            long runsWhenPaused = runsHere();
            Thread.sleep(3_500);
            assertThat(runsHere()).as("three ticks went by, paused").isEqualTo(runsWhenPaused);

            assertThat(operator.post("admin/timers/" + DISPATCH + "/run", "").status())
                    .isEqualTo(202);
            await().atMost(PATIENCE)
                    .alias("the run an operator asked for, paused or not")
                    .until(() -> runsHere() == runsWhenPaused + 1);
            assertThat(thisInstance(operator.get("admin/timers/" + DISPATCH).json())
                            .getJsonObject("last_run")
                            .getString("outcome"))
                    .isEqualTo("ok");
        } finally {
            var resumed = operator.post("admin/timers/" + DISPATCH + "/resume", "");
            assertThat(resumed.status()).isEqualTo(200);
            assertThat(resumed.json().getBoolean("paused")).isFalse();
        }
        long runsWhenResumed = runsHere();
        await().atMost(PATIENCE).alias("ticking again").until(() -> runsHere() > runsWhenResumed + 1);
        for (String action : List.of("operator.timer.pause", "operator.timer.run", "operator.timer.resume")) {
            assertThat(db.count(
                            "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = ? AND target_id = ?",
                            action,
                            DISPATCH))
                    .as(action)
                    .isPositive();
        }
    }

    @Test
    void anUnknownTimerIs404AndTheTimersAreForPlatformOperatorsOnly() {
        String tenantAdmin = tenantAdminToken();

        for (String name :
                List.of("no-such-timer", "nigredo-disparo-tick'--", "NIGREDO-DISPARO-TICK", "x".repeat(300))) {
            var unknown = operator.post("admin/timers/" + name + "/pause", "");
            assertThat(unknown.status()).as(name).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
        }
        assertThat(new Api(base).get("admin/timers").status()).isEqualTo(401);
        assertThat(new Api(base).as(tenantAdmin).get("admin/timers").status()).isEqualTo(403);
        assertThat(new Api(base)
                        .as(tenantAdmin)
                        .post("admin/timers/" + DISPATCH + "/pause", "")
                        .status())
                .isEqualTo(403);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.timer_pauses"))
                .isZero();
    }

    /** The demo tenant's admin: a tenant's most trusted user, still no platform operator. */
    private String tenantAdminToken() {
        DemoCredentials firstStart = DemoCredentials.read();
        return new Api(base)
                .post(
                        "auth/login",
                        "{\"email\": \"" + firstStart.email() + "\", \"password\": \"" + firstStart.password() + "\"}")
                .json()
                .getString("access_token");
    }

    private long runsHere() {
        return thisInstance(operator.get("admin/timers/" + DISPATCH).json())
                .getJsonNumber("runs")
                .longValue();
    }

    private static JsonObject thisInstance(JsonObject timer) {
        return timer.getJsonArray("instances").getValuesAs(JsonObject.class).stream()
                .filter(instance -> instance.getBoolean("this_instance"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDeadLettersAndTheConsumersAreForPlatformOperatorsOnly() {
        String tenantAdmin = tenantAdminToken();

        assertThat(new Api(base).get("admin/queues/recebimento/dlq").status()).isEqualTo(401);
        assertThat(new Api(base)
                        .as(tenantAdmin)
                        .get("admin/queues/recebimento/dlq")
                        .status())
                .isEqualTo(403);
        assertThat(new Api(base)
                        .as(tenantAdmin)
                        .post("admin/queues/recebimento/dlq/redrive", "{\"all\": true}")
                        .status())
                .isEqualTo(403);
        assertThat(new Api(base).as(tenantAdmin).get("admin/consumers").status())
                .isEqualTo(403);
    }

    @Test
    void everyQueuesConsumerIsListedAsReadinessJudgesIt() throws MalformedURLException {
        var consumers = operator.get("admin/consumers");

        assertThat(consumers.status()).isEqualTo(200);
        JsonArray states = consumers.structure().asJsonArray();
        assertThat(states.getValuesAs(JsonObject.class).stream().map(state -> state.getString("queue")))
                .containsExactlyInAnyOrderElementsOf(CATALOG);
        boolean allUp = states.getValuesAs(JsonObject.class).stream()
                .allMatch(state -> state.getString("status").equals("UP"));
        states.getValuesAs(JsonObject.class).stream()
                .filter(state -> state.getString("status").equals("DOWN"))
                .forEach(state -> assertThat(state.getString("problem")).isNotBlank());

        var ready = new Api(new URL(base, "/")).get("mphealth/ready");
        JsonObject check = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("consumers"))
                .findFirst()
                .orElseThrow();
        assertThat(check.getString("status")).isEqualTo(allUp ? "UP" : "DOWN");
        assertThat(check.getJsonObject("data").keySet()).hasSize(9);
        if (!allUp) {
            assertThat(ready.status()).isEqualTo(503);
        }
    }

    @Test
    void anOperatorSeesTheProviderCircuitsAsReadinessAndTheMetricReportThem() throws MalformedURLException {
        var circuits = operator.get("admin/circuits");

        assertThat(circuits.status()).isEqualTo(200);
        List<JsonObject> listed = circuits.structure().asJsonArray().getValuesAs(JsonObject.class);
        listed.forEach(circuit -> assertThat(circuit.getString("state")).isIn("closed", "open", "half_open"));
        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE action = 'operator.circuits.read'"))
                .isPositive();
        JsonObject check = new Api(new URL(base, "/"))
                .get("mphealth/ready").json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("name").equals("circuits"))
                        .findFirst()
                        .orElseThrow();
        assertThat(check.getString("status"))
                .as("an open circuit never takes the instance out")
                .isEqualTo("UP");
        // Payara writes a check's data values as JSON strings, numbers included
        assertThat(check.getJsonObject("data").getString("open"))
                .isEqualTo(String.valueOf(listed.stream()
                        .filter(circuit -> !circuit.getString("state").equals("closed"))
                        .count()));
        assertThat(new Api(base).get("metrics").body()).containsPattern("canais_circuitos\\{[^}]*state=\"open\"");
    }

    @Test
    void everyQueuesDepthAndTheOutboxBacklogAreOnMetrics() {
        String metrics = new Api(base).get("metrics").body();

        for (String queue : CATALOG) {
            for (String state : List.of("visible", "in_flight", "delayed", "dead")) {
                assertThat(metrics)
                        .as(queue + ", " + state)
                        .containsPattern("(?m)^sqs_queue_messages\\{(?=[^}]*queue=\"" + queue + "\")(?=[^}]*state=\""
                                + state + "\")[^}]*} \\d+(\\.\\d+)?$");
            }
        }
        for (String gauge : List.of("outbox_lag_seconds", "outbox_pending", "outbox_dead")) {
            assertThat(metrics).as(gauge).containsPattern("(?m)^" + gauge + "(\\{[^}]*})? \\d+(\\.\\d+)?(E-?\\d+)?$");
        }
    }

    @Test
    void aTokenIsVerifiedOnceThenRememberedWhileAForgedOneIsVerifiedAndRefusedEveryTime() {
        operator.get("admin/circuits");
        double remembered = verdicts("remembered");
        double verified = verdicts("verified");

        for (int i = 0; i < 3; i++) {
            assertThat(operator.get("admin/circuits").status()).isEqualTo(200);
        }
        String forged = operatorToken.substring(0, operatorToken.length() - 4)
                + (operatorToken.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (int i = 0; i < 2; i++) {
            assertThat(new Api(base).as(forged).get("admin/circuits").status()).isEqualTo(401);
        }

        assertThat(verdicts("remembered") - remembered).isGreaterThanOrEqualTo(3);
        assertThat(verdicts("verified") - verified)
                .as("the forged token, twice")
                .isEqualTo(2);
    }

    private double verdicts(String source) {
        Matcher line = Pattern.compile("(?m)^auth_token_verdicts_total\\{[^}]*source=\"" + source + "\"[^}]*} (\\S+)$")
                .matcher(new Api(base).get("metrics").body());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private Optional<JsonObject> deadLetterWithBody(String queue, String body) {
        var peek = operator.get("admin/queues/" + queue + "/dlq?limit=100");
        assertThat(peek.status()).isEqualTo(200);
        return find(peek.structure().asJsonArray(), body);
    }

    private static Optional<JsonObject> find(JsonArray letters, String body) {
        return letters.getValuesAs(JsonObject.class).stream()
                .filter(letter -> letter.getString("body").equals(body))
                .findFirst();
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
