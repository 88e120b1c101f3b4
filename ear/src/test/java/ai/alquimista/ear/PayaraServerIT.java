package ai.alquimista.ear;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.launcher.EmbeddedPostgresServer;
import ai.alquimista.launcher.EmbeddedSqsServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on Payara Server 6, installed as an operator would: a fresh domain with free ports, the application's
 * settings in the domain's environment (in an EAR, Payara Server reads no MicroProfile Config from the WAR), the
 * built {@code alquimista.ear} deployed as {@code alquimista}. PostgreSQL and SQS (ElasticMQ) run in this JVM.
 */
class PayaraServerIT {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);
    private static final Duration CONSUMED_WITHIN = Duration.ofMinutes(2);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path home;
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedSqsServer sqs;
    private static PayaraDomain domain;

    @BeforeAll
    static void deployTheEarOnAFreshPayaraServerDomain() throws Exception {
        Path work = Path.of(System.getProperty("it.work"));
        deleteRecursively(work);
        home = Files.createDirectories(work.resolve("home"));
        postgres = EmbeddedPostgresServer.start(0, work.resolve("pgdata"));
        sqs = EmbeddedSqsServer.start("127.0.0.1", PayaraDomain.freePort());

        domain = PayaraDomain.create(
                Path.of(System.getProperty("it.payara.home")), work.resolve("domains"), "alquimista");
        Path preboot = work.resolve("preboot.asadmin");
        try (var commands = PayaraServerIT.class.getResourceAsStream("/payara-server-preboot.asadmin")) {
            Files.copy(commands, preboot);
        }
        domain.start(environment(), preboot);
        domain.deploy(Path.of(System.getProperty("it.ear")), "alquimista");
    }

    @AfterAll
    static void stopTheDomainThenSqsAndPostgres() throws IOException {
        try {
            if (domain != null) {
                domain.stop();
            }
        } finally {
            try {
                if (sqs != null) {
                    sqs.close();
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                }
            }
        }
    }

    @Test
    void theDeployedEarIsHealthyAndAMessageDrivenBeanConsumesAnEventTheOperatorPosts() throws Exception {
        HttpResponse<String> health =
                awaitResponse(HEALTHY_WITHIN, get("/health", null), reply -> reply.statusCode() == 200);
        assertThat(health.statusCode())
                .as("GET /health answers 200 once the EAR is deployed (last answer: %s)", health.body())
                .isEqualTo(200);
        JsonObject status = json(health);
        assertThat(status.getBoolean("ok")).as("/health says ok").isTrue();
        assertThat(status.getString("db_status")).as("/health sees PostgreSQL").isEqualTo("connected");
        assertThat(status.getString("sqs_status")).as("/health sees SQS").isEqualTo("connected");

        String token = signInAsThePlatformOperator();
        HttpResponse<String> accepted = send(post("/events", token, """
                {"source": "fibonacci.demo", "type": "ping", "detail": {"from": "PayaraServerIT"}}
                """));
        assertThat(accepted.statusCode())
                .as("POST /events accepts the event (%s)", accepted.body())
                .isEqualTo(202);
        JsonObject receipt = json(accepted);
        assertThat(receipt.getString("routed_to"))
                .as("the event is routed to the demo queue")
                .isEqualTo("demo");

        String id = receipt.getString("id");
        HttpResponse<String> consumed = awaitResponse(
                CONSUMED_WITHIN,
                get("/events/" + id, token),
                reply -> reply.statusCode() == 200 && hasAHop(json(reply)));
        JsonObject event = json(consumed);
        assertThat(event.getJsonArray("logs"))
                .as("GET /events/%s shows the hop a message-driven bean recorded (%s)", id, consumed.body())
                .hasSize(1);
        assertThat(event.getString("status")).as("the event is processed").isEqualTo("processado");
        JsonObject hop = event.getJsonArray("logs").getJsonObject(0);
        assertThat(hop.getString("agent")).as("the demo agent took the message").isEqualTo("demo");
        assertThat(hop.getString("trace_id"))
                .as("the hop carries the trace the event was accepted with")
                .isEqualTo(receipt.getString("trace_id"));
    }

    /**
     * What the launcher gives Payara Micro, plus what an EAR cannot read from its WAR: the WAR's
     * microprofile-config.properties, the local issuer and its key, and the embedded adapter's name.
     */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("ALQUIMISTA_DB_URL", postgres.jdbcUrl());
        environment.put("ALQUIMISTA_DB_USER", EmbeddedPostgresServer.USER);
        environment.put("ALQUIMISTA_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        environment.put("ALQUIMISTA_SQS_ENDPOINT", sqs.endpoint());
        environment.put("ALQUIMISTA_SQS_REGION", "us-east-1");
        environment.put("ALQUIMISTA_ENV", "local");
        environment.put("ALQUIMISTA_HOME", home.toString());
        environment.put("ALQUIMISTA_DEMO_TENANT", "true");
        environment.put("ALQUIMISTA_WHATSAPP_APP_SECRET", "alquimista-local-app-secret");
        environment.put("ALQUIMISTA_WHATSAPP_VERIFY_TOKEN", "alquimista-local-verify-token");
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        // the message-driven beans name ${MPCONFIG=alquimista.sqs.resource-adapter:sqs-ra}: in the EAR deployed as
        // "alquimista" the embedded sqs-ra.rar is "alquimista#sqs-ra"
        environment.put("ALQUIMISTA_SQS_RESOURCE_ADAPTER", "alquimista#sqs-ra");
        // web/src/main/resources/META-INF/microprofile-config.properties
        environment.put("ALQUIMISTA_SQS_CREATE_MISSING_QUEUES", "true");
        environment.put("ALQUIMISTA_OUTBOX_SWEEP_SECONDS", "5");
        environment.put("MP_JWT_VERIFY_PUBLICKEY_ALGORITHM", "RS256");
        environment.put("MP_JWT_VERIFY_AUDIENCES", "alquimista");
        environment.put("MP_OPENAPI_EXTENSIONS_SCAN_LIB", "true");
        environment.put("MP_OPENAPI_SCAN_PACKAGES", "ai.alquimista");
        environment.put("MP_OPENAPI_FILTER", "ai.alquimista.shared.openapi.WireSchemas");
        environment.put("MP_OPENAPI_SCHEMA_JAVA_TIME_INSTANT", "{\"type\": \"string\", \"format\": \"date-time\"}");
        environment.put("MP_OPENAPI_SCHEMA_JAVA_UTIL_UUID", "{\"type\": \"string\", \"format\": \"uuid\"}");
        // what LocalIssuerConfigSource gives on Micro: the application writes the key at its first start
        environment.put("MP_JWT_VERIFY_ISSUER", "https://alquimista.local/auth");
        environment.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                home.resolve("keys/token-signing.pub").toUri().toString());
        return environment;
    }

    /** The operator the application creates at its first start, with the credentials it writes to its home. */
    private static String signInAsThePlatformOperator() throws IOException, InterruptedException {
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("demo-credentials.properties"))) {
            credentials.load(reader);
        }
        String body = Json.createObjectBuilder()
                .add("email", credentials.getProperty("operator_email"))
                .add("password", credentials.getProperty("operator_password"))
                .build()
                .toString();
        HttpResponse<String> login = send(post("/auth/operator/login", null, body));
        assertThat(login.statusCode())
                .as("the platform operator signs in (%s)", login.body())
                .isEqualTo(200);
        return json(login).getString("access_token");
    }

    private static HttpRequest get(String path, String token) {
        return request(path, token).GET().build();
    }

    private static HttpRequest post(String path, String token, String json) {
        return request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(domain.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request every half second until an answer passes, or the time is up: the last answer, or fails. */
    private static HttpResponse<String> awaitResponse(
            Duration within, HttpRequest request, Predicate<HttpResponse<String>> done) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        Exception lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                last = send(request);
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                lastError = e;
            }
            Thread.sleep(500);
        }
        if (last == null) {
            throw new AssertionError(
                    request.uri() + " never answered within " + within + "\nSEVERE records of server.log:\n"
                            + domain.severeRecords(15),
                    lastError);
        }
        return last;
    }

    private static boolean hasAHop(JsonObject event) {
        return event.containsKey("logs") && !event.getJsonArray("logs").isEmpty();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
