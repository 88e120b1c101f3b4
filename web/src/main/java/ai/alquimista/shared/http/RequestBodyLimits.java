package ai.alquimista.shared.http;

import ai.alquimista.shared.problems.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps request bodies before anything buffers them ({@link BodyLimits} per route): a declared Content-Length
 * over the limit is answered 413 without reading a byte, and a body sent in chunks stops being read once it
 * passes the limit ({@link LimitedRequest}).
 */
public class RequestBodyLimits extends HttpFilter {

    @Inject
    @ConfigProperty(name = "alquimista.import.max-bytes", defaultValue = "52428800")
    long importMaxBytes;

    private BodyLimits limits;

    @Override
    public void init() {
        limits = new BodyLimits(importMaxBytes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limits.of(RequestPaths.of(request));
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /**
     * Over HTTP/1.1 the unread body is left on the connection: closing it is cheaper than reading it to keep it
     * alive. (HTTP/2 ends just the stream, and forbids the header.)
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setStatus(413);
        if (request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Problem.body(
                        413, "Content Too Large", "the request body is larger than " + limit + " bytes", List.of()));
    }
}
