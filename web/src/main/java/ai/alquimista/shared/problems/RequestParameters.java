package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.text.StorableText;
import jakarta.annotation.Priority;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Path and query parameters checked before any resource reads them (400 naming the parameter): no value may
 * hold a character PostgreSQL cannot store or nobody types ({@link StorableText}), and a parameter the resource
 * takes as a number must be one of its type. JAX-RS itself would answer a {@code page=99999999999} with 404,
 * which tells the caller nothing.
 */
@Provider
@Priority(Priorities.USER)
public class RequestParameters implements ContainerRequestFilter {

    private static final Map<Class<?>, long[]> WHOLE_NUMBERS = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        storable(path, violations);
        storable(query, violations);
        Method method = resource.getResourceMethod();
        if (method != null) {
            for (Parameter parameter : method.getParameters()) {
                QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
                PathParam pathParam = parameter.getAnnotation(PathParam.class);
                if (queryParam != null) {
                    wholeNumber(
                            queryParam.value(), parameter.getType(), query.getFirst(queryParam.value()), violations);
                } else if (pathParam != null) {
                    wholeNumber(pathParam.value(), parameter.getType(), path.getFirst(pathParam.value()), violations);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static void storable(MultivaluedMap<String, String> parameters, List<Violation> violations) {
        parameters.forEach((name, values) -> {
            if (!StorableText.isStorable(name) || values.stream().anyMatch(value -> !StorableText.isStorable(value))) {
                violations.add(new Violation(StorableText.sanitized(name, 100), StorableText.PROBLEM));
            }
        });
    }

    /** Absent or blank is left to the parameter's default, as JAX-RS does; else it must parse as the type. */
    static void wholeNumber(String name, Class<?> type, String value, List<Violation> violations) {
        long[] range = WHOLE_NUMBERS.get(type);
        if (range == null || value == null || value.isBlank()) {
            return;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= range[0] && number <= range[1]) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below, as an out-of-range number is
        }
        violations.add(new Violation(name, "must be a whole number between " + range[0] + " and " + range[1]));
    }
}
