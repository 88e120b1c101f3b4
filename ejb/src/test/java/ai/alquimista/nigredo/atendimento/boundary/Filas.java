package ai.alquimista.nigredo.atendimento.boundary;

import ai.alquimista.nigredo.disparo.boundary.EnviosDaConversa;
import ai.alquimista.nigredo.disparo.boundary.EnviosIncertos;
import ai.alquimista.nigredo.estrategia.Beans;
import ai.alquimista.platform.audit.boundary.AuditTrail;
import ai.alquimista.testing.JpaDatabase;
import ai.alquimista.testing.PublishedEvents;
import java.time.Clock;

/** The review queue wired on the embedded database as the container would, Disparo's uncertain sends included. */
public final class Filas {

    private Filas() {}

    public static FilaDeRevisao deRevisao(
            JpaDatabase db, EnviosDaConversa envios, PublishedEvents eventos, AuditTrail audit, Clock clock) {
        return Beans.wire(
                new FilaDeRevisao(), db.dataSource(), envios, Beans.wire(new EnviosIncertos(), eventos), audit, clock);
    }
}
