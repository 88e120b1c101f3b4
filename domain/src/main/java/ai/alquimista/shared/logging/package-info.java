/** Log lines as JSON objects, one per line, naming the trace they belong to (seed 001's LogEntry). */
package ai.alquimista.shared.logging;
