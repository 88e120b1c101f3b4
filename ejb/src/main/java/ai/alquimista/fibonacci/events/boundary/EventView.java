package ai.alquimista.fibonacci.events.boundary;

import ai.alquimista.fibonacci.events.entity.Event;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event with where it was routed, its delivery and every agent hop; {@code detail} and {@code logs} as stored. */
public record EventView(
        UUID id,
        String source,
        String type,
        JsonObject detail,
        @JsonbProperty("trace_id") UUID traceId,
        String status,
        @JsonbProperty("created_at") Instant createdAt,
        JsonArray logs,
        List<HopView> traces,
        List<DeliveryView> deliveries,
        @JsonbProperty("routed_to") String routedTo,
        @JsonbProperty("correlation_id") String correlationId,
        @JsonbProperty("tenant_id") UUID tenantId,
        @JsonbProperty("origin_message_id") String originMessageId) {

    static EventView of(Event event, List<HopView> traces, List<DeliveryView> deliveries) {
        return new EventView(
                event.getId(),
                event.getSource(),
                event.getType(),
                event.getDetail(),
                event.getTraceId(),
                event.getStatus().name(),
                event.getCreatedAt(),
                event.getLogs(),
                traces,
                deliveries,
                event.getRoutedTo(),
                event.getCorrelationId(),
                event.getTenantId(),
                event.getOriginMessageId());
    }
}
