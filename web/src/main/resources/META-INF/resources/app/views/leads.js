import { h, replace } from '../dom.js';
import { api, messageFor } from '../api.js';
import { count, text } from '../format.js';
import { emptyState, failure, loading, pageHead } from '../ui.js';

const PAGE_SIZE = 20;
const COLUMNS = [
  ['empresa', 'Empresa'], ['contato', 'Contato'], ['email', 'E-mail'], ['telefone', 'Telefone'],
  ['setor', 'Setor'], ['porte', 'Porte'], ['status', 'Status'],
];

/** Leads: the imported leads, 20 a page; the page number (from 1) is in the hash: #/leads?pagina=2. */
export async function render(root, ctx) {
  const page = Math.max(0, (Number.parseInt(ctx.params.get('pagina'), 10) || 1) - 1);
  const body = h('div', { class: 'stack', 'aria-busy': 'true' }, loading('Carregando leads…'));
  replace(root, pageHead('Leads', 'Os contatos que os agentes recebem, enriquecem e acompanham.'), body);

  let reply;
  try {
    reply = await api.leads(page, PAGE_SIZE);
  } catch (error) {
    if (!ctx.isCurrent()) return;
    body.removeAttribute('aria-busy');
    if (error?.status === 401) return;
    replace(body, failure(messageFor(error), () => ctx.refresh()));
    return;
  }
  if (!ctx.isCurrent()) return;
  body.removeAttribute('aria-busy');

  const items = Array.isArray(reply?.items) ? reply.items : [];
  const total = Number(reply?.total) || 0;
  const size = Number(reply?.size) || PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / size));
  if (total === 0 && items.length === 0 && page === 0) {
    replace(body, emptyState('leads-empty', 'Nenhum lead importado ainda.'));
    return;
  }

  const table = h('table', { class: 'table', testid: 'leads-table' },
    h('caption', { class: 'visually-hidden' }, `Leads importados, página ${page + 1} de ${pages}`),
    h('thead', {}, h('tr', {}, COLUMNS.map(([, label]) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.length
      ? items.map((lead) => h('tr', { testid: 'lead-row', dataset: { leadId: lead.id } },
        COLUMNS.map(([key]) => h('td', { dataset: { label: COLUMNS.find(([k]) => k === key)[1] } }, cell(key, lead[key])))))
      : h('tr', {}, h('td', { colspan: String(COLUMNS.length), class: 'table__none' }, 'Nenhum lead nesta página.'))));

  const go = (target) => ctx.navigate(`leads?pagina=${target + 1}`);
  const pager = h('nav', { class: 'pager', 'aria-label': 'Paginação dos leads', testid: 'leads-pager' },
    h('button', { type: 'button', class: 'button button--ghost', testid: 'leads-prev', disabled: page <= 0, onclick: () => go(page - 1) }, '← Anterior'),
    h('p', { class: 'pager__info', testid: 'leads-page-info' },
      `Página ${page + 1} de ${pages} · ${count(total)} ${total === 1 ? 'lead' : 'leads'}`),
    h('button', { type: 'button', class: 'button button--ghost', testid: 'leads-next', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, 'Próxima →'));

  replace(body, h('div', { class: 'table-wrap card' }, table), pager);
}

function cell(key, value) {
  if (key === 'status' && value) return h('span', { class: `pill pill--${String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }, value);
  if (key === 'email' && value) return h('a', { href: `mailto:${value}` }, value);
  if (key === 'telefone' && value) return h('a', { href: `tel:${String(value).replace(/[^+\d]/g, '')}` }, value);
  return text(value);
}
