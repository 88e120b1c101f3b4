package ai.alquimista.nigredo.leads.boundary;

import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The unsubscribe link of every e-mail (List-Unsubscribe, one click, RFC 8058): the send's id is the token, so
 * only someone who received the message can use it, and it names exactly one recipient of one tenant.
 */
@Stateless
public class Descadastro {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** @return the company that sent it, to show on the confirmation page */
    public String descadastrar(UUID envioId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("SELECT e.tenant_id, e.lead_id, e.canal, e.destinatario,"
                        + " t.company_name FROM nigredo_leads.envios e JOIN alquimista_platform.tenants t"
                        + " ON t.id = e.tenant_id WHERE e.id = ? AND e.status = 'enviado'")) {
            select.setObject(1, envioId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("this unsubscribe link is not valid");
                }
                ListaDeBloqueio.descadastrar(
                        db,
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getString(3),
                        row.getString(4),
                        "link de descadastro");
                return row.getString(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot unsubscribe: " + e.getMessage(), e);
        }
    }
}
