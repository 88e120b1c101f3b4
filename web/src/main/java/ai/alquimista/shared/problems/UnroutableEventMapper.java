package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.fibonacci.routing.UnroutableEvent;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class UnroutableEventMapper implements ExceptionMapper<UnroutableEvent> {

    @Override
    public Response toResponse(UnroutableEvent e) {
        return Problem.response(
                422,
                "No route for event source",
                e.getMessage(),
                List.of(new Violation("source", "no routing rule matches '" + e.source() + "'")));
    }
}
