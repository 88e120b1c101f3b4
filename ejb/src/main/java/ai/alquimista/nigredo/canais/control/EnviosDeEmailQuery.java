package ai.alquimista.nigredo.canais.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-mail sends ({@code nigredo_leads.envios}, canal email) and leads an inbound e-mail can be about. */
public final class EnviosDeEmailQuery {

    /** How far from SES's timestamp of a bounced mail our send may be to be taken as that mail. */
    static final Duration JANELA_DO_ENVIO = Duration.ofMinutes(30);

    private static final String COLUNAS = "SELECT e.id, e.tenant_id, e.lead_id, e.destinatario, l.email"
            + " FROM nigredo_leads.envios e JOIN nigredo_leads.leads l ON l.id = e.lead_id AND l.tenant_id = e.tenant_id";

    /** A sent e-mail and its lead's address. */
    public record EnvioDeEmail(UUID id, UUID tenantId, UUID leadId, String destinatario, String emailDoLead) {

        /** Whether the address is this send's recipient or its lead's address. */
        public boolean de(String endereco) {
            return endereco.equalsIgnoreCase(destinatario) || endereco.equalsIgnoreCase(emailDoLead);
        }
    }

    private EnviosDeEmailQuery() {}

    public static List<EnvioDeEmail> porIds(Connection db, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = db.prepareStatement(COLUNAS + " WHERE e.canal = 'email' AND e.id = ANY (?)")) {
            select.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            return lista(select);
        }
    }

    /** The sends whose Message-ID (stored when SMTP accepted them) is one of these. */
    public static List<EnvioDeEmail> porMessageIds(Connection db, Collection<String> messageIds) throws SQLException {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select =
                db.prepareStatement(COLUNAS + " WHERE e.canal = 'email' AND e.provider_message_id = ANY (?)")) {
            select.setArray(1, db.createArrayOf("text", messageIds.toArray()));
            return lista(select);
        }
    }

    /** The send to this address closest to {@code quando} (SES's timestamp of the mail), within the window. */
    public static Optional<EnvioDeEmail> porDestinatarioEHora(Connection db, String endereco, Instant quando)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement(COLUNAS
                + " WHERE e.canal = 'email' AND lower(e.destinatario) = lower(?) AND e.sent_at BETWEEN ? AND ?"
                + " ORDER BY abs(extract(epoch FROM e.sent_at - ?)) LIMIT 1")) {
            select.setString(1, endereco);
            select.setTimestamp(2, Timestamp.from(quando.minus(JANELA_DO_ENVIO)));
            select.setTimestamp(3, Timestamp.from(quando.plus(JANELA_DO_ENVIO)));
            select.setTimestamp(4, Timestamp.from(quando));
            return lista(select).stream().findFirst();
        }
    }

    /** The tenant's lead with this address: the one last sent an e-mail there, else one whose e-mail it is. */
    public static Optional<UUID> leadPorEndereco(Connection db, UUID tenantId, String endereco) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT lead_id FROM ("
                + " SELECT e.lead_id, 0 AS ordem, e.sent_at AS quando FROM nigredo_leads.envios e"
                + " WHERE e.tenant_id = ? AND e.canal = 'email' AND lower(e.destinatario) = lower(?)"
                + " AND e.sent_at IS NOT NULL"
                + " UNION ALL SELECT l.id, 1, l.created_at FROM nigredo_leads.leads l"
                + " WHERE l.tenant_id = ? AND lower(l.email) = lower(?)) candidatos"
                + " ORDER BY ordem, quando DESC NULLS LAST LIMIT 1")) {
            select.setObject(1, tenantId);
            select.setString(2, endereco);
            select.setObject(3, tenantId);
            select.setString(4, endereco);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of((UUID) row.getObject(1)) : Optional.empty();
            }
        }
    }

    /** The address as the tenant's sends wrote it (so the blocklist closes them); else as given, in lower case. */
    public static String destinatario(Connection db, UUID tenantId, String endereco) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT destinatario FROM nigredo_leads.envios"
                + " WHERE tenant_id = ? AND canal = 'email' AND lower(destinatario) = lower(?) LIMIT 1")) {
            select.setObject(1, tenantId);
            select.setString(2, endereco);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : endereco.strip().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    private static List<EnvioDeEmail> lista(PreparedStatement select) throws SQLException {
        List<EnvioDeEmail> envios = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                envios.add(new EnvioDeEmail(
                        (UUID) rows.getObject(1),
                        (UUID) rows.getObject(2),
                        (UUID) rows.getObject(3),
                        rows.getString(4),
                        rows.getString(5)));
            }
        }
        return envios;
    }
}
