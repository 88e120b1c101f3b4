package ai.alquimista.platform.agents.control;

import ai.alquimista.platform.agents.CatalogEntry;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;

/** One agent's catalog row, inserted or brought up to date (an activation's status is not the catalog's). */
public final class CatalogUpsert {

    private static final String UPSERT = "INSERT INTO alquimista_platform.agents"
            + " (id, nome, descricao, categoria, queue, plan, price_brl, requirements, status)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), 'disponivel')"
            + " ON CONFLICT (id) DO UPDATE SET nome = EXCLUDED.nome, descricao = EXCLUDED.descricao,"
            + " categoria = EXCLUDED.categoria, queue = EXCLUDED.queue, plan = EXCLUDED.plan,"
            + " price_brl = EXCLUDED.price_brl, requirements = EXCLUDED.requirements";

    private CatalogUpsert() {}

    public static void write(EntityManager em, CatalogEntry entry) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, entry.id())
                .setParameter(2, entry.nome())
                .setParameter(3, entry.descricao())
                .setParameter(4, entry.categoria())
                .setParameter(5, entry.queue().logicalName())
                .setParameter(6, entry.plan())
                .setParameter(7, entry.priceBrl())
                .setParameter(
                        8, Json.createArrayBuilder(entry.requirements()).build().toString())
                .executeUpdate();
    }
}
