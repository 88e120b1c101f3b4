/** The transactional outbox: messages written with their event, relayed after commit and swept by a timer on every instance. */
package ai.alquimista.fibonacci.outbox;
