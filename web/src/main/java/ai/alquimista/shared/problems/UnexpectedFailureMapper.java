package ai.alquimista.shared.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A failure no other mapper claims is ours, not the caller's: logged, and answered with an incident id. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        var refusal = Causes.refusal(failure);
        if (refusal.isPresent()) {
            return Causes.response(refusal.get());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, failure);
        return Problem.response(500, "Internal error", "unexpected failure; incident " + incident);
    }
}
