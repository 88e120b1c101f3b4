package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.shared.errors.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A provider's webhook body exactly as it arrived (after its signature was verified), kept before it is acknowledged so
 * that processing it through the queue can be retried, and what processing made of it.
 */
@Stateless
public class WebhooksRecebidos {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** @param provedor {@code whatsapp} or {@code ses} */
    public UUID guardar(String provedor, String corpo, Instant recebidoEm) {
        UUID id = UUID.randomUUID();
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.webhooks_recebidos"
                        + " (id, provedor, corpo, recebido_em) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, provedor);
            insert.setString(3, corpo);
            insert.setTimestamp(4, Timestamp.from(recebidoEm));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the webhook: " + e.getMessage(), e);
        }
    }

    public String corpo(UUID id) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select =
                        db.prepareStatement("SELECT corpo FROM nigredo_leads.webhooks_recebidos WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFound("no webhook " + id);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the webhook: " + e.getMessage(), e);
        }
    }

    /** @param resultado what processing did (counts of replies, statuses, orphans, ignored items) */
    public void concluir(UUID id, JsonObject resultado, Instant agora) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement("UPDATE nigredo_leads.webhooks_recebidos"
                        + " SET processado_em = ?, resultado = resultado || ?::jsonb WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(agora));
            update.setString(2, resultado.toString());
            update.setObject(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the webhook's outcome: " + e.getMessage(), e);
        }
    }
}
