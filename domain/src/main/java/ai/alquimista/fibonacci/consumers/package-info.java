/** Fibonacci's consumers: how a message-driven bean's delivery is recorded (its failures, in their own transaction, for the dead-letter queue's reasons) and the JMS message read as an {@code AgentMessage}. */
package ai.alquimista.fibonacci.consumers;
