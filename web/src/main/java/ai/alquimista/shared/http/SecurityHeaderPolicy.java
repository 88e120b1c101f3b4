package ai.alquimista.shared.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The security headers of every answer. The web UI ({@code /app/}) and the API docs ({@code /api-docs/}) get a
 * Content-Security-Policy that runs only the application's own script and style files (no inline script, style
 * or handler: a payload stored in a lead's name cannot run); every other answer is data and gets a policy that
 * allows nothing. HSTS only when the application is published over https: over plain http a browser ignores it,
 * and a laptop's http://127.0.0.1 must keep working.
 */
public record SecurityHeaderPolicy(boolean https) {

    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** @param publicUrl where the application is published ({@code alquimista.public-url}) */
    public static SecurityHeaderPolicy forPublicUrl(String publicUrl) {
        return new SecurityHeaderPolicy(
                publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:"));
    }

    /** @param path the request's path inside the application, as {@code /app/index.html} */
    public Map<String, String> headers(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", ui(path) ? UI_POLICY : API_POLICY);
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    static boolean ui(String path) {
        return under(path, "/app") || under(path, "/api-docs");
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }
}
