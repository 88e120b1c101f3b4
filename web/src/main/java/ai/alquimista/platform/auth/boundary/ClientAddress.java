package ai.alquimista.platform.auth.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address. Behind AWS's load balancer the first X-Forwarded-For entry is the client;
 * that header is believed only when {@code alquimista.security.trust-forwarded-for} says so.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "alquimista.security.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
