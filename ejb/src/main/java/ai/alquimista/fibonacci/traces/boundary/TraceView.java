package ai.alquimista.fibonacci.traces.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A trace: every event that shares its id, in the order they were published, with the agents they visited (in the
 * order of their first hop), from the first event to the end of the last hop. {@code truncated} says more events
 * share the trace than are shown. A lead's path is shown the same way, across the traces its events belong to (no
 * {@code trace_id} of its own; each event names its own).
 */
public record TraceView(
        @JsonbProperty("trace_id") UUID traceId,
        @JsonbProperty("started_at") Instant startedAt,
        @JsonbProperty("ended_at") Instant endedAt,
        @JsonbProperty("duration_ms") long durationMs,
        List<String> agents,
        List<TraceStep> events,
        boolean truncated) {

    /** No event to show (a lead whose events the retention has deleted). */
    public static TraceView none() {
        return new TraceView(null, null, null, 0, List.of(), List.of(), false);
    }

    static TraceView of(UUID traceId, List<TraceStep> events, boolean truncated) {
        Instant started = events.get(0).createdAt();
        Instant ended = Stream.concat(
                        events.stream().map(TraceStep::createdAt),
                        events.stream().flatMap(e -> e.hops().stream()).map(TraceHop::endedAt))
                .max(Comparator.naturalOrder())
                .orElse(started);
        List<String> agents = List.copyOf(events.stream()
                .flatMap(e -> e.hops().stream())
                .sorted(Comparator.comparing(TraceHop::startedAt))
                .map(TraceHop::agent)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        return new TraceView(
                traceId, started, ended, Duration.between(started, ended).toMillis(), agents, events, truncated);
    }
}
