/** Disparo, the agent that sends: sending rules (business window, national holidays, limits, jitter), the schedule of an approved campaign's sends, the dispatch timer and its pace per tenant, its consumer, service and catalog entry (with its settings check). */
package ai.alquimista.nigredo.disparo;
