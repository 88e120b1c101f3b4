package ai.alquimista.platform.ratelimit.boundary;

import ai.alquimista.platform.auth.TokenClaims;
import ai.alquimista.platform.auth.boundary.CallerResolver;
import ai.alquimista.platform.auth.boundary.ClientAddress;
import ai.alquimista.platform.ratelimit.control.RateDecision;
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
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Seed 000 §2.1: IP allow and deny lists (403), and rate limits per client IP (2,000 requests per
 * 5 minutes, as the seed's WAF rule) and per tenant (429 with Retry-After). Counters live in the
 * database, so the limits hold across instances. Health checks are never limited.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class RequestLimits implements ContainerRequestFilter {

    @Inject
    RateLimiter limiter;

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
        String path = context.getUriInfo().getPath();
        if (path.startsWith("health") || path.startsWith("/health")) {
            return;
        }
        String ip = clientAddress.of(request);
        if (denied.stream().anyMatch(range -> range.contains(ip))
                || !allowed.isEmpty() && allowed.stream().noneMatch(range -> range.contains(ip))) {
            context.abortWith(Problem.response(403, "Forbidden", "requests from " + ip + " are not allowed"));
            return;
        }
        if (!check(context, limiter.hit("ip:" + ip, ipRequests, ipWindowSeconds))) {
            return;
        }
        if (context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            CallerResolver.claim(token, TokenClaims.TENANT_ID).ifPresent(tenant ->
                    check(context, limiter.hit("tenant:" + tenant, tenantRequests, tenantWindowSeconds)));
        }
    }

    /** @return whether the request may go on */
    private boolean check(ContainerRequestContext context, RateDecision decision) {
        if (!decision.allowed()) {
            metrics.counter("rate_limit_hits_total", new Tag("bucket", decision.bucket().split(":")[0])).inc();
            context.abortWith(Response.fromResponse(Problem.response(429, "Too many requests",
                            "rate limit reached; retry in " + decision.retryAfterSeconds() + " s"))
                    .header("Retry-After", decision.retryAfterSeconds()).build());
        }
        return decision.allowed();
    }
}
