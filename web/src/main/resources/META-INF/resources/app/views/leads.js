import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { labels, phone, text } from '../format.js';
import { badge, emptyState, loadInto, loading, pageHead, pageOf, pageParam, pager, table } from '../ui.js';

const PAGE_SIZE = 20;

const COLUMNS = [
  {
    label: 'Empresa',
    cell: (lead) => h('a', { href: `#/lead?id=${encodeURIComponent(lead.id)}`, class: 'table__link', testid: 'lead-link' }, text(lead.empresa)),
  },
  { label: 'Contato', cell: (lead) => text(lead.contato) },
  { label: 'E-mail', cell: (lead) => (lead.email ? h('a', { href: `mailto:${lead.email}` }, lead.email) : text(lead.email)) },
  {
    label: 'Telefone',
    cell: (lead) => (lead.telefone ? h('a', { href: `tel:${String(lead.telefone).replace(/[^+\d]/g, '')}` }, phone(lead.telefone)) : text(lead.telefone)),
  },
  { label: 'Setor', cell: (lead) => text(lead.setor) },
  { label: 'Porte', cell: (lead) => text(lead.porte) },
  { label: 'Status', cell: (lead) => (lead.status ? badge('lead', lead.status, labels.leadStatus, { shape: 'pill' }) : text(lead.status)) },
];

/** Leads: the imported leads, 20 a page; the page number (from 1) is in the hash: #/leads?pagina=2. */
export async function render(root, ctx) {
  const page = pageParam(ctx);
  const body = h('div', { class: 'stack' }, loading('Carregando leads…'));
  replace(root, pageHead('Leads', 'Os contatos que os agentes recebem, enriquecem e acompanham.'), body);

  const reply = await loadInto(body, ctx, () => api.leads(page, PAGE_SIZE), () => ctx.refresh());
  if (reply === undefined) return;
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  if (total === 0 && items.length === 0 && page === 0) {
    replace(body, emptyState('leads-empty', 'Nenhum lead importado ainda.'));
    return;
  }

  replace(body,
    h('div', { class: 'table-wrap card' }, table({
      caption: `Leads importados, página ${page + 1} de ${pages}`,
      testid: 'leads-table',
      columns: COLUMNS,
      items,
      row: (lead) => ({ testid: 'lead-row', dataset: { leadId: lead.id } }),
      empty: 'Nenhum lead nesta página.',
    })),
    pager({
      page, pages, total, noun: ['lead', 'leads'], label: 'Paginação dos leads', testid: 'leads',
      go: (target) => ctx.navigate(`leads?pagina=${target + 1}`),
    }));
}
