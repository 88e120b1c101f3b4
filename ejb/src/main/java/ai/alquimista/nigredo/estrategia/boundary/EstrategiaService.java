package ai.alquimista.nigredo.estrategia.boundary;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.boundary.Hop;
import ai.alquimista.fibonacci.traces.boundary.HopRecorder;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoDeCampanhas;
import ai.alquimista.nigredo.recebimento.events.RecebimentoConcluido;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Estratégia: when Recebimento completes an import, its leads join their segment's open draft campaign (one per
 * segment, whatever import brought its leads) for a person to review and approve, or the approved campaign set to
 * enrol the segment's later leads on its own; approval, and such an enrolment, hand the leads to Disparo.
 */
@Stateless
public class EstrategiaService {

    @Inject
    HopRecorder hops;

    @Inject
    PlanejamentoDeCampanhas planejamento;

    @Inject
    Clock clock;

    public void receive(AgentMessage message) {
        hops.record(Queue.ESTRATEGIA, message, "received").filter(Hop::acted).ifPresent(this::act);
    }

    private void act(Hop hop) {
        switch (hop.type()) {
            case RecebimentoConcluido.TYPE ->
                planejamento.planejar(hop.read(RecebimentoConcluido.class).importId(), hop.tenantId(), clock.instant());
            default -> throw hop.unhandled(Queue.ESTRATEGIA);
        }
    }
}
