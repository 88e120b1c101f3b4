/** Operators' view of the queues: depths, failures, and injecting a message. */
package ai.alquimista.operations.queues;
