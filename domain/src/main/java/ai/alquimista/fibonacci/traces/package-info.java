/** An agent's hop: recorded once per (agent, message) inside the agent's transaction, with the stored event the agent acts on ({@code HopRecorder}, {@code Hop}). */
package ai.alquimista.fibonacci.traces;
