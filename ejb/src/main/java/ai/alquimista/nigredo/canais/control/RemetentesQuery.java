package ai.alquimista.nigredo.canais.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Who, among one tenant's leads and sends, a WhatsApp message came from and answered. */
public final class RemetentesQuery {

    private RemetentesQuery() {}

    /** One of the tenant's WhatsApp sends, by the {@code wamid} Meta returned when Disparo sent it. */
    public record EnvioWhatsapp(UUID id, UUID leadId) {}

    public static Optional<EnvioWhatsapp> envio(Connection db, UUID tenantId, String wamid) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id, lead_id FROM nigredo_leads.envios"
                + " WHERE tenant_id = ? AND provider_message_id = ? AND canal = 'whatsapp' LIMIT 1")) {
            select.setObject(1, tenantId);
            select.setString(2, wamid);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new EnvioWhatsapp(row.getObject(1, UUID.class), row.getObject(2, UUID.class)))
                        : Optional.empty();
            }
        }
    }

    /**
     * The tenant's lead whose phone (however it was written) or WhatsApp id is one of {@code digitos}: when several
     * are, the one the message answered, then the one last sent to on WhatsApp, then the newest.
     *
     * @param digitos numbers in digits only, with the country code
     * @param respondido the lead of the send the message answered, if known
     */
    public static Optional<UUID> lead(
            Connection db, UUID tenantId, Collection<String> digitos, Optional<UUID> respondido) throws SQLException {
        if (digitos.isEmpty()) {
            return Optional.empty();
        }
        String numeros = "{" + String.join(",", digitos) + "}";
        try (PreparedStatement select = db.prepareStatement("SELECT l.id FROM nigredo_leads.leads l"
                + " WHERE l.tenant_id = ? AND (regexp_replace(l.telefone, '[^0-9]', '', 'g') = ANY(CAST(? AS text[]))"
                + " OR l.metadata->>'wa_id' = ANY(CAST(? AS text[])))"
                + " ORDER BY l.id = CAST(? AS uuid) DESC NULLS LAST,"
                + " (SELECT max(e.sent_at) FROM nigredo_leads.envios e WHERE e.tenant_id = l.tenant_id"
                + " AND e.lead_id = l.id AND e.canal = 'whatsapp') DESC NULLS LAST, l.created_at DESC NULLS LAST"
                + " LIMIT 1")) {
            select.setObject(1, tenantId);
            select.setString(2, numeros);
            select.setString(3, numeros);
            select.setString(4, respondido.map(UUID::toString).orElse(null));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }
}
