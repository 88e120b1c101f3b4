package ai.alquimista.nigredo.disparo.boundary;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.canais.boundary.Transmissor;
import ai.alquimista.nigredo.disparo.control.Transmissores;
import ai.alquimista.shared.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The e-mail adapter Disparo uses for a tenant, for the platform's own messages to the tenant's people (the daily
 * report): the tenant's {@code canal_email} Disparo setting when Disparo is active, else the platform's default (the
 * sandbox unless configured). The sandbox records on the caller's connection, in its transaction.
 */
@ApplicationScoped
public class EmailDoTenant {

    @Inject
    Transmissores transmissores;

    public Transmissor para(UUID tenantId, Connection db) throws SQLException {
        return transmissores.para(CanalDeEnvio.email, settings(db, tenantId), db);
    }

    private static JsonObject settings(Connection db, UUID tenantId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT settings FROM alquimista_platform.agent_activations"
                + " WHERE tenant_id = ? AND agent_id = 'nigredo-disparo' AND status = 'ativo'")) {
            select.setObject(1, tenantId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getString(1) != null
                        ? JsonText.object(row.getString(1))
                        : JsonValue.EMPTY_JSON_OBJECT;
            }
        }
    }
}
