package ai.alquimista.spine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.alquimista.platform.Tenants;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
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
 * The spine on a real Payara Micro: the built WAR, the SQS resource adapter deployed before it,
 * embedded PostgreSQL and ElasticMQ. Each test is one story an operator or a tenant would tell.
 */
@ExtendWith({EmbeddedInfrastructure.class, ArquillianExtension.class})
@RunAsClient
class SpineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Queues QUEUES = new Queues();
    private static final Tenants TENANTS = new Tenants();

    @ArquillianResource
    URL base;

    private Api api;
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
        api = new Api(base).as(login.json().getString("access_token"));
    }

    @Test
    void theAdminApiIsForPlatformOperatorsOnly() {
        DemoCredentials firstStart = DemoCredentials.read();
        var tenantAdmin = new Api(base)
                .post(
                        "auth/login",
                        "{\"email\": \"" + firstStart.email() + "\", \"password\": \"" + firstStart.password() + "\"}")
                .json()
                .getString("access_token");

        assertThat(new Api(base).get("admin/queues").status()).isEqualTo(401);
        assertThat(new Api(base).as(tenantAdmin).get("admin/queues").status()).isEqualTo(403);
        assertThat(api.get("admin/queues").status()).isEqualTo(200);
        assertThat(api.get("api/agents").status()).isEqualTo(403);
    }

    /** A manager of a tenant that activated Estratégia, signed in. */
    private Api estrategiaManagerOf(UUID tenant) {
        Api manager = managerOf(tenant);
        assertThat(manager.post("api/agents/nigredo-estrategia/activate", "{}").status())
                .isEqualTo(200);
        return manager;
    }

    /** A manager of the tenant, signed in. */
    private Api managerOf(UUID tenant) {
        String email = "gestor." + UUID.randomUUID() + "@empresa.com.br";
        TENANTS.user(tenant, email, "manager");
        return new Api(base)
                .as(new Api(base)
                        .post(
                                "auth/login",
                                "{\"email\": \"" + email + "\", \"password\": \"" + Tenants.PASSWORD + "\"}")
                        .json()
                        .getString("access_token"));
    }

    @AfterAll
    static void closeQueues() {
        QUEUES.close();
    }

    @Test
    void healthSaysTheDatabaseAndSqsAreConnected() {
        var health = api.get("health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getBoolean("ok")).isTrue();
        assertThat(health.json().getString("db_status")).isEqualTo("connected");
        assertThat(health.json().getString("sqs_status")).isEqualTo("connected");
        assertThat(api.get("health/ready").status()).isEqualTo(200);
    }

    @Test
    void anEventPostedToFibonacciIsStoredRoutedConsumedAndItsHopShows() {
        var accepted = api.with("X-Correlation-Id", "pedido-42").post("events", """
                {"source": "nigredo.recebimento", "type": "lead.received",
                 "detail": {"empresa": "Padaria Pão Quente Ltda", "contato": "Maria", "telefone": "+5511987654321"}}
                """);

        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().getString("id");
        assertThat(accepted.json().getString("routed_to")).isEqualTo("recebimento");

        JsonObject event = awaitHops(id, 1);
        assertThat(event.getString("status")).isEqualTo("processado");
        assertThat(event.getString("routed_to")).isEqualTo("recebimento");
        assertThat(event.getJsonObject("detail").getString("empresa")).isEqualTo("Padaria Pão Quente Ltda");
        JsonObject hop = event.getJsonArray("logs").getJsonObject(0);
        assertThat(hop.getString("agent")).isEqualTo("recebimento");
        assertThat(hop.getString("trace_id")).isEqualTo(accepted.json().getString("trace_id"));
        assertThat(hop.getString("timestamp")).isNotBlank();
        assertThat(event.getJsonArray("traces")).hasSize(1);
        assertThat(event.getString("correlation_id"))
                .as("the caller's own id, for an event that names none")
                .isEqualTo("pedido-42");
        assertThat(accepted.header("X-Correlation-Id")).isEqualTo("pedido-42");
        assertThat(accepted.header("traceparent"))
                .contains(accepted.json().getString("trace_id").replace("-", ""));
        var refused = api.with("X-Correlation-Id", "a b <script>").post("events", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("X-Correlation-Id");
        assertThat(event.getJsonArray("deliveries").getJsonObject(0).containsKey("sent_at"))
                .isTrue();
        assertThat(new Api(base).get("metrics").body())
                .containsPattern("agent_messages_processed_total\\{[^}]*agent=\"recebimento\"")
                .contains("agent_message_seconds")
                // the percentiles in seconds (a number, not NaN: the delivery above was in the last five minutes)
                .containsPattern("agent_message_p99_seconds\\{[^}]*agent=\"recebimento\"[^}]*\\} [0-9][0-9.E-]*\\s")
                .containsPattern("agent_message_p50_seconds\\{[^}]*agent=\"recebimento\"")
                // the POST above, by its path template, in seconds
                .containsPattern("http_server_request_p99_seconds\\{[^}]*method=\"POST\"[^}]*route=\"/events\"[^}]*\\}"
                        + " [0-9][0-9.E-]*\\s")
                .containsPattern("http_server_request_p99_seconds\\{[^}]*route=\"/events/\\{id\\}\"");
        JsonObject recebimento =
                api.get("admin/queues").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(queue -> queue.getString("queue").equals("recebimento"))
                        .findFirst()
                        .orElseThrow();
        assertThat(recebimento.getJsonNumber("in_per_minute").doubleValue())
                .as("the event went in within the last five minutes")
                .isPositive();
        assertThat(recebimento.getJsonNumber("out_per_minute").doubleValue()).isPositive();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingWhatWasWrongAndNothingIsStored() {
        long eventsBefore = db.count("SELECT count(*) FROM fibonacci_core.events");
        long outboxBefore = db.count("SELECT count(*) FROM fibonacci_core.outbox");

        var broken = api.post("events", "{\"source\": \"nigredo.recebimento\", ");
        var missing = api.post("events", "{\"type\": 7, \"detail\": \"x\"}");
        var unroutable = api.post("events", "{\"source\": \"crm.leads\", \"type\": \"lead.received\"}");
        var notAnObject = api.post("events", "[]");
        var wrongMediaType = api.post("events", "text/plain", "hello");
        var badFractal = api.post("events", """
                {"source": "nigredo.atendimento", "type": "reply.received",
                 "detail": {"classification": {"priority": 250}}}
                """);

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).contains("not valid JSON");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("source", "type", "detail");
        assertThat(unroutable.status()).isEqualTo(422);
        assertThat(unroutable.json().getString("detail")).contains("crm.leads");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(wrongMediaType.status()).isEqualTo(415);
        assertThat(badFractal.status()).isEqualTo(400);
        assertThat(fields(badFractal.json())).containsExactly("detail.classification.priority");
        for (var reply : new Api.Reply[] {broken, missing, unroutable, notAnObject, wrongMediaType, badFractal}) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.events")).isEqualTo(eventsBefore);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void unknownEventsAndQueuesAnswer404Problems() {
        assertThat(api.get("events/" + UUID.randomUUID()).status()).isEqualTo(404);
        var malformed = api.get("events/not-an-id");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        var unknownQueue = api.post("admin/queues/nowhere/messages", "{\"body\": \"x\"}");
        assertThat(unknownQueue.status()).isEqualTo(404);
        assertThat(unknownQueue.json().getString("detail")).contains("nowhere");
    }

    @Test
    void aMessageInjectedThroughTheAdminApiHasItsEffectInTheDatabase() {
        var injected = api.post("admin/queues/estrategia/messages", """
                {"body": {"type": "campaign.requested", "source": "nigredo.estrategia.test",
                          "detail": {"segmento": "padarias"}},
                 "attributes": {"correlation_id": "it-inject-1"}}
                """);

        assertThat(injected.status()).isEqualTo(202);
        String messageId = injected.json().getString("message_id");
        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.events e"
                                        + " JOIN fibonacci_core.traces t ON t.event_id = e.id"
                                        + " WHERE e.origin_message_id = ? AND t.agent = 'estrategia'",
                                messageId)
                        == 1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE origin_message_id = ?"
                                + " AND type = 'campaign.requested' AND jsonb_array_length(logs) = 1",
                        messageId))
                .isEqualTo(1);
    }

    @Test
    void aMessageOnAQueueActsOnlyForTheTenantOfTheStoredEventItNames() {
        UUID tenant = TENANTS.tenant("Fila Segura Ltda " + UUID.randomUUID());
        Api manager = estrategiaManagerOf(tenant);
        String eventId = manager.post(
                        "events",
                        "{\"source\": \"nigredo.recebimento\", \"type\": \"lead.received\"," + " \"detail\": {}}")
                .json()
                .getString("id");

        String claimsTheTenant = QUEUES.send(
                "estrategia",
                "{\"type\": \"nigredo.recebimento.completed\","
                        + " \"source\": \"nigredo.recebimento\", \"detail\": {\"import_id\": \"" + UUID.randomUUID()
                        + "\","
                        + " \"context\": {\"metadata\": {\"tenant_id\": \"" + tenant + "\"}}}}");
        String namesAnotherQueuesEvent = QUEUES.send(
                "estrategia",
                "{\"event_id\": \"" + eventId + "\","
                        + " \"type\": \"nigredo.recebimento.completed\", \"detail\": {\"import_id\": \""
                        + UUID.randomUUID()
                        + "\"}}");

        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.traces WHERE agent ="
                                        + " 'estrategia' AND message_id IN (?, ?)",
                                claimsTheTenant,
                                namesAnotherQueuesEvent)
                        == 2);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.traces WHERE message_id = ? AND decision ="
                                + " 'skipped: the event belongs to no tenant'",
                        claimsTheTenant))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.traces WHERE message_id = ? AND decision ="
                                + " 'skipped: the event was routed to recebimento, not to estrategia'",
                        namesAnotherQueuesEvent))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE origin_message_id = ?"
                                + " AND tenant_id IS NULL",
                        claimsTheTenant))
                .isEqualTo(1);
    }

    @Test
    void anEventAnAgentMustActOnButThatLacksItsIdsIsDeadLetteredWithTheReasonNotSkipped() {
        UUID tenant = TENANTS.tenant("Sem Import Ltda " + UUID.randomUUID());
        Api manager = estrategiaManagerOf(tenant);

        String eventId = manager.post(
                        "events",
                        "{\"source\": \"nigredo.estrategia\", \"type\":"
                                + " \"nigredo.recebimento.completed\", \"detail\": {}}")
                .json()
                .getString("id");

        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.message_failures"
                                        + " WHERE queue = 'estrategia' AND reason LIKE ?",
                                "%event " + eventId + "%has no import_id%")
                        == 3);
        assertThat(db.count("SELECT count(*) FROM nigredo_leads.campanhas WHERE tenant_id = ?", tenant))
                .isZero();
    }

    @Test
    void anEventOfATypeTheAgentDoesNotHandleReachesTheDeadLetterQueueWithTheReason() {
        UUID tenant = TENANTS.tenant("Tipo Desconhecido Ltda " + UUID.randomUUID());
        Api manager = estrategiaManagerOf(tenant);

        String eventId = manager.post(
                        "events",
                        "{\"source\": \"nigredo.estrategia\", \"type\": \"campaign.requested\","
                                + " \"detail\": {\"segmento\": \"padarias\"}}")
                .json()
                .getString("id");

        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.message_failures WHERE queue = 'estrategia'"
                                        + " AND reason LIKE ?",
                                "%event " + eventId
                                        + "%estrategia does not handle events of type 'campaign.requested'%")
                        == 3);
        await().atMost(PATIENCE)
                .until(() -> QUEUES.peek("estrategia-dlq").stream()
                        .anyMatch(message -> message.body().contains(eventId)));
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.traces WHERE event_id = ?::uuid AND agent = 'estrategia'",
                        eventId))
                .as("a rolled-back hop leaves no trace")
                .isZero();
    }

    @Test
    void aSuspendedTenantsAgentsActNoMore() {
        UUID tenant = TENANTS.tenant("Suspensa Ltda " + UUID.randomUUID());
        estrategiaManagerOf(tenant);
        assertThat(api.patch("admin/tenants/" + tenant, "{\"status\": \"suspenso\"}")
                        .status())
                .isEqualTo(200);
        UUID eventId = UUID.randomUUID();
        db.execute(
                "INSERT INTO fibonacci_core.events (id, source, type, detail, trace_id, tenant_id, routed_to)"
                        + " VALUES (?, 'nigredo.estrategia', 'nigredo.recebimento.completed', ?::jsonb, ?, ?, 'estrategia')",
                eventId,
                "{\"import_id\": \"" + UUID.randomUUID() + "\"}",
                UUID.randomUUID(),
                tenant);

        QUEUES.send(
                "estrategia", "{\"event_id\": \"" + eventId + "\"," + " \"type\": \"nigredo.recebimento.completed\"}");

        // by the event, not the SQS message id: an instance stopping as this one starts (the previous test class's)
        // may receive the message and hand it back to the queue as a copy, with an id of its own
        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.traces WHERE event_id = ?::uuid"
                                        + " AND decision LIKE 'skipped: nigredo-estrategia is not activated by tenant %, or the tenant is not"
                                        + " active'",
                                eventId.toString())
                        == 1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.message_failures WHERE body LIKE ?", "%" + eventId + "%"))
                .as("skipped, not failed")
                .isZero();
    }

    @Test
    void anOperatorReadingATenantsEventIsWrittenToThatTenantsAuditLog() {
        UUID tenant = TENANTS.tenant("Leitura Auditada Ltda " + UUID.randomUUID());
        Api manager = managerOf(tenant);
        String eventId = manager.post(
                        "events",
                        "{\"source\": \"nigredo.atendimento\", \"type\": \"lead.respondeu\","
                                + " \"detail\": {\"texto\": \"Tenho interesse\"}}")
                .json()
                .getString("id");

        assertThat(api.get("events/" + eventId).json().getJsonObject("detail").getString("texto"))
                .isEqualTo("Tenho interesse");
        assertThat(api.get("admin/queues/atendimento/failures").status()).isEqualTo(200);

        assertThat(db.count(
                        "SELECT count(*) FROM alquimista_platform.audit_logs WHERE tenant_id = ?"
                                + " AND action = 'operator.event.read' AND target_id = ?",
                        tenant,
                        eventId))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM alquimista_platform.audit_logs WHERE action ="
                        + " 'operator.failures.read' AND target_id = 'atendimento'"))
                .isPositive();
    }

    @Test
    void aMessageSentWithThePlainSqsApiIsConsumed() {
        String marker = UUID.randomUUID().toString();
        QUEUES.send("disparo", "{\"type\": \"dispatch.requested\", \"detail\": {\"marca\": \"" + marker + "\"}}");

        // by what the message said, not its SQS id: an instance stopping as this one starts may hand it back as a copy
        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.traces t"
                                        + " JOIN fibonacci_core.events e ON e.id = t.event_id"
                                        + " WHERE e.detail ->> 'marca' = ? AND e.origin_message_id IS NOT NULL"
                                        + " AND t.agent = 'disparo'",
                                marker)
                        == 1);
    }

    @Test
    void aPoisonMessageIsInTheDeadLetterQueueAfterExactlyThreeReceivesWithItsReason() {
        String messageId = QUEUES.send("sentimento", "this is not json");

        // the adapter moves it on the last receive: a copy naming the original and why it failed
        await().atMost(PATIENCE)
                .until(() -> QUEUES.peek("sentimento-dlq").stream()
                        .anyMatch(message -> message.messageAttributes().containsKey("original_message_id")
                                && message.messageAttributes()
                                        .get("original_message_id")
                                        .stringValue()
                                        .equals(messageId)
                                && message.messageAttributes()
                                        .get("failure_reason")
                                        .stringValue()
                                        .contains("not valid JSON")));
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.message_failures WHERE message_id = ?", messageId))
                .isEqualTo(3);
        assertThat(db.count(
                        "SELECT count(DISTINCT receive_count) FROM fibonacci_core.message_failures"
                                + " WHERE message_id = ? AND queue = 'sentimento' AND reason LIKE '%not valid JSON%'",
                        messageId))
                .isEqualTo(3);
        var failures = api.get("admin/queues/sentimento/failures").structure();
        assertThat(failures.toString()).contains(messageId).contains("not valid JSON");
    }

    @Test
    void aTransactionThatRollsBackLeadsToRedeliveryNotLoss() {
        UUID eventId = UUID.randomUUID();
        UUID traceId = UUID.randomUUID();
        String messageId = QUEUES.send(
                "agendamento",
                "{\"event_id\": \"" + eventId + "\", \"trace_id\": \"" + traceId
                        + "\", \"source\": \"nigredo.agendamento\", \"type\": \"meeting.requested\", \"detail\": {}}");

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        db.count("SELECT count(*) FROM fibonacci_core.message_failures WHERE message_id = ?", messageId)
                                >= 1);
        db.execute(
                "INSERT INTO fibonacci_core.events (id, source, type, trace_id, routed_to, status)"
                        + " VALUES (?, 'nigredo.agendamento', 'meeting.requested', ?, 'agendamento', 'roteado')",
                eventId,
                traceId);

        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM fibonacci_core.traces"
                                        + " WHERE event_id = ? AND agent = 'agendamento'",
                                eventId)
                        == 1);
        assertThat(db.count(
                        "SELECT count(*) FROM fibonacci_core.events WHERE id = ? AND status = 'processado'"
                                + " AND jsonb_array_length(logs) = 1",
                        eventId))
                .isEqualTo(1);
    }

    @Test
    void theOutboxDeliversAnEventWhoseFirstSendFailed() {
        QUEUES.delete("demo");

        var accepted = api.post("events", "{\"source\": \"fibonacci.demo\", \"type\": \"ping\"}");

        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().getString("id");
        JsonObject event = awaitHops(id, 1);
        JsonObject delivery = event.getJsonArray("deliveries").getJsonObject(0);
        assertThat(delivery.getInt("attempts")).isGreaterThanOrEqualTo(1);
        assertThat(delivery.getString("last_error")).isNotBlank();
        assertThat(delivery.containsKey("sent_at")).isTrue();
        assertThat(event.getJsonArray("logs").getJsonObject(0).getString("agent"))
                .isEqualTo("demo");
    }

    @Test
    void aRedeliveredMessageIsRecordedOnlyOnce() {
        var accepted = api.post("events", "{\"source\": \"nigredo.relatorios\", \"type\": \"report.requested\"}");
        String id = accepted.json().getString("id");
        String traceId = accepted.json().getString("trace_id");
        awaitHops(id, 1);

        QUEUES.send(
                "relatorios",
                "{\"event_id\": \"" + id + "\", \"trace_id\": \"" + traceId
                        + "\", \"source\": \"nigredo.relatorios\", \"type\": \"report.requested\"}");

        await().atMost(PATIENCE).until(() -> QUEUES.messagesIn("relatorios") == 0);
        assertThat(api.get("events/" + id).json().getJsonArray("logs")).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM fibonacci_core.traces WHERE event_id = ?::uuid", id))
                .isEqualTo(1);
    }

    private JsonObject awaitHops(String eventId, int hops) {
        return await().atMost(PATIENCE)
                .until(
                        () -> api.get("events/" + eventId).json(),
                        event -> event.getJsonArray("logs").size() >= hops);
    }

    private static java.util.List<String> fields(JsonObject problem) {
        JsonArray errors = problem.getJsonArray("errors");
        return errors.getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
