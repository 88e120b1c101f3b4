import { h, replace } from '../dom.js';
import { api, hasRole } from '../api.js';
import { channel, count, text } from '../format.js';
import { badge, emptyState, loadInto, loading, pageHead, pageOf, pageParam, pager, table, timeEl, userWithRole } from '../ui.js';

const PAGE_SIZE = 20;

const STATUS_LABELS = {
  rascunho: 'Rascunho',
  aprovada: 'Aprovada',
  ativa: 'Ativa',
  pausada: 'Pausada',
  concluida: 'Concluída',
};

export function statusBadge(status, testid = 'campaign-status') {
  return badge('campaign', status, STATUS_LABELS, { testid });
}

const COLUMNS = [
  {
    label: 'Campanha',
    cell: (campaign) => [
      h('a', { href: `#/campanha?id=${encodeURIComponent(campaign.id)}`, class: 'table__link', testid: 'campaign-name' }, text(campaign.nome)),
      campaign.segmento ? h('span', { class: 'table__sub' }, campaign.segmento) : null],
  },
  { label: 'Status', cell: (campaign) => statusBadge(campaign.status) },
  { label: 'Canal', cell: (campaign) => channel(campaign.canal) },
  { label: 'Leads', className: 'table__number', cell: (campaign) => count(campaign.leads) },
  {
    label: 'Importações',
    className: 'table__number',
    testid: 'campaign-imports',
    cell: (campaign) => [count(campaign.importacoes),
      campaign.inscricao_automatica === true
        ? h('span', { class: 'table__sub', testid: 'campaign-enrolment-on' }, 'inscrição automática')
        : null],
  },
  {
    label: 'Enviadas / agendadas',
    testid: 'campaign-sends',
    cell: (campaign) => `${count(campaign.envios?.enviado)} / ${count(campaign.envios?.agendado)}`,
  },
  { label: 'Criada em', cell: (campaign) => timeEl(campaign.created_at) },
];

/** Campanhas: the campaigns the Estratégia agent drafted, 20 a page; #/campanhas?pagina=2. */
export async function render(root, ctx) {
  const page = pageParam(ctx);
  const body = h('div', { class: 'stack' }, loading('Carregando campanhas…'));
  replace(root,
    pageHead('Campanhas', 'Uma campanha por segmento: os leads de todas as importações entram no rascunho do seu segmento. Revise as mensagens e aprove para começar os envios.'),
    body);

  const loaded = await loadInto(body, ctx, () => Promise.all([api.campaigns(page, PAGE_SIZE), userWithRole(ctx)]), () => ctx.refresh());
  if (loaded === undefined) return;
  const [reply, user] = loaded;
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  if (total === 0 && items.length === 0 && page === 0) {
    replace(body, emptyState('campaigns-empty',
      'Nenhuma campanha ainda. Elas são criadas a partir das importações: comece em ',
      h('a', { href: '#/importar' }, 'Importar leads'), '.'));
    return;
  }

  const drafts = items.filter((item) => item.status === 'rascunho').length;
  replace(body,
    drafts ? h('p', { class: 'hint', testid: 'campaigns-drafts-hint' }, draftsHint(drafts, hasRole(user, 'manager'))) : null,
    h('div', { class: 'table-wrap card' }, table({
      caption: `Campanhas, página ${page + 1} de ${pages}`,
      testid: 'campaigns-table',
      columns: COLUMNS,
      items,
      row: (campaign) => ({ testid: 'campaign-row', dataset: { campaignId: campaign.id, status: campaign.status } }),
      empty: 'Nenhuma campanha nesta página.',
    })),
    pager({
      page, pages, total, noun: ['campanha', 'campanhas'], label: 'Paginação das campanhas', testid: 'campaigns',
      go: (target) => ctx.navigate(`campanhas?pagina=${target + 1}`),
    }));
}

/** Gestores approve drafts; everyone else is told who does. */
function draftsHint(drafts, approves) {
  if (approves) return drafts === 1 ? '1 campanha aguarda sua aprovação.' : `${count(drafts)} campanhas aguardam sua aprovação.`;
  return drafts === 1
    ? '1 campanha aguarda a aprovação de um gestor.'
    : `${count(drafts)} campanhas aguardam a aprovação de um gestor.`;
}
