import { h, replace } from '../dom.js';
import { operatorApi } from '../api.js';
import { confirmAction, emptyState, flash, loadInto, loading, pageHead, problemView, table, timeEl, withBusy } from '../ui.js';
import { count, excerpt, plural } from '../format.js';

const TABS = [
  { state: 'morta', label: 'Mortas' },
  { state: 'pendente', label: 'Pendentes' },
];

/**
 * Saídas: the outbox rows still to be sent (by when they are due) and the dead ones, which nothing
 * retries until an operator does (?estado=morta|pendente). Bodies are never shown; reads and retries
 * are audited.
 */
export async function render(root, ctx) {
  const state = TABS.some((tab) => tab.state === ctx.params.get('estado')) ? ctx.params.get('estado') : 'morta';
  const body = h('div', { testid: 'outbox-body' }, loading());
  replace(root,
    h('section', { class: 'page', testid: 'outbox-view' },
      pageHead('Saídas', 'O que os agentes publicaram e ainda vai para as filas. Uma saída morta falhou todas as tentativas e espera um operador.'),
      h('nav', { class: 'tabs', 'aria-label': 'Estado' }, TABS.map((tab) => h('a', {
        href: `#/saidas?estado=${tab.state}`,
        class: 'tabs__tab',
        testid: `outbox-tab-${tab.state}`,
        'aria-current': tab.state === state ? 'page' : undefined,
      }, tab.label))),
      body));
  const rows = await loadInto(body, ctx, () => operatorApi.outbox(state), () => ctx.refresh());
  if (!rows) return;
  if (!rows.length) {
    replace(body, emptyState('outbox-empty', state === 'morta' ? 'Nenhuma saída morta.' : 'Nada esperando para sair.'));
    return;
  }
  const retryAll = state === 'morta'
    ? h('button', { type: 'button', class: 'button button--primary', testid: 'outbox-retry-all' }, 'Tentar todas de novo')
    : null;
  retryAll?.addEventListener('click', async () => {
    const sure = await confirmAction({
      title: 'Tentar todas de novo',
      message: `Tentar de novo ${plural(rows.length, 'saída morta', 'saídas mortas')}? Cada uma volta a ter todas as tentativas.`,
      confirmLabel: 'Tentar de novo',
    });
    if (sure) await act(retryAll, ctx, () => operatorApi.retryDeadOutbox(), (reply) => `${plural(reply.retried, 'saída', 'saídas')} de volta à fila de envio.`);
  });
  replace(body,
    table({
      caption: state === 'morta' ? 'Saídas mortas' : 'Saídas pendentes',
      testid: 'outbox-table',
      items: rows,
      row: (row) => ({ testid: 'outbox-row', dataset: { id: row.id } }),
      columns: [
        { label: 'Fila', cell: (row) => h('strong', {}, row.queue) },
        { label: 'Evento', cell: (row) => h('code', {}, row.event_id) },
        { label: 'Tentativas', cell: (row) => count(row.attempts) },
        { label: 'Último erro', cell: (row) => excerpt(row.last_error, 160), testid: 'outbox-error' },
        { label: 'Criada', cell: (row) => timeEl(row.created_at) },
        { label: state === 'morta' ? 'Morta em' : 'Próxima tentativa', cell: (row) => timeEl(state === 'morta' ? row.dead_at : row.next_attempt_at) },
        {
          label: 'Ações',
          cell: (row) => {
            const button = h('button', { type: 'button', class: 'button button--ghost', testid: 'outbox-retry' }, 'Tentar de novo');
            button.addEventListener('click', () => act(button, ctx, () => operatorApi.retryOutbox(row.id), () => `Saída para ${row.queue} de volta à fila de envio.`));
            return button;
          },
        },
      ],
    }),
    retryAll ? h('div', { class: 'toolbar' }, retryAll) : null);
}

async function act(button, ctx, call, done) {
  try {
    const reply = await withBusy(button, 'Enviando…', call);
    await ctx.refresh();
    flash.success(done(reply));
  } catch (error) {
    if (error?.status !== 401) flash.error(problemView(error));
  }
}
