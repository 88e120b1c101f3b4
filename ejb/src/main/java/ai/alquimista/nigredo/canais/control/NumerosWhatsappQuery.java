package ai.alquimista.nigredo.canais.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** nigredo_leads.numeros_whatsapp: the tenant each WhatsApp business number (phone_number_id) belongs to. */
public final class NumerosWhatsappQuery {

    private NumerosWhatsappQuery() {}

    public static Optional<UUID> tenantDo(Connection db, String phoneNumberId) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("SELECT tenant_id FROM nigredo_leads.numeros_whatsapp WHERE phone_number_id = ?")) {
            select.setString(1, phoneNumberId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** The tenant lets go of any number but this one (of every number when empty). */
    public static void soltarOutros(Connection db, UUID tenantId, Optional<String> phoneNumberId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM nigredo_leads.numeros_whatsapp"
                + " WHERE tenant_id = ? AND phone_number_id IS DISTINCT FROM ?")) {
            delete.setObject(1, tenantId);
            delete.setString(2, phoneNumberId.orElse(null));
            delete.executeUpdate();
        }
    }

    /**
     * Claims the number for the tenant unless it is taken; a concurrent claim of the same number waits for the other
     * transaction and then finds it taken.
     *
     * @return the tenant the number belongs to afterwards
     */
    public static UUID reivindicar(Connection db, UUID tenantId, String phoneNumberId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.numeros_whatsapp"
                + " (phone_number_id, tenant_id) VALUES (?, ?) ON CONFLICT (phone_number_id) DO NOTHING")) {
            insert.setString(1, phoneNumberId);
            insert.setObject(2, tenantId);
            insert.executeUpdate();
        }
        return tenantDo(db, phoneNumberId).orElseThrow();
    }
}
