package ai.alquimista.shared.problems;

import ai.alquimista.shared.errors.Refusal;
import ai.alquimista.shared.errors.TooManyRequests;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * A refusal thrown while a body was being read (the body cap's {@code TooLarge}) can reach the mappers wrapped
 * by whichever reader met it (JSON binding, multipart): it is still that refusal, not a malformed body nor a
 * failure of ours.
 */
final class Causes {

    private Causes() {}

    static Optional<Refusal> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The refusal as a problem; a 429 says when to retry. */
    static Response response(Refusal refusal) {
        Response problem = Problem.response(refusal.status(), refusal.title(), refusal.getMessage());
        if (refusal instanceof TooManyRequests tooMany) {
            return Response.fromResponse(problem)
                    .header("Retry-After", tooMany.retryAfterSeconds())
                    .build();
        }
        return problem;
    }
}
