/**
 * What a unit of work is part of: the trace and correlation ids an HTTP request or a delivered message carries, the
 * agent handling it and the tenant, event and lead it acts on. The events a unit of work publishes inherit its trace,
 * and its log lines name all of it.
 */
package ai.alquimista.shared.tracing;
