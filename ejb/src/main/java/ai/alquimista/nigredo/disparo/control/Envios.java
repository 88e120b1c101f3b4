package ai.alquimista.nigredo.disparo.control;

import ai.alquimista.nigredo.disparo.Contagem;
import ai.alquimista.nigredo.estrategia.Etapa;
import ai.alquimista.nigredo.leads.boundary.ListaDeBloqueio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The state changes of a send (nigredo_leads.envios) and what the database knows around it. */
final class Envios {

    private Envios() {}

    /** Not yet: due again at {@code ate}; {@code tentou} when a provider was asked (an attempt is counted). */
    static void adiar(Connection db, UUID envioId, Instant ate, String motivo, boolean tentou) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE nigredo_leads.envios SET due_at = ?, motivo = ?," + " attempts = attempts + ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(ate));
            update.setString(2, motivo);
            update.setInt(3, tentou ? 1 : 0);
            update.setObject(4, envioId);
            update.executeUpdate();
        }
    }

    static void encerrar(Connection db, UUID envioId, String status, String motivo) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE nigredo_leads.envios SET status = ?, motivo = ?" + " WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, motivo);
            update.setObject(3, envioId);
            update.executeUpdate();
        }
    }

    /** WhatsApp 131050 and the like: never again to this send's recipient, for this tenant. */
    static void bloquearDestinatario(Connection db, UUID tenantId, UUID envioId, String motivo) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT lead_id, canal, destinatario" + " FROM nigredo_leads.envios WHERE id = ? AND tenant_id = ?")) {
            select.setObject(1, envioId);
            select.setObject(2, tenantId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    ListaDeBloqueio.bloquear(
                            db,
                            tenantId,
                            row.getObject("lead_id", UUID.class),
                            row.getString("canal"),
                            row.getString("destinatario"),
                            motivo);
                }
            }
        }
    }

    /** On the tenant's blocklist by phone, by address, or by the address's domain. */
    static boolean bloqueado(Connection db, UUID tenantId, EnvioDevido envio) throws SQLException {
        String dominio = envio.whatsapp()
                ? null
                : envio.destinatario()
                        .substring(envio.destinatario().indexOf('@') + 1)
                        .toLowerCase(Locale.ROOT);
        try (PreparedStatement select = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM nigredo_leads.blocklist"
                + " WHERE tenant_id = ? AND (telefone = ? OR email = ? OR lower(dominio) = ?))")) {
            select.setObject(1, tenantId);
            select.setString(2, envio.whatsapp() ? envio.destinatario() : envio.telefone());
            select.setString(3, envio.whatsapp() ? null : envio.destinatario());
            select.setString(4, dominio);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /** The status of the same lead's send of the stage before (a meio's topo), if it has one. */
    static Optional<String> statusDaEtapaAnterior(Connection db, EnvioDevido envio) throws SQLException {
        Etapa anterior = Etapa.values()[envio.etapa().ordinal() - 1];
        try (PreparedStatement select = db.prepareStatement(
                "SELECT status FROM nigredo_leads.envios" + " WHERE campanha_id = ? AND lead_id = ? AND etapa = ?")) {
            select.setObject(1, envio.campanhaId());
            select.setObject(2, envio.leadId());
            select.setString(3, anterior.name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    static Contagem contagem(Connection db, Remetente tenant, EnvioDevido envio, Instant agora) throws SQLException {
        // The hour and the day are calendar buckets in the tenant's zone, as the limits are stated.
        ZonedDateTime local = agora.atZone(tenant.fuso());
        Instant hora = local.truncatedTo(ChronoUnit.HOURS).toInstant();
        Instant dia = local.truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant dia24h = agora.minus(Duration.ofHours(24));
        Instant desde = dia.isBefore(dia24h) ? dia : dia24h;
        try (PreparedStatement select = db.prepareStatement("SELECT"
                + " count(*) FILTER (WHERE sent_at >= ?),"
                + " count(*) FILTER (WHERE sent_at >= ?),"
                + " count(DISTINCT destinatario) FILTER (WHERE canal = 'whatsapp' AND sent_at > ?),"
                + " COALESCE(bool_or(destinatario = ? AND canal = 'whatsapp' AND sent_at > ?), false),"
                + " max(sent_at),"
                + " max(sent_at) FILTER (WHERE destinatario = ?)"
                // a send marked or uncertain may have gone: it counts as one that went, from when it was handed over;
                // so does an uncertain e-mail waiting to go once more with the same Message-ID (agendado, sent_at
                // kept), except for its own resend
                + " FROM nigredo_leads.envios WHERE tenant_id = ?"
                + " AND status IN ('enviado', 'enviando', 'incerto', 'agendado') AND sent_at >= ? AND id <> ?")) {
            select.setTimestamp(1, Timestamp.from(hora));
            select.setTimestamp(2, Timestamp.from(dia));
            select.setTimestamp(3, Timestamp.from(dia24h));
            select.setString(4, envio.destinatario());
            select.setTimestamp(5, Timestamp.from(dia24h));
            select.setString(6, envio.destinatario());
            select.setObject(7, tenant.id());
            select.setTimestamp(8, Timestamp.from(desde));
            select.setObject(9, envio.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Contagem(
                        row.getInt(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getBoolean(4),
                        instant(row.getTimestamp(5)),
                        instant(row.getTimestamp(6)));
            }
        }
    }

    static Optional<Instant> ultimaResposta(Connection db, UUID leadId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT max(created_at) FROM nigredo_leads.interacoes" + " WHERE lead_id = ? AND tipo = 'recebido'")) {
            select.setObject(1, leadId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return instant(row.getTimestamp(1));
            }
        }
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }
}
