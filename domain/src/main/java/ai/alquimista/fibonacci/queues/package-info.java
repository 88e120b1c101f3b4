/** The queues: {@code Queue} is the single source of truth for names and attributes; provisioning, the SQS client and sending. */
package ai.alquimista.fibonacci.queues;
