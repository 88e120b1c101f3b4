/** A queue message as an agent receives it, and the poison it may be. */
package ai.alquimista.fibonacci.messages;
