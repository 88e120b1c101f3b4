package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.control.AcceptedEvent;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /events} answers (202): the stored event, its trace and the queue it was routed to. */
@Schema(description = "The stored event, its trace and the queue it was routed to")
public record EventReceipt(
        UUID id,
        @JsonbProperty("trace_id") UUID traceId,
        @JsonbProperty("routed_to") String routedTo) {

    public static EventReceipt of(AcceptedEvent accepted) {
        return new EventReceipt(
                accepted.eventId(), accepted.traceId(), accepted.routedTo().logicalName());
    }
}
