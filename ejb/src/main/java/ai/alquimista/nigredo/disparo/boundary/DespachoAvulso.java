package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.canais.boundary.Circuitos;
import ai.alquimista.nigredo.canais.boundary.SandboxChannel;
import ai.alquimista.nigredo.disparo.control.Despacho;
import ai.alquimista.nigredo.disparo.control.Ritmo;
import ai.alquimista.nigredo.titulares.ChaveLocal;
import ai.alquimista.nigredo.titulares.Pseudonimos;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Disparo's own dispatch code run outside the container, on a connection and a clock the caller owns, with every
 * message going to the sandbox channel: what {@code ./alquimista bench disparo} measures.
 */
public final class DespachoAvulso {

    private final Despacho despacho;

    public DespachoAvulso(Clock clock, long seed, String urlPublica) {
        this.despacho = new Despacho(
                clock,
                (canal, tenantSettings, connection) -> new SandboxChannel(connection),
                // the sandbox has no provider account, so no circuit ever opens; the defaults as in the application
                Circuitos.com(clock, 5, Duration.ofSeconds(30)),
                new SplittableRandom(seed),
                // the benchmark measures dispatch; nobody listens for nigredo.disparo.sent
                sent -> {},
                urlPublica,
                // the suppression list of an embedded install, as the application keys it
                Pseudonimos.comChave(ChaveLocal.loadOrCreate(ChaveLocal.defaultDirectory())));
    }

    /** The tenant has sends from {@code quando} on. */
    public static void acordar(Connection db, UUID tenantId, Instant quando) throws SQLException {
        Ritmo.acordar(db, tenantId, quando);
    }

    /** Tenants whose next send is due, most overdue first. */
    public static List<UUID> devidos(Connection db, Instant agora, int limite) throws SQLException {
        return Ritmo.devidos(db, agora, limite);
    }

    /** @return whether a message went out in this pass */
    public boolean despachar(Connection db, UUID tenantId) throws SQLException {
        return despacho.despachar(db, tenantId);
    }
}
