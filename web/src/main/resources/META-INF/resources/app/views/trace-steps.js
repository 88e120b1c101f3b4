import { h } from '../dom.js';
import { table } from '../ui.js';
import { count, excerpt } from '../format.js';

/**
 * A trace's (or a lead's path's) events as a table, one row per agent hop, an event no agent took yet
 * on a row of its own: when it was published (from the first), what it was, the agent, how long it
 * waited in the queue and how long the agent took. Shared by the console's Rastros and the lead page.
 */
export function traceTable(trace, { caption, testid = 'trace-table', tenant = false } = {}) {
  const start = Date.parse(trace.started_at);
  const rows = trace.events.flatMap((event) => (event.hops.length ? event.hops : [null]).map((hop) => ({ event, hop })));
  return table({
    caption,
    testid,
    items: rows,
    row: ({ event }) => ({ testid: 'trace-row', dataset: { event: event.event_id } }),
    columns: [
      { label: 'Quando', cell: ({ event }) => `+${millis(Date.parse(event.created_at) - start)}` },
      { label: 'Evento', cell: ({ event }) => [h('strong', {}, event.type), h('div', { class: 'muted' }, h('code', {}, event.event_id))] },
      tenant ? { label: 'Empresa', cell: ({ event }) => (event.tenant_id ? h('code', {}, event.tenant_id) : '—') } : null,
      { label: 'Agente', testid: 'trace-agent', cell: ({ event, hop }) => (hop ? hop.agent : `na fila ${event.routed_to || '—'}`) },
      { label: 'Espera na fila', cell: ({ hop }) => (hop ? millis(hop.queued_ms) : '—') },
      { label: 'Tempo no agente', cell: ({ hop }) => (hop && hop.duration_ms != null ? millis(hop.duration_ms) : '—') },
      { label: 'Decisão', cell: ({ hop }) => (hop ? excerpt(hop.decision, 120) : '—') },
    ].filter(Boolean),
  });
}

export function millis(value) {
  if (value == null || Number.isNaN(value)) return '—';
  return value < 1000 ? `${count(value)} ms` : `${(value / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} s`;
}
