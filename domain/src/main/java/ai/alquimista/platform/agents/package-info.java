/** The marketplace: the catalog each agent contributes ({@code AgentModule}, written at start by {@code CatalogSync}), a tenant's activations and their settings, and the gate agents ask before acting. */
package ai.alquimista.platform.agents;
