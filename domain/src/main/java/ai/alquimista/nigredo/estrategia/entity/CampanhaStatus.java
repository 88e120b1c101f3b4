package ai.alquimista.nigredo.estrategia.entity;

import java.util.Set;

/**
 * A campaign's life: rascunho → aprovada (a person approves) → ativa (Disparo scheduled its sends) ⇄ pausada →
 * concluida. A paused campaign whose sends were never scheduled goes back to aprovada. Constants are spelled
 * exactly as the database stores them.
 */
public enum CampanhaStatus {
    rascunho,
    aprovada,
    ativa,
    pausada,
    concluida;

    /** Whether a campaign in this status may move to {@code seguinte}. */
    public boolean seguePara(CampanhaStatus seguinte) {
        return switch (this) {
            case rascunho -> seguinte == aprovada;
            case aprovada -> Set.of(ativa, pausada).contains(seguinte);
            case ativa -> Set.of(pausada, concluida).contains(seguinte);
            case pausada -> Set.of(ativa, aprovada).contains(seguinte);
            case concluida -> false;
        };
    }
}
