package ai.alquimista.nigredo.recebimento.boundary;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.recebimento.control.ImportProcessing;
import ai.alquimista.nigredo.recebimento.events.LeadsImportados;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Recebimento: validates, normalises and deduplicates incoming leads, a chunk of an import per
 * message; while rows remain it sends itself the next chunk, and when the import is done it tells
 * Estratégia ({@code nigredo.recebimento.completed}) with the accepted leads per segment.
 */
@Stateless
public class RecebimentoService {

    @Inject
    HopRecorder hops;

    @Inject
    ImportProcessing imports;

    @Inject
    EventIntake events;

    public void receive(AgentMessage message) {
        hops.record(Queue.RECEBIMENTO, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    private void act(Hop hop) {
        switch (hop.type()) {
            case LeadsImportados.TYPE ->
                receiveChunk(hop.read(LeadsImportados.class).importId(), hop.tenantId());
            default -> throw hop.unhandled(Queue.RECEBIMENTO);
        }
    }

    /** One chunk of the import; the next is asked for while rows remain (package-private: the chain tests). */
    void receiveChunk(UUID importId, UUID tenantId) {
        ImportProcessing.Progress progress = imports.processChunk(importId, tenantId);
        if (progress.rowsRemain()) {
            events.publish(new LeadsImportados(importId), tenantId);
        } else if (progress.completedNow()) {
            events.publish(new RecebimentoConcluido(importId, progress.summary()), tenantId);
        }
    }
}
