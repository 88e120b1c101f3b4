package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.auth.boundary.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Requests refused before the rate limit counted them count towards the client address's limit too: a bad or
 * ended token (refused by the container or by the session check), a missing role, an unknown path or method. So
 * probing is as limited as using. Runs for the request and for the container's error dispatch of it.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class RefusalCounting implements Filter {

    /** Set on a request once it paid into its address's bucket. */
    static final String COUNTED = RefusalCounting.class.getName() + ".counted";

    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404, 405);

    @Inject
    RequestLimits limits;

    @Inject
    RequestCounts limiter;

    @Inject
    ClientAddress clientAddress;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            count((HttpServletRequest) request, (HttpServletResponse) response);
        }
    }

    private void count(HttpServletRequest request, HttpServletResponse response) {
        if (!REFUSALS.contains(response.getStatus()) || request.getAttribute(COUNTED) != null) {
            return;
        }
        request.setAttribute(COUNTED, Boolean.TRUE);
        limiter.hit(List.of(limits.addressLimit(clientAddress.of(request))));
    }
}
