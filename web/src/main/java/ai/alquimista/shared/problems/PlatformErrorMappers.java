package ai.alquimista.shared.problems;

import ai.alquimista.fibonacci.events.Violation;
import ai.alquimista.platform.auth.boundary.InvalidCredentials;
import ai.alquimista.shared.errors.InvalidInput;
import ai.alquimista.shared.errors.Refusal;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** The platform's refusals as problem details, one mapper per kind of refusal. */
public final class PlatformErrorMappers {

    private PlatformErrorMappers() {}

    private static Response unreadableBody() {
        return Problem.response(400, "Malformed JSON", "the request body is not valid JSON for this operation");
    }

    @Provider
    public static class InvalidCredentialsMapper implements ExceptionMapper<InvalidCredentials> {
        @Override
        public Response toResponse(InvalidCredentials e) {
            return Response.fromResponse(Problem.response(401, "Unauthorized", "invalid e-mail or password"))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
    }

    /** Not found, conflict, forbidden, too large: each refusal carries its own status and title. */
    @Provider
    public static class RefusalMapper implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            return Causes.response(e);
        }
    }

    /** Invalid input of any kind (an invalid event too), titled by its kind. */
    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.response(400, e.title(), e.getMessage(), e.violations());
        }
    }

    /** Bean Validation of bodies and parameters: names the field (the last node of the path). */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Violation> violations = e.getConstraintViolations().stream()
                    .map(violation -> new Violation(field(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(Violation::field))
                    .toList();
            return Problem.response(
                    400,
                    "Invalid input",
                    violations.isEmpty() ? e.getMessage() : violations.size() + " field(s) are invalid",
                    violations);
        }

        private static String field(ConstraintViolation<?> violation) {
            String field = "body";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getName() != null && !node.getName().startsWith("arg")) {
                    field = node.getName();
                }
            }
            return field;
        }
    }

    /** A body JSON-B cannot read (broken JSON, a string where an object belongs). */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Causes.refusal(e).map(Causes::response).orElseGet(PlatformErrorMappers::unreadableBody);
        }
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Causes.refusal(e).map(Causes::response).orElseGet(PlatformErrorMappers::unreadableBody);
        }
    }
}
