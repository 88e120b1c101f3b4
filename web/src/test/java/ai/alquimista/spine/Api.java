package ai.alquimista.spine;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application's HTTP API as a client sees it, optionally signed in with a bearer token. Each client has an
 * address of its own (198.18.0.0/15, the benchmarking range), sent as the load balancer would, in X-Forwarded-For
 * (the ITs trust one proxy): like real users, tests do not share one address's sign-in limits.
 */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;
    private final String address;
    private final Map<String, String> headers;

    public Api(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null, randomAddress(), Map.of());
    }

    private Api(URI base, String token, String address, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.address = address;
        this.headers = headers;
    }

    public Api as(String bearerToken) {
        return new Api(base, bearerToken, address, headers);
    }

    /** The same client calling from another address. */
    public Api from(String clientAddress) {
        return new Api(base, token, clientAddress, headers);
    }

    /** The same client sending this header too on every request. */
    public Api with(String header, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, token, address, Map.copyOf(more));
    }

    public String address() {
        return address;
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Reply post(String path, String body) {
        return post(path, "application/json", body);
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads over HTTP/1.1, as browsers and curl do (no h2c upgrade with a body the server may refuse unread). */
    public Reply post(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", contentType)
                .POST(body));
    }

    public Reply patch(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("X-Forwarded-For", address);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String body, String retryAfter, HttpHeaders headers) {

        /** The header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
