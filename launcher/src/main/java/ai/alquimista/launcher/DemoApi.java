package ai.alquimista.launcher;

import ai.alquimista.shared.json.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The demo tenant's API as the benchmarks use it: its admin's sign-in (printed at first start) and agents. */
final class DemoApi {

    private final HttpClient http;
    private final String base;
    private final String token;

    private DemoApi(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    static DemoApi signIn(HttpClient http, String base, Path credentials) throws IOException, InterruptedException {
        Properties demo = credentials(credentials);
        return signIn(http, base, "/auth/login", demo.getProperty("email"), demo.getProperty("password"));
    }

    /** The platform operator the first start printed: their token opens {@code /admin}. */
    static DemoApi signInAsOperator(HttpClient http, String base, Path credentials)
            throws IOException, InterruptedException {
        Properties demo = credentials(credentials);
        return signIn(
                http,
                base,
                "/auth/operator/login",
                demo.getProperty("operator_email"),
                demo.getProperty("operator_password"));
    }

    private static Properties credentials(Path credentials) throws IOException {
        Properties demo = new Properties();
        try (BufferedReader reader = Files.newBufferedReader(credentials)) {
            demo.load(reader);
        }
        return demo;
    }

    private static DemoApi signIn(HttpClient http, String base, String path, String email, String password)
            throws IOException, InterruptedException {
        String body = Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString();
        String token = send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)),
                        200)
                .getString("access_token");
        return new DemoApi(http, base, token);
    }

    void activate(String... agents) throws IOException, InterruptedException {
        for (String agent : agents) {
            send(
                    http,
                    request("/api/agents/" + agent + "/activate")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")),
                    200);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    JsonObject send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        return send(http, request, expected);
    }

    /** A GET whose answer is a JSON array (200 expected). */
    JsonArray list(String path) throws IOException, InterruptedException {
        return JsonText.array(body(http, request(path).GET(), 200));
    }

    private static JsonObject send(HttpClient http, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        return JsonText.object(body(http, request, expected));
    }

    private static String body(HttpClient http, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
