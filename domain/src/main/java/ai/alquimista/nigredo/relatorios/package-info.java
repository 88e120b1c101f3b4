/**
 * Relatórios, the agent of daily metrics and reports: the funnel counted per stage ({@code ContagemDoFunil}, fed by
 * the read model nigredo_leads.funil_diario), seed 001's {@code MetricasFunil} kept per day in {@code MetricaDiaria},
 * recurring objections, and the insights port ({@code GeradorDeInsights}) with its rule-based pt-BR default.
 */
package ai.alquimista.nigredo.relatorios;
