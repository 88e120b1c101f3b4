import { h, replace } from '../dom.js';
import { operatorApi } from '../api.js';
import { badge, emptyState, flash, loadInto, loading, pageHead, problemView, table, timeEl, withBusy } from '../ui.js';
import { count } from '../format.js';

const CHAINS = { import: 'Recebimento', planning: 'Planejamento' };
const STATES = { ativo: 'O vigia tenta de novo', desistiu: 'O vigia desistiu' };

/**
 * Cadeias: imports whose chain of messages stopped, the longest stalled first: rows still to receive
 * (Recebimento) or received and never planned by Estratégia (Planejamento). The watchdog resumes
 * them on its own up to its limit; "Retomar" resumes one now, the given-up ones included (audited).
 */
export async function render(root, ctx) {
  const body = h('div', { testid: 'chains-body' }, loading());
  replace(root,
    h('section', { class: 'page', testid: 'chains-view' },
      pageHead('Cadeias', 'Importações paradas: nenhum pedaço recebido, ou recebidas e nunca planejadas, há mais que a janela do vigia. O vigia as retoma sozinho algumas vezes; aqui um operador retoma uma agora.'),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'button button--ghost', testid: 'chains-refresh', onclick: () => ctx.refresh() }, 'Atualizar')),
      body));
  const rows = await loadInto(body, ctx, () => operatorApi.chains(), () => ctx.refresh());
  if (!rows) return;
  if (!rows.length) {
    replace(body, emptyState('chains-empty', 'Nenhuma cadeia parada.'));
    return;
  }
  replace(body, table({
    caption: 'Importações paradas',
    testid: 'chains-table',
    items: rows,
    row: (row) => ({ testid: 'chain-row', dataset: { id: row.import_id } }),
    columns: [
      { label: 'Empresa', cell: (row) => [h('strong', {}, row.company_name), h('div', { class: 'muted' }, h('code', {}, row.import_id))] },
      { label: 'Cadeia', cell: (row) => CHAINS[row.chain] ?? row.chain, testid: 'chain-kind' },
      { label: 'Parada desde', cell: (row) => timeEl(row.stalled_since) },
      { label: 'Linhas', cell: (row) => `${count(row.processed_rows)} de ${count(row.total_rows)}` },
      { label: 'Retomadas', cell: (row) => [count(row.resumptions), ' ', badge('chain', row.given_up ? 'desistiu' : 'ativo', STATES)] },
      {
        label: 'Ações',
        cell: (row) => {
          const button = h('button', { type: 'button', class: 'button button--ghost', testid: 'chain-resume' }, 'Retomar');
          button.addEventListener('click', () => resume(button, ctx, row));
          return button;
        },
      },
    ],
  }));
}

async function resume(button, ctx, row) {
  try {
    const resumed = await withBusy(button, 'Retomando…', () => operatorApi.resumeChain(row.import_id));
    await ctx.refresh();
    flash.success(`Importação de ${row.company_name} retomada (${CHAINS[resumed.chain] ?? resumed.chain}).`);
  } catch (error) {
    if (error?.status !== 401) flash.error(problemView(error));
  }
}
