package ai.alquimista.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Judges every answer of the hostile suite and keeps the figures. What fails the suite: a 5xx, a 4xx that is not
 * {@code application/problem+json} (or whose problem names another status), a dropped connection, an answer that
 * leaks a stack trace, a password file or the signing key, and anything refused-by-design that was answered 2xx
 * (kept apart as "accepted", since it may have written). Requests the HTTP server answers before the application
 * sees them (no body, no media type and none of the application's headers: a URI it cannot decode, headers too
 * large, a write to a path ending in a dot segment) are counted apart; the table counts show they wrote nothing.
 */
final class Verdicts {

    /** What an answer must be. */
    enum Expect {
        /** A hostile request: refused with a 4xx problem. */
        REFUSED,
        /** A bad or missing token on a secured operation: exactly 401. */
        UNAUTHORIZED,
        /** A read with hostile filters: answered or refused, never a failure. */
        READ
    }

    record Probe(
            String operation,
            String caller,
            String variant,
            String method,
            String target,
            Map<String, String> headers,
            HostileValues.Body body,
            Expect expect) {
        String describe() {
            return method + " " + operation.substring(operation.indexOf(' ') + 1) + " · " + caller + " · " + variant;
        }
    }

    private static final Pattern LEAKS = Pattern.compile(
            "root:x:0:0|BEGIN (RSA )?PRIVATE KEY|\\tat [a-z]|\\bat (ai\\.alquimista|org\\.glassfish|jakarta|java)\\.|"
                    + "PSQLException|org\\.postgresql|org\\.eclipse\\.persistence|java\\.lang\\.[A-Z]\\w*(Exception|Error)");

    private final List<String> failures = new ArrayList<>();
    private final List<String> accepted = new ArrayList<>();
    private final List<String> refusedByHttpServer = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> perCaller = new TreeMap<>();
    private final Map<String, Integer> perCallerStatus = new TreeMap<>();
    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final Set<String> secretsToHide = new LinkedHashSet<>();
    private int sent;

    /** Text no answer may contain (the signing key's opening, say). */
    void neverShow(String secret) {
        if (secret != null && secret.length() >= 16) {
            secretsToHide.add(secret);
        }
    }

    void record(Probe probe, HostileClient.Answer answer) {
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        perCaller.merge(probe.caller(), 1, Integer::sum);
        perCallerStatus.merge(probe.caller() + " " + answer.status(), 1, Integer::sum);
        perOperation.merge(probe.operation(), 1, Integer::sum);
        String line = probe.describe() + " → " + answer.status();
        if (answer.failure() != null) {
            failures.add(line + " no answer: " + answer.failure());
            return;
        }
        String shown = line + " " + (answer.contentType().isEmpty() ? "(no media type)" : answer.contentType()) + " "
                + excerpt(answer.body());
        if (LEAKS.matcher(answer.body()).find() || secretsToHide.stream().anyMatch(answer.body()::contains)) {
            failures.add(shown + " [leaks internals]");
        }
        int status = answer.status();
        if (status < 300
                && !answer.fromApplication()
                && answer.body().isEmpty()
                && answer.contentType().isEmpty()) {
            // Payara's HTTP layer answered without the application: a write to a path ending in a dot segment
            // (PATCH /api/users/.) may get a bare 200 from it, as a URI it cannot normalise gets a bare 400.
            refusedByHttpServer.add(line + " (bare, from the HTTP server)");
            return;
        }
        if (status == 429) {
            failures.add(shown + " [rate limited: the suite's raised limits did not apply, a 429 hides the handler]");
            return;
        }
        if (status >= 500) {
            failures.add(shown);
            return;
        }
        if (status >= 400) {
            if (answer.body().isEmpty() && answer.contentType().isEmpty()) {
                refusedByHttpServer.add(line);
            } else if (!answer.contentType().startsWith("application/problem+json")) {
                failures.add(shown + " [not problem+json]");
            } else if (problemStatus(answer.body()) != status) {
                failures.add(shown + " [problem body names another status]");
            }
            if (probe.expect() == Expect.UNAUTHORIZED && status != 401) {
                failures.add(shown + " [expected 401]");
            }
            return;
        }
        switch (probe.expect()) {
            case REFUSED -> accepted.add(shown);
            case UNAUTHORIZED -> accepted.add(shown + " [a bad token was accepted]");
            case READ -> {
                if (status >= 300) {
                    failures.add(shown + " [unexpected redirect]");
                }
            }
        }
    }

    int sent() {
        return sent;
    }

    List<String> failures() {
        return failures;
    }

    List<String> accepted() {
        return accepted;
    }

    List<String> refusedByHttpServer() {
        return refusedByHttpServer;
    }

    Map<Integer, Integer> statuses() {
        return statuses;
    }

    Map<String, Integer> perCaller() {
        return perCaller;
    }

    Map<String, Integer> perCallerStatus() {
        return perCallerStatus;
    }

    Map<String, Integer> perOperation() {
        return perOperation;
    }

    private static int problemStatus(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject problem
                    && problem.get("status") instanceof jakarta.json.JsonNumber number) {
                return number.intValue();
            }
        } catch (RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
