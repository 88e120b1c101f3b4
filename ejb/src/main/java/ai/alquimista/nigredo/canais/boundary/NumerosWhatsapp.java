package ai.alquimista.nigredo.canais.boundary;

import ai.alquimista.nigredo.canais.control.NumerosWhatsappQuery;
import ai.alquimista.shared.errors.Conflict;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Whose WhatsApp business number a webhook's {@code phone_number_id} is: each number belongs to one tenant, set by the
 * tenant's Disparo settings ({@code whatsapp_phone_number_id}). A tenant never gets another tenant's number, whose
 * replies it would then read.
 */
@Stateless
public class NumerosWhatsapp {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /**
     * The tenant's settings now name this number (none when empty): it is the tenant's from now on, any other number
     * it had is let go.
     *
     * @throws Conflict when another tenant has the number
     */
    public void definir(UUID tenantId, Optional<String> phoneNumberId) {
        try (Connection db = dataSource.getConnection()) {
            NumerosWhatsappQuery.soltarOutros(db, tenantId, phoneNumberId);
            if (phoneNumberId.isPresent()
                    && !NumerosWhatsappQuery.reivindicar(db, tenantId, phoneNumberId.get())
                            .equals(tenantId)) {
                throw new Conflict("settings.whatsapp_phone_number_id: this WhatsApp number belongs to another"
                        + " account; ask support if it is yours");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the WhatsApp number: " + e.getMessage(), e);
        }
    }

    public Optional<UUID> tenantDo(String phoneNumberId) {
        try (Connection db = dataSource.getConnection()) {
            return NumerosWhatsappQuery.tenantDo(db, phoneNumberId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the WhatsApp numbers: " + e.getMessage(), e);
        }
    }
}
