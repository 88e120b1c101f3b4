package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.canais.CanalDeEnvio;
import ai.alquimista.nigredo.disparo.TipoDeEnvio;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.estrategia.Variante;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A send that has come due, with what Disparo needs of its lead and campaign. */
record EnvioDevido(
        UUID id,
        UUID campanhaId,
        UUID leadId,
        Etapa etapa,
        Variante variante,
        CanalDeEnvio canal,
        String destinatario,
        String idempotencyKey,
        TipoDeEnvio tipo,
        String assunto,
        String corpo,
        String empresa,
        String contato,
        String setor,
        String telefone,
        String leadStatus,
        String mensagens,
        String anexos) {

    /** A send with its lead and campaign (none for a conversation's send), whatever its state. */
    static final String COLUNAS = "SELECT e.id, e.campanha_id, e.lead_id, e.etapa, e.variante, e.canal,"
            + " e.destinatario, e.idempotency_key, e.tipo, e.assunto, e.corpo, l.empresa, l.contato, l.setor,"
            + " l.telefone, l.status AS lead_status, c.mensagens, e.anexos"
            + " FROM nigredo_leads.envios e LEFT JOIN nigredo_leads.campanhas c ON c.id = e.campanha_id"
            + " JOIN nigredo_leads.leads l ON l.id = e.lead_id";

    /**
     * The tenant's next due send on a channel not in the given array (those whose circuit is open); a campaign's waits
     * while its campaign is not active, a conversation's does not.
     */
    static final String SELECT = COLUNAS + " WHERE e.tenant_id = ? AND e.status = 'agendado' AND e.due_at <= ?"
            + " AND e.canal::text <> ALL (?) AND (e.tipo <> 'campanha' OR c.status = 'ativa')"
            + " ORDER BY e.due_at, e.id LIMIT 1 FOR UPDATE OF e SKIP LOCKED";

    static EnvioDevido from(ResultSet row) throws SQLException {
        return new EnvioDevido(
                row.getObject("id", UUID.class),
                row.getObject("campanha_id", UUID.class),
                row.getObject("lead_id", UUID.class),
                enumOrNull(Etapa.class, row.getString("etapa")),
                enumOrNull(Variante.class, row.getString("variante")),
                CanalDeEnvio.valueOf(row.getString("canal")),
                row.getString("destinatario"),
                row.getString("idempotency_key"),
                TipoDeEnvio.valueOf(row.getString("tipo")),
                row.getString("assunto"),
                row.getString("corpo"),
                row.getString("empresa"),
                row.getString("contato"),
                row.getString("setor"),
                row.getString("telefone"),
                row.getString("lead_status"),
                row.getString("mensagens"),
                row.getString("anexos"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    boolean daConversa() {
        return tipo.daConversa();
    }

    boolean whatsapp() {
        return canal == CanalDeEnvio.whatsapp;
    }
}
