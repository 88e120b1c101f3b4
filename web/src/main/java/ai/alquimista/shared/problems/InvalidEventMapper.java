package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.InvalidEvent;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidEventMapper implements ExceptionMapper<InvalidEvent> {

    @Override
    public Response toResponse(InvalidEvent e) {
        return Problem.response(400, "Invalid event", e.getMessage(), e.violations());
    }
}
