/** The tenant's leads: the {@code Lead} entity and its statuses, the blocklist and unsubscribe (LGPD), the leads and funnel API. */
package ai.alquimista.nigredo.leads;
