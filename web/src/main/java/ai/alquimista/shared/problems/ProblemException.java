package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/** A refused request, answered as {@code application/problem+json}. */
public class ProblemException extends WebApplicationException {

    public ProblemException(int status, String title, String detail) {
        super(detail, Problem.response(status, title, detail));
    }

    public ProblemException(int status, String title, String detail, List<Violation> violations) {
        super(detail, Problem.response(status, title, detail, violations));
    }
}
