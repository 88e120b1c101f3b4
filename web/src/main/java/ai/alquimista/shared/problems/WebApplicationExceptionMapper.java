package ai.alquimista.shared.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem details too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        var refusal = Causes.refusal(e.getCause());
        if (refusal.isPresent()) {
            return Causes.response(refusal.get());
        }
        Response response = e.getResponse();
        if (Problem.MEDIA_TYPE.equals(String.valueOf(response.getMediaType()))) {
            return response;
        }
        Response.StatusType status = response.getStatusInfo();
        Response problem = Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        if (status.getStatusCode() == 401) {
            return Response.fromResponse(problem)
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        return problem;
    }
}
