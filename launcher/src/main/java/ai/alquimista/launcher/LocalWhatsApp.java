package ai.alquimista.launcher;

import ai.alquimista.shared.json.JsonText;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local WhatsApp Cloud API for the fault suite: answers {@code POST /{version}/{phone_number_id}/messages} as Graph
 * does (a {@code wamid}), after a configurable latency, and records every request it took: the sending number, the
 * recipient ({@code to}) and the envio ({@code biz_opaque_callback_data}). It can refuse for a while (503 with Meta's
 * "service unavailable" error), so a scenario can make the provider fail.
 */
final class LocalWhatsApp implements AutoCloseable {

    private static final Pattern MESSAGES = Pattern.compile("/v[0-9.]+/([0-9]+)/messages");

    private final HttpServer server;
    private final Duration latency;
    private final ProviderLog log;

    private LocalWhatsApp(HttpServer server, Clock clock, Duration latency) {
        this.server = server;
        this.latency = latency;
        this.log = new ProviderLog("whatsapp", clock);
    }

    /** Listens on 127.0.0.1 on a free port; every answer comes after {@code latency}, as Graph's do. */
    static LocalWhatsApp start(Clock clock, Duration latency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        LocalWhatsApp whatsApp = new LocalWhatsApp(server, clock, latency);
        server.createContext("/", whatsApp::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return whatsApp;
    }

    /** What {@code alquimista.whatsapp.base-url} must be to reach this server. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What it took and refused. */
    ProviderLog log() {
        return log;
    }

    /** Answers 503 (Meta's error 131016, service unavailable) to every request for {@code outage}. */
    void failFor(Duration outage) {
        log.failFor(outage);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = MESSAGES.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                answer(exchange, 404, error(803, "Unknown path components: " + exchange.getRequestURI()));
                return;
            }
            JsonObject body =
                    JsonText.object(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            pause();
            if (log.refuses(path.group(1))) {
                answer(exchange, 503, error(131016, "Service unavailable"));
                return;
            }
            String to = body.getString("to", "");
            String wamid = "wamid." + UUID.randomUUID();
            log.took(new ProviderCall(
                    path.group(1),
                    to,
                    body.getString("biz_opaque_callback_data", ""),
                    wamid,
                    log.now(),
                    bearer(exchange)));
            answer(
                    exchange,
                    200,
                    Json.createObjectBuilder()
                            .add("messaging_product", "whatsapp")
                            .add(
                                    "contacts",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("input", to)
                                                    .add("wa_id", to)))
                            .add(
                                    "messages",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder().add("id", wamid)))
                            .build());
        }
    }

    private static String bearer(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while answering", e);
        }
    }

    private static JsonObject error(int code, String message) {
        return Json.createObjectBuilder()
                .add(
                        "error",
                        Json.createObjectBuilder()
                                .add("message", message)
                                .add("type", "OAuthException")
                                .add("code", code)
                                .add("fbtrace_id", "local"))
                .build();
    }

    private static void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
