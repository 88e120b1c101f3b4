package ai.alquimista.shared.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Errors the container answers before JAX-RS sees the request (a forged or expired token refused
 * by MicroProfile JWT, a role check, a Content-Type whose charset or boundary cannot be read) are
 * sent here by web.xml's error pages, so they too are {@code application/problem+json} rather than
 * an HTML page.
 */
@WebServlet("/errors/*")
public class ContainerErrors extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        String title = switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
        String detail = switch (status) {
            case 400 ->
                "the request cannot be read: a header such as Content-Type (its charset or boundary) is malformed";
            case 401 -> "a valid bearer token is required: missing, expired, forged or unsigned tokens are refused";
            case 403 -> "your role does not allow this";
            default -> title.toLowerCase();
        };
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.body(status, title, detail, List.of()));
    }
}
