package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.disparo.LimitesDeEnvio;
import ai.alquimista.shared.json.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What Disparo needs of a tenant: its name (the sender), zone, whether Disparo is active, and its settings. */
record Remetente(UUID id, String nome, ZoneId fuso, boolean disparoAtivo, JsonObject settings, LimitesDeEnvio limites) {

    private static final Logger LOG = Logger.getLogger(Remetente.class.getName());

    static Remetente ler(Connection db, UUID id) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT t.company_name, t.time_zone, a.settings"
                + " FROM alquimista_platform.tenants t LEFT JOIN alquimista_platform.agent_activations a"
                + " ON a.tenant_id = t.id AND a.agent_id = 'nigredo-disparo' AND a.status = 'ativo'"
                // a suspended or cancelled tenant sends nothing, whatever it activated
                + " AND t.status = 'ativo' WHERE t.id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Remetente(
                            id,
                            "",
                            ZoneId.of("America/Sao_Paulo"),
                            false,
                            JsonValue.EMPTY_JSON_OBJECT,
                            LimitesDeEnvio.padrao());
                }
                boolean ativo = row.getString(3) != null;
                JsonObject settings = ativo ? JsonText.object(row.getString(3)) : JsonValue.EMPTY_JSON_OBJECT;
                return new Remetente(
                        id, row.getString(1), fuso(row.getString(2)), ativo, settings, limites(id, settings));
            }
        }
    }

    private static ZoneId fuso(String zone) {
        try {
            return zone == null || zone.isBlank() ? ZoneId.of("America/Sao_Paulo") : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("America/Sao_Paulo");
        }
    }

    /** Settings are checked at activation; should bad ones slip in, the defaults hold rather than no limits. */
    private static LimitesDeEnvio limites(UUID tenantId, JsonObject settings) {
        try {
            return LimitesDeEnvio.deConfiguracao(settings);
        } catch (IllegalArgumentException e) {
            LOG.log(
                    Level.WARNING,
                    "tenant {0}: invalid Disparo settings ({1}), sending with the default limits",
                    new Object[] {tenantId, e.getMessage()});
            return LimitesDeEnvio.padrao();
        }
    }
}
