package ai.alquimista.launcher;

import ai.alquimista.shared.json.JsonText;
import jakarta.json.Json;
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
        Properties demo = new Properties();
        try (BufferedReader reader = Files.newBufferedReader(credentials)) {
            demo.load(reader);
        }
        String body = Json.createObjectBuilder()
                .add("email", demo.getProperty("email"))
                .add("password", demo.getProperty("password"))
                .build()
                .toString();
        String token = send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/auth/login"))
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

    private static JsonObject send(HttpClient http, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonText.object(response.body());
    }
}
