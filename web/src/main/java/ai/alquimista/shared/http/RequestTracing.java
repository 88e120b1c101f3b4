package ai.alquimista.shared.http;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.problems.Problem;
import ai.alquimista.shared.tracing.CorrelationId;
import ai.alquimista.shared.tracing.TraceContext;
import ai.alquimista.shared.tracing.TraceParent;
import ai.alquimista.shared.tracing.Tracing;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every request is part of a trace: the one its {@code traceparent} names (W3C Trace Context; a header that does not
 * parse is ignored), else a new one. Its {@code X-Correlation-Id}, when it sends one, must follow {@link
 * CorrelationId}'s rule (400 naming the header otherwise). The events the request publishes join the trace and carry
 * the correlation id, its log lines name both, and the answer says them back in the same headers.
 */
public class RequestTracing extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> correlationId;
        try {
            correlationId = CorrelationId.parse(request.getHeader(CorrelationId.HEADER));
        } catch (IllegalArgumentException e) {
            refuse(response, e.getMessage());
            return;
        }
        UUID traceId =
                TraceParent.traceId(request.getHeader(TraceParent.HEADER)).orElseGet(UUID::randomUUID);
        response.setHeader(TraceParent.HEADER, TraceParent.of(traceId));
        correlationId.ifPresent(id -> response.setHeader(CorrelationId.HEADER, id));
        try (var scope = Tracing.open(TraceContext.of(traceId, correlationId.orElse(null)))) {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, String rule) throws IOException {
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Problem.body(
                        400,
                        "Bad Request",
                        "the " + CorrelationId.HEADER + " header " + rule,
                        List.of(new Violation(CorrelationId.HEADER, rule))));
    }
}
