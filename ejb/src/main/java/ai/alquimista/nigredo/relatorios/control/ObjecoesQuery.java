package ai.alquimista.nigredo.relatorios.control;

import ai.alquimista.nigredo.atendimento.CategoriaDeObjecao;
import ai.alquimista.nigredo.relatorios.ObjecaoRecorrente;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The objections leads raised in a period, by the category Atendimento recorded on the reply's interação
 * (nigredo_leads.interacoes.objecao), the most frequent first.
 */
public final class ObjecoesQuery {

    private ObjecoesQuery() {}

    public static List<ObjecaoRecorrente> recorrentes(Connection db, UUID tenantId, Instant desde, Instant ate)
            throws SQLException {
        List<ObjecaoRecorrente> objecoes = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT objecao, count(*) FROM nigredo_leads.interacoes"
                + " WHERE tenant_id = ? AND objecao IS NOT NULL AND created_at >= ? AND created_at < ?"
                + " GROUP BY objecao ORDER BY count(*) DESC, objecao")) {
            select.setObject(1, tenantId);
            select.setTimestamp(2, Timestamp.from(desde));
            select.setTimestamp(3, Timestamp.from(ate));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    objecoes.add(ObjecaoRecorrente.de(categoria(row.getString(1)), row.getLong(2)));
                }
            }
        }
        return objecoes;
    }

    private static CategoriaDeObjecao categoria(String nome) {
        try {
            return CategoriaDeObjecao.valueOf(nome);
        } catch (IllegalArgumentException e) {
            // a category no longer known is still an objection a lead raised
            return CategoriaDeObjecao.outra;
        }
    }
}
