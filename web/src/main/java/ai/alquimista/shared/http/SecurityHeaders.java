package ai.alquimista.shared.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets {@link SecurityHeaderPolicy}'s headers before anything answers, so JAX-RS answers, the static files of
 * the UI and 413s of {@link RequestBodyLimits} carry them; web.xml runs it on ERROR dispatches too, so the
 * container's own error pages ({@code ContainerErrors}: a refused token, a missing role) carry them as well.
 */
public class SecurityHeaders extends HttpFilter {

    @Inject
    @ConfigProperty(name = "alquimista.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    private SecurityHeaderPolicy policy;

    @Override
    public void init() {
        policy = SecurityHeaderPolicy.forPublicUrl(publicUrl);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        policy.headers(RequestPaths.of(request)).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
