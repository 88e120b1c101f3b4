package ai.alquimista.nigredo.conversas.boundary;

import ai.alquimista.nigredo.conversas.MensagemOrfa;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/** Messages from someone who is none of the tenant's leads, kept for a person to assign to a lead or discard. */
@Stateless
public class Orfas {

    @Resource(lookup = "java:app/jdbc/alquimista")
    DataSource dataSource;

    /** @return false when this provider message was kept before */
    public boolean guardar(MensagemOrfa mensagem) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert =
                        db.prepareStatement("INSERT INTO nigredo_leads.mensagens_orfas (id, tenant_id,"
                                + " canal, remetente, texto, provider_message_id, recebida_em) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (tenant_id, canal, provider_message_id) DO NOTHING")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, mensagem.tenantId());
            insert.setString(3, mensagem.canal());
            insert.setString(4, mensagem.remetente());
            insert.setString(5, mensagem.texto());
            insert.setString(6, mensagem.providerMessageId());
            insert.setTimestamp(7, Timestamp.from(mensagem.recebidaEm()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the orphan message: " + e.getMessage(), e);
        }
    }
}
