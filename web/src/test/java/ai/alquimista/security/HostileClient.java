package ai.alquimista.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends a request exactly as written: the target is raw URL text (already percent-encoded, dot segments kept),
 * the body raw bytes, any method, over HTTP/1.1, never following a redirect. A connection the server drops is
 * an answer too (status 0 and the failure). Like the other IT clients it has an address of its own, sent last in
 * X-Forwarded-For as the load balancer would (the ITs trust one proxy), after any X-Forwarded-For a variant sends.
 */
final class HostileClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String address = "198.51.100."
            + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(254));

    HostileClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * @param fromApplication whether the application answered: its {@code SecurityHeaders} filter marks every answer
     *     it gives, error pages included, with {@code X-Content-Type-Options}; an answer without it is the HTTP
     *     server's own
     */
    record Answer(int status, String contentType, String body, String failure, boolean fromApplication) {}

    Answer send(String method, String target, Map<String, String> headers, HostileValues.Body body) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the suite wrote a target the client cannot send: " + target, e);
        }
        headers.forEach(request::header);
        request.header("X-Forwarded-For", address);
        if (body != null) {
            request.header("Content-Type", body.contentType());
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8),
                    null,
                    response.headers().firstValue("X-Content-Type-Options").isPresent());
        } catch (IOException e) {
            return new Answer(0, "", "", e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
