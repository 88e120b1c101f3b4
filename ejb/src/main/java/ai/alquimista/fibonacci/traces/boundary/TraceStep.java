package ai.alquimista.fibonacci.traces.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event along a trace: who published it, where it was routed, when it left the outbox, and its hops. */
public record TraceStep(
        @JsonbProperty("event_id") UUID eventId,
        @JsonbProperty("trace_id") UUID traceId,
        String type,
        String source,
        @JsonbProperty("routed_to") String routedTo,
        String status,
        @JsonbProperty("tenant_id") UUID tenantId,
        @JsonbProperty("correlation_id") String correlationId,
        @JsonbProperty("created_at") Instant createdAt,
        @JsonbProperty("sent_at") Instant sentAt,
        List<TraceHop> hops) {

    static TraceStep of(Event event, Instant sentAt, List<TraceHop> hops) {
        return new TraceStep(
                event.getId(),
                event.getTraceId(),
                event.getType(),
                event.getSource(),
                event.getRoutedTo(),
                event.getStatus().name(),
                event.getTenantId(),
                event.getCorrelationId(),
                event.getCreatedAt(),
                sentAt,
                hops);
    }
}
