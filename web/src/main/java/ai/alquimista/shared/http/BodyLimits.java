package ai.alquimista.shared.http;

import ai.alquimista.shared.problems.JsonBodies;

/**
 * How many bytes of a request body each route reads: sign-in and password bodies are a few hundred bytes, a list
 * of up to 10,000 leads as JSON some megabytes, a provider's webhook up to 1 MiB, a lead file up to {@code alquimista.import.max-bytes}; every other
 * body is JSON of at most {@link JsonBodies#MAX_BYTES}.
 */
public record BodyLimits(long importMaxBytes) {

    public static final int AUTH_BYTES = 8 * 1024;
    public static final int LEADS_JSON_BYTES = 32 * 1024 * 1024;
    /** A provider's webhook: Meta batches up to a few hundred changes in one body; an SNS message of SES is at most
     * 256 KB, JSON-escaped inside its envelope. */
    public static final int WEBHOOK_BYTES = 1024 * 1024;

    /** @param path the request's path inside the application, as {@code /api/leads} */
    public long of(String path) {
        if (path.equals("/auth") || path.startsWith("/auth/")) {
            return AUTH_BYTES;
        }
        if (path.equals("/api/leads/import")) {
            return importMaxBytes;
        }
        if (path.startsWith("/webhooks/")) {
            return WEBHOOK_BYTES;
        }
        if (path.equals("/api/leads")) {
            return LEADS_JSON_BYTES;
        }
        return JsonBodies.MAX_BYTES;
    }
}
