package ai.alquimista.shared.http;

import jakarta.servlet.http.HttpServletRequest;

/** A request's path inside the application, decoded and normalised by the container ({@code /api/leads}). */
final class RequestPaths {

    private RequestPaths() {}

    static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }
}
