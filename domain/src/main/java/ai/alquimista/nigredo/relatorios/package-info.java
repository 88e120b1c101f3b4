/** Relatórios, the agent of daily metrics and reports: {@code MetricaDiaria}, its consumer, service and catalog entry. */
package ai.alquimista.nigredo.relatorios;
