package ai.alquimista.platform.agents.control;

import ai.alquimista.platform.agents.CatalogEntry;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One agent's catalog row, inserted or brought up to date (an activation's status is not the catalog's). */
public final class CatalogUpsert {

    private static final String UPSERT = "INSERT INTO alquimista_platform.agents"
            + " (id, nome, descricao, categoria, queue, plan, price_brl, requirements, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'disponivel')"
            + " ON CONFLICT (id) DO UPDATE SET nome = EXCLUDED.nome, descricao = EXCLUDED.descricao,"
            + " categoria = EXCLUDED.categoria, queue = EXCLUDED.queue, plan = EXCLUDED.plan,"
            + " price_brl = EXCLUDED.price_brl, requirements = EXCLUDED.requirements";

    private CatalogUpsert() {}

    public static void write(Connection db, CatalogEntry entry) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement(UPSERT)) {
            upsert.setString(1, entry.id());
            upsert.setString(2, entry.nome());
            upsert.setString(3, entry.descricao());
            upsert.setString(4, entry.categoria());
            upsert.setString(5, entry.queue().logicalName());
            upsert.setString(6, entry.plan());
            upsert.setBigDecimal(7, entry.priceBrl());
            upsert.setString(
                    8, Json.createArrayBuilder(entry.requirements()).build().toString());
            upsert.executeUpdate();
        }
    }
}
