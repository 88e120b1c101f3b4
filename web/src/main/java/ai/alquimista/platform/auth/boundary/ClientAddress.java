package ai.alquimista.platform.auth.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address. AWS's load balancer appends the address it saw to the END of X-Forwarded-For;
 * whatever comes before that is what the client sent and proves nothing. So the last entry is the client,
 * and the header is believed at all only when {@code alquimista.security.trust-forwarded-for} says the
 * application sits behind exactly one such proxy.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "alquimista.security.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = lastForwarded(request.getHeader("X-Forwarded-For"));
            if (forwarded != null) {
                return forwarded;
            }
        }
        return request.getRemoteAddr();
    }

    /** The entry the trusted proxy appended to an X-Forwarded-For header: the last one; null if there is none. */
    static String lastForwarded(String header) {
        if (header == null) {
            return null;
        }
        String last = header.substring(header.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? null : last;
    }
}
