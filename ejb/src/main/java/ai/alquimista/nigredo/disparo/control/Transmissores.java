package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import jakarta.json.JsonObject;
import java.sql.Connection;

/** Picks the channel adapter for a tenant's send, from the tenant's Disparo settings. */
public interface Transmissores {

    /** @param db the dispatch's own connection (the sandbox records in the same transaction) */
    Transmissor para(CanalDeEnvio canal, JsonObject settings, Connection db);
}
