import { h, replace } from '../dom.js';
import { operatorApi } from '../api.js';
import { emptyState, loadInto, loading, pageHead, timeEl } from '../ui.js';
import { count } from '../format.js';
import { millis, traceTable } from './trace-steps.js';

/**
 * Rastros: one trace across the agents (?id=, a UUID or a traceparent's 32 hex digits): each event in
 * the order it was published, the agent that took it, how long it waited in the queue and how long the
 * agent took. An operator's read is written to each tenant's audit log.
 */
export async function render(root, ctx) {
  const id = (ctx.params.get('id') || '').trim();
  const input = h('input', {
    id: 'trace-id', name: 'id', type: 'text', value: id, required: true, autocomplete: 'off', spellcheck: 'false',
    testid: 'trace-id', placeholder: '4bf92f35-77b3-4da6-a3ce-929d0e0e4736',
  });
  const form = h('form', { class: 'toolbar', testid: 'trace-form' },
    h('label', { for: 'trace-id' }, 'Rastro'), input,
    h('button', { type: 'submit', class: 'button button--primary', testid: 'trace-open' }, 'Abrir'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(`rastros?id=${encodeURIComponent(input.value.trim())}`);
  });
  const body = h('div', { testid: 'trace-body' });
  replace(root,
    h('section', { class: 'page', testid: 'traces-view' },
      pageHead('Rastros', 'O caminho de uma requisição pelos agentes: cada evento, quanto esperou na fila e quanto o agente levou. O id vem na resposta de POST /events, no cabeçalho traceparent de qualquer resposta e nos logs (trace_id).'),
      form, body));
  if (!id) {
    replace(body, emptyState('trace-empty', 'Informe o id de um rastro.'));
    return;
  }
  replace(body, loading());
  const trace = await loadInto(body, ctx, () => operatorApi.trace(id), () => ctx.refresh());
  if (!trace) return;
  replace(body, summary(trace), traceTable(trace, { caption: 'Eventos e passagens pelos agentes', tenant: true }));
}

function summary(trace) {
  return h('dl', { class: 'facts', testid: 'trace-summary' },
    h('dt', {}, 'Início'), h('dd', {}, timeEl(trace.started_at)),
    h('dt', {}, 'Duração'), h('dd', { testid: 'trace-duration' }, millis(trace.duration_ms)),
    h('dt', {}, 'Agentes'), h('dd', { testid: 'trace-agents' }, trace.agents.length ? trace.agents.join(' → ') : 'nenhum ainda'),
    h('dt', {}, 'Eventos'), h('dd', {}, count(trace.events.length) + (trace.truncated ? ' (os primeiros; há mais)' : '')));
}
