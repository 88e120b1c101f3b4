package ai.alquimista.shared.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Times every request a resource method matched, from before authentication to the response, into {@link
 * HttpLatencies} under the method's path template. A request no resource matched (404, 405) is not timed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class HttpTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = HttpTiming.class.getName() + ".started";

    @Context
    ResourceInfo resource;

    @Inject
    HttpLatencies latencies;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started && resource.getResourceMethod() != null) {
            latencies.record(
                    request.getMethod(),
                    route(resource.getResourceClass(), resource.getResourceMethod()),
                    response.getStatus(),
                    System.nanoTime() - started);
        }
    }

    static String route(Class<?> type, Method method) {
        String base = type.isAnnotationPresent(Path.class)
                ? type.getAnnotation(Path.class).value()
                : "";
        String sub = method.isAnnotationPresent(Path.class)
                ? method.getAnnotation(Path.class).value()
                : "";
        String route = "/" + strip(base) + (sub.isEmpty() ? "" : "/" + strip(sub));
        return route.equals("/") ? route : route.replaceAll("/+$", "");
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
