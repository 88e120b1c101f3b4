package ai.alquimista.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.events.boundary.EventsResource;
import ai.alquimista.fibonacci.traces.boundary.TracesResource;
import org.junit.jupiter.api.Test;

class HttpTimingTest {

    @Test
    void anEndpointIsNamedByItsPathTemplateNeverByTheIdsAsked() throws Exception {
        assertThat(HttpTiming.route(TracesResource.class, TracesResource.class.getMethod("describe", String.class)))
                .isEqualTo("/api/traces/{id}");
        assertThat(HttpTiming.route(
                        EventsResource.class,
                        EventsResource.class.getMethod("publish", String.class, jakarta.ws.rs.core.UriInfo.class)))
                .isEqualTo("/events");
    }
}
