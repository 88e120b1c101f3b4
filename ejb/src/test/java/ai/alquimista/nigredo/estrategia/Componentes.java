package ai.alquimista.nigredo.estrategia;

import ai.alquimista.fibonacci.events.boundary.EventIntake;
import ai.alquimista.fibonacci.outbox.boundary.OutboxWritten;
import ai.alquimista.nigredo.disparo.boundary.RitmoDoDisparo;
import ai.alquimista.nigredo.disparo.control.RelogioDoDisparo;
import ai.alquimista.nigredo.estrategia.boundary.Campanhas;
import ai.alquimista.nigredo.estrategia.control.AuditoriaDeCampanhas;
import ai.alquimista.nigredo.estrategia.control.CampanhasQuery;
import ai.alquimista.nigredo.estrategia.control.CampanhasRepository;
import ai.alquimista.nigredo.estrategia.control.EnviosDaCampanhaQuery;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoDeCampanhas;
import ai.alquimista.nigredo.estrategia.control.PlanejamentoQuery;
import ai.alquimista.nigredo.estrategia.control.PreviaDeMensagens;
import ai.alquimista.platform.agents.boundary.ActivationGate;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.testing.JpaDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;

/** Estratégia's components wired on the embedded database with their real collaborators, as the container would. */
public final class Componentes {

    private Componentes() {}

    /** Planning with Fibonacci's real front door: what it publishes is stored (events and outbox), not relayed. */
    public static PlanejamentoDeCampanhas planejamento(JpaDatabase db) {
        EntityManager em = db.entityManager();
        return Beans.wire(
                new PlanejamentoDeCampanhas(),
                Beans.wire(new PlanejamentoQuery(), em),
                Beans.wire(new CampanhasRepository(), em),
                Beans.wire(new EventIntake(), em, new FiredEvents<OutboxWritten>()));
    }

    /** @param outbox where the intake tells that an outbox message was written (the relay is not part of these) */
    public static Campanhas campanhas(JpaDatabase db, Clock clock, FiredEvents<OutboxWritten> outbox) {
        EntityManager em = db.entityManager();
        CampanhasQuery query = Beans.wire(new CampanhasQuery(), em);
        RelogioDoDisparo relogio = Beans.wire(new RelogioDoDisparo(), clock, Optional.empty());
        return Beans.wire(
                new Campanhas(),
                Beans.wire(new CampanhasRepository(), em),
                query,
                Beans.wire(new EnviosDaCampanhaQuery(), em),
                Beans.wire(new PreviaDeMensagens(), query),
                Beans.wire(new AuditoriaDeCampanhas(), Beans.wire(new AuditTrail(), em)),
                Beans.wire(new EventIntake(), em, outbox),
                Beans.wire(new ActivationGate(), em),
                Beans.wire(new RitmoDoDisparo(), relogio, db.dataSource()),
                clock);
    }
}
