package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.auth.boundary.ClientAddress;
import ai.alquimista.platform.security.IpRange;
import ai.alquimista.shared.problems.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Seed 000 §2.1: IP allow and deny lists (403), and rate limits per client IP (2,000 requests per
 * 5 minutes, as the seed's WAF rule) and per tenant (429 with Retry-After). Each instance decides from its own
 * counts and, synced every second, the other instances' ({@link RequestCounts}): no database round trip per request.
 * Health checks are never limited; the static files of the web UI and the API docs are not counted.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class RequestLimits implements ContainerRequestFilter {

    /** Health checks are never refused. */
    private static final String HEALTH = "health";

    /** The static files WebUiResource serves are not counted (the allow and deny lists still hold). */
    private static final Set<String> STATIC_FILES = Set.of("app", "api-docs");

    @Inject
    RequestCounts limiter;

    @Inject
    ClientAddress clientAddress;

    @Inject
    MetricRegistry metrics;

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "alquimista.security.ip-allow", defaultValue = " ")
    String allow;

    @Inject
    @ConfigProperty(name = "alquimista.security.ip-deny", defaultValue = " ")
    String deny;

    @Inject
    @ConfigProperty(name = "alquimista.ratelimit.ip-requests", defaultValue = "2000")
    int ipRequests;

    @Inject
    @ConfigProperty(name = "alquimista.ratelimit.ip-window-seconds", defaultValue = "300")
    int ipWindowSeconds;

    @Inject
    @ConfigProperty(name = "alquimista.ratelimit.tenant-requests", defaultValue = "1200")
    int tenantRequests;

    @Inject
    @ConfigProperty(name = "alquimista.ratelimit.tenant-window-seconds", defaultValue = "60")
    int tenantWindowSeconds;

    private List<IpRange> allowed;
    private List<IpRange> denied;

    @PostConstruct
    void parseLists() {
        allowed = IpRange.parseList(allow);
        denied = IpRange.parseList(deny);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String segment = firstSegment(context.getUriInfo().getPath());
        if (segment.equals(HEALTH)) {
            return;
        }
        String ip = clientAddress.of(request);
        if (denied.stream().anyMatch(range -> range.contains(ip))
                || !allowed.isEmpty() && allowed.stream().noneMatch(range -> range.contains(ip))) {
            context.abortWith(Problem.response(403, "Forbidden", "requests from " + ip + " are not allowed"));
            return;
        }
        if (STATIC_FILES.contains(segment)) {
            return;
        }
        List<RateLimit> limits = new ArrayList<>(2);
        limits.add(addressLimit(ip));
        request.setAttribute(RefusalCounting.COUNTED, Boolean.TRUE);
        // a token naming a tenant and the operator role never gets here: SessionCheck, which runs first, refused it
        if (context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            CallerResolver.tenant(token)
                    .ifPresent(tenant ->
                            limits.add(new RateLimit("tenant:" + tenant, tenantRequests, tenantWindowSeconds)));
        }
        List<RateDecision> refused = limiter.hit(limits).stream()
                .filter(decision -> !decision.allowed())
                .toList();
        if (refused.isEmpty()) {
            return;
        }
        refused.forEach(decision -> metrics.counter(
                        "rate_limit_hits_total",
                        new Tag("bucket", decision.bucket().split(":")[0]))
                .inc());
        long retryAfter = refused.stream()
                .mapToLong(RateDecision::retryAfterSeconds)
                .max()
                .orElseThrow();
        context.abortWith(Response.fromResponse(
                        Problem.response(429, "Too many requests", "rate limit reached; retry in " + retryAfter + " s"))
                .header("Retry-After", retryAfter)
                .build());
    }

    /** What every request from one client address pays into (refused ones too: {@link RefusalCounting}). */
    public RateLimit addressLimit(String ip) {
        return new RateLimit("ip:" + ip, ipRequests, ipWindowSeconds);
    }

    private static String firstSegment(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        int slash = relative.indexOf('/');
        return slash < 0 ? relative : relative.substring(0, slash);
    }
}
