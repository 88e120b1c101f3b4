package ai.alquimista.nigredo.atendimento.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** The review queue's rows: one per reply at most, however often the reply is handled. */
public final class RevisoesQuery {

    private RevisoesQuery() {}

    public static void guardar(Connection db, Revisao revisao) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO nigredo_leads.respostas_em_revisao (id,"
                + " tenant_id, lead_id, interacao_id, canal, rascunho, motivo, proximo_passo)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (interacao_id) DO NOTHING")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, revisao.tenantId());
            insert.setObject(3, revisao.leadId());
            insert.setObject(4, revisao.interacaoId());
            insert.setString(5, revisao.canal().name());
            insert.setString(6, revisao.rascunho());
            insert.setString(7, revisao.motivo());
            insert.setString(8, revisao.passo().name());
            insert.executeUpdate();
        }
    }
}
