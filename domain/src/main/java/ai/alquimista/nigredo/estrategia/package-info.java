/** Estratégia, the agent that plans campaigns: the {@code Campanha} entity, the message script (etapas, variantes, templates), planning per segment after an import, the campaigns API, its consumer, service and catalog entry. */
package ai.alquimista.nigredo.estrategia;
