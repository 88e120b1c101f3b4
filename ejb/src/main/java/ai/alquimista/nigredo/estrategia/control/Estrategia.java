package ai.alquimista.nigredo.estrategia.control;

import ai.alquimista.fibonacci.messages.AgentMessage;
import ai.alquimista.fibonacci.queues.Queue;
import ai.alquimista.fibonacci.traces.control.Hop;
import ai.alquimista.fibonacci.traces.control.HopRecorder;
import ai.alquimista.nigredo.recebimento.control.ImportEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Estratégia: when Recebimento completes an import, plans a draft campaign per segment for a person to review
 * and approve; approval (see {@link CampanhaCommands}) hands the campaign to Disparo.
 */
@Stateless
public class Estrategia {

    @Inject
    HopRecorder hops;

    @Inject
    PlanejamentoDeCampanhas planejamento;

    @Inject
    Clock clock;

    public void receive(AgentMessage message) {
        Optional<Hop> hop = hops.record(Queue.ESTRATEGIA, message, "received");
        if (hop.isEmpty()
                || !hop.get().acted()
                || !ImportEvents.COMPLETED.equals(hop.get().event().getType())) {
            return;
        }
        UUID importId = hop.get()
                .required("import_id", ImportEvents.importId(hop.get().event().getDetail()));
        planejamento.planejar(importId, hop.get().event().getTenantId(), clock.instant());
    }
}
