package ai.alquimista.nigredo.canais.control;

import ai.alquimista.nigredo.canais.whatsapp.Entrega;
import ai.alquimista.nigredo.canais.whatsapp.ErroMeta;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What Meta's statuses make of a tenant's WhatsApp sends, and the campaign's delivery metrics counted from them. */
public final class EntregasQuery {

    private EntregasQuery() {}

    /**
     * A send as its statuses found it, locked until the transaction ends.
     *
     * @param emDuvida whether Disparo never recorded the provider's answer for it ({@code enviando}, {@code incerto})
     */
    public record EnvioEntregue(UUID id, UUID campanhaId, Entrega entrega, boolean emDuvida) {}

    /**
     * The tenant's WhatsApp send a status names: by the wamid the Cloud API returned, or by the envio id it was sent with
     * as {@code biz_opaque_callback_data} (the only name a send whose answer never came has).
     */
    public static Optional<EnvioEntregue> travar(Connection db, UUID tenantId, String wamid, Optional<UUID> envioId)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, campanha_id, entrega, status"
                        + " FROM nigredo_leads.envios WHERE tenant_id = ? AND canal = 'whatsapp'"
                        + " AND (provider_message_id = ? OR id = ?) ORDER BY provider_message_id = ? DESC LIMIT 1 FOR UPDATE")) {
            select.setObject(1, tenantId);
            select.setString(2, wamid);
            select.setObject(3, envioId.orElse(null));
            select.setString(4, wamid);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String status = row.getString(4);
                return Optional.of(new EnvioEntregue(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        Entrega.of(row.getString(3)).orElse(null),
                        status.equals("enviando") || status.equals("incerto")));
            }
        }
    }

    /**
     * The send is now {@code entrega} (which moved forward): delivered and read keep when they first happened; failed
     * records Meta's code and makes a send that had gone out {@code falhou}, naming the code.
     */
    public static void avancar(Connection db, UUID envioId, Entrega entrega, Instant em, Optional<ErroMeta> erro)
            throws SQLException {
        boolean falhou = entrega == Entrega.failed;
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.envios SET entrega = ?,"
                + " entregue_em = CASE WHEN ? THEN COALESCE(entregue_em, ?) ELSE entregue_em END,"
                + " lido_em = CASE WHEN ? THEN COALESCE(lido_em, ?) ELSE lido_em END,"
                + " erro_codigo = CASE WHEN ? THEN ? ELSE erro_codigo END,"
                + " status = CASE WHEN ? AND status = 'enviado' THEN 'falhou' ELSE status END,"
                + " motivo = CASE WHEN ? AND status = 'enviado' THEN ? ELSE motivo END"
                + " WHERE id = ?")) {
            Timestamp quando = Timestamp.from(em);
            update.setString(1, entrega.name());
            update.setBoolean(2, entrega.entregue());
            update.setTimestamp(3, quando);
            update.setBoolean(4, entrega == Entrega.read);
            update.setTimestamp(5, quando);
            update.setBoolean(6, falhou);
            if (erro.isPresent()) {
                update.setInt(7, erro.get().codigo());
            } else {
                update.setNull(7, Types.INTEGER);
            }
            update.setBoolean(8, falhou);
            update.setBoolean(9, falhou);
            update.setString(10, motivo(erro));
            update.setObject(11, envioId);
            update.executeUpdate();
        }
    }

    /** {@code entregues} and {@code lidos} counted again from the campaign's sends: the same however often Meta retries. */
    public static void recontar(Connection db, UUID tenantId, UUID campanhaId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.campanhas c SET metricas ="
                + " c.metricas || jsonb_build_object('entregues', m.entregues, 'lidos', m.lidos)"
                + " FROM (SELECT count(*) FILTER (WHERE entrega IN ('delivered', 'read')) AS entregues,"
                + " count(*) FILTER (WHERE entrega = 'read') AS lidos FROM nigredo_leads.envios"
                + " WHERE campanha_id = ? AND tenant_id = ?) m WHERE c.id = ? AND c.tenant_id = ?")) {
            update.setObject(1, campanhaId);
            update.setObject(2, tenantId);
            update.setObject(3, campanhaId);
            update.setObject(4, tenantId);
            update.executeUpdate();
        }
    }

    public static String motivo(Optional<ErroMeta> erro) {
        String motivo = erro.map(e -> "whatsapp não entregou: erro " + e.codigo() + " (" + e.titulo() + ")")
                .orElse("whatsapp não entregou (sem código de erro)");
        return motivo.length() <= 500 ? motivo : motivo.substring(0, 500);
    }
}
