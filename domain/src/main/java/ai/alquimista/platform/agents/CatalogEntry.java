package ai.alquimista.platform.agents;

import ai.alquimista.fibonacci.queues.Queue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How an agent presents itself in the marketplace: the row of {@code alquimista_platform.agents} it owns. */
public record CatalogEntry(
        String id,
        String nome,
        String descricao,
        String categoria,
        Queue queue,
        String plan,
        BigDecimal priceBrl,
        List<String> requirements) {

    public static final String NIGREDO = "Nigredo · Prospecção";

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nome, "nome");
        Objects.requireNonNull(queue, "queue");
        requirements = List.copyOf(requirements);
    }

    /** A Nigredo agent: its id is {@code nigredo-<queue>}, the key the activation gate looks up. */
    public static CatalogEntry nigredo(
            Queue queue, String nome, String plan, String priceBrl, String descricao, String... requirements) {
        return new CatalogEntry(
                "nigredo-" + queue.logicalName(),
                nome,
                descricao,
                NIGREDO,
                queue,
                plan,
                new BigDecimal(priceBrl),
                List.of(requirements));
    }
}
