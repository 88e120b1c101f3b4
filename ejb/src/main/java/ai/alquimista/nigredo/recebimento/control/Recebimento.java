package ai.alquimista.nigredo.recebimento.control;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.Hop;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Recebimento: validates, normalises and deduplicates incoming leads, a chunk of an import per
 * message; while rows remain it sends itself the next chunk, and when the import is done it tells
 * Estratégia ({@code nigredo.recebimento.completed}) with the accepted leads per segment.
 */
@Stateless
public class Recebimento {

    @Inject
    HopRecorder hops;

    @Inject
    ImportProcessing imports;

    @Inject
    EventIntake events;

    public void receive(AgentMessage message) {
        Optional<Hop> hop = hops.record(Queue.RECEBIMENTO, message, "received");
        if (hop.isEmpty()
                || !hop.get().acted()
                || !ImportEvents.ROWS_TO_PROCESS.equals(hop.get().event().getType())) {
            return;
        }
        UUID tenantId = hop.get().event().getTenantId();
        UUID importId = hop.get()
                .required("import_id", ImportEvents.importId(hop.get().event().getDetail()));
        ImportProcessing.Progress progress = imports.processChunk(importId, tenantId);
        if (progress.rowsRemain()) {
            events.accept(ImportEvents.rowsToProcess(importId, tenantId));
        } else if (progress.completedNow()) {
            events.accept(ImportEvents.completed(importId, tenantId, progress.summary()));
        }
    }
}
