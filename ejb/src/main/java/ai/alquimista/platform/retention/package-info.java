/**
 * Retention of the platform's operational records (processed message keys, traces, sent outbox rows, message
 * failures, rate-limit windows and, by policy, audit entries): pruned by age in bounded batches by a timer on every
 * instance. Personal data is the LGPD's and {@code nigredo.titulares}'s, not this.
 */
package ai.alquimista.platform.retention;
