/** The events the channels raise: a provider's webhook arrived for a tenant. */
package ai.alquimista.nigredo.canais.events;
