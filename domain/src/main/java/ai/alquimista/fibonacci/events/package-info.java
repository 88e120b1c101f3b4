/** Fibonacci's events: the FractalEvent submission and its rules, the typed {@code AgentEvent} records' JSON-B mapping ({@code EventDetails}), the stored event, its intake (stored with its outbox message in one transaction) and its query. */
package ai.alquimista.fibonacci.events;
