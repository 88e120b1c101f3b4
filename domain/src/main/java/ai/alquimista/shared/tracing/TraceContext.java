package ai.alquimista.shared.tracing;

import java.util.Objects;
import java.util.UUID;

/**
 * The ids a unit of work carries (seed 001's LogEntry): its trace, the caller's correlation id, the agent at work and
 * the tenant, event and lead it acts on. Any but the trace may be null.
 */
public record TraceContext(UUID traceId, String correlationId, String agent, UUID tenantId, UUID eventId, UUID leadId) {

    public TraceContext {
        Objects.requireNonNull(traceId, "traceId");
    }

    /** A new trace, for work nothing else started. */
    public static TraceContext start() {
        return new TraceContext(UUID.randomUUID(), null, null, null, null, null);
    }

    public static TraceContext of(UUID traceId, String correlationId) {
        return new TraceContext(traceId, correlationId, null, null, null, null);
    }

    public TraceContext withAgent(String agent) {
        return new TraceContext(traceId, correlationId, agent, tenantId, eventId, leadId);
    }

    public TraceContext withTenant(UUID tenantId) {
        return new TraceContext(traceId, correlationId, agent, tenantId, eventId, leadId);
    }

    public TraceContext withLead(UUID leadId) {
        return new TraceContext(traceId, correlationId, agent, tenantId, eventId, leadId);
    }

    /** Handling a stored event: its trace, correlation id and tenant from now on. */
    public TraceContext onEvent(UUID eventTrace, String eventCorrelation, UUID eventTenant, UUID event) {
        return new TraceContext(eventTrace, eventCorrelation, agent, eventTenant, event, leadId);
    }
}
