package ai.alquimista.platform.auth.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address. Each proxy in front of the application appends the address it saw to the END of
 * X-Forwarded-For (one header line or several: all are read, in order); whatever comes before the entries our own
 * proxies wrote is what the client sent and proves nothing. So with {@code alquimista.security.trusted-proxies} = N
 * (0 by default: nothing in front sets the header, and it is ignored) the client is the N-th entry from the end.
 * An entry that is no IP address is not believed.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    @ConfigProperty(name = "alquimista.security.trusted-proxies", defaultValue = "0")
    int trustedProxies;

    public String of(HttpServletRequest request) {
        if (trustedProxies > 0) {
            List<String> lines = Collections.list(request.getHeaders("X-Forwarded-For"));
            String forwarded = client(lines, trustedProxies);
            if (forwarded != null) {
                return forwarded;
            }
        }
        return request.getRemoteAddr();
    }

    /** The entry the outermost trusted proxy appended; null if there is none or it is no IP address. */
    static String client(List<String> headerLines, int trustedProxies) {
        List<String> entries = new ArrayList<>();
        for (String line : headerLines) {
            for (String entry : line.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        String client = entries.get(Math.max(0, entries.size() - trustedProxies));
        return IP_LITERAL.matcher(client).matches() ? client : null;
    }
}
