import { h, replace } from '../dom.js';
import { api, messageFor } from '../api.js';
import { count, parseDate, shortDate, text } from '../format.js';
import { emptyState, failure, loading, pageHead } from '../ui.js';

const PAGE_SIZE = 20;

export const STATUS_LABELS = {
  rascunho: 'Rascunho',
  aprovada: 'Aprovada',
  ativa: 'Ativa',
  pausada: 'Pausada',
  concluida: 'Concluída',
};

export const CHANNEL_LABELS = { whatsapp: 'WhatsApp', email: 'E-mail', multi: 'WhatsApp e e-mail' };

export function statusBadge(status, testid = 'campaign-status') {
  const value = String(status ?? '');
  return h('span', { class: `badge badge--campaign-${value.replace(/[^a-z]/g, '') || 'desconhecido'}`, testid, dataset: { status: value } },
    STATUS_LABELS[value] ?? text(status));
}

export function channelLabel(canal) {
  return CHANNEL_LABELS[canal] ?? text(canal);
}

/** Campanhas: the campaigns the Estratégia agent drafted, 20 a page; #/campanhas?pagina=2. */
export async function render(root, ctx) {
  const page = Math.max(0, (Number.parseInt(ctx.params.get('pagina'), 10) || 1) - 1);
  const body = h('div', { class: 'stack', 'aria-busy': 'true' }, loading('Carregando campanhas…'));
  replace(root,
    pageHead('Campanhas', 'As campanhas montadas a partir das suas importações: revise as mensagens e aprove para começar os envios.'),
    body);

  let reply;
  try {
    reply = await api.campaigns(page, PAGE_SIZE);
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
    replace(body, emptyState('campaigns-empty',
      'Nenhuma campanha ainda. Elas são criadas a partir das importações: comece em ',
      h('a', { href: '#/importar' }, 'Importar leads'), '.'));
    return;
  }

  const drafts = items.filter((item) => item.status === 'rascunho').length;
  const table = h('table', { class: 'table', testid: 'campaigns-table' },
    h('caption', { class: 'visually-hidden' }, `Campanhas, página ${page + 1} de ${pages}`),
    h('thead', {}, h('tr', {},
      ['Campanha', 'Status', 'Canal', 'Leads', 'Enviadas / agendadas', 'Criada em'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.length
      ? items.map(row)
      : h('tr', {}, h('td', { colspan: '6', class: 'table__none' }, 'Nenhuma campanha nesta página.'))));

  const go = (target) => ctx.navigate(`campanhas?pagina=${target + 1}`);
  replace(body,
    drafts ? h('p', { class: 'hint', testid: 'campaigns-drafts-hint' },
      drafts === 1 ? '1 campanha aguarda sua aprovação.' : `${count(drafts)} campanhas aguardam sua aprovação.`) : null,
    h('div', { class: 'table-wrap card' }, table),
    pages > 1 || page > 0
      ? h('nav', { class: 'pager', 'aria-label': 'Paginação das campanhas', testid: 'campaigns-pager' },
        h('button', { type: 'button', class: 'button button--ghost', disabled: page <= 0, onclick: () => go(page - 1) }, '← Anterior'),
        h('p', { class: 'pager__info' }, `Página ${page + 1} de ${pages} · ${count(total)} ${total === 1 ? 'campanha' : 'campanhas'}`),
        h('button', { type: 'button', class: 'button button--ghost', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, 'Próxima →'))
      : null);
}

function row(campaign) {
  const envios = campaign.envios ?? {};
  const created = parseDate(campaign.created_at);
  return h('tr', { testid: 'campaign-row', dataset: { campaignId: campaign.id, status: campaign.status } },
    h('td', { dataset: { label: 'Campanha' } },
      h('a', { href: `#/campanha?id=${encodeURIComponent(campaign.id)}`, class: 'table__link', testid: 'campaign-name' }, text(campaign.nome)),
      campaign.segmento ? h('span', { class: 'table__sub' }, campaign.segmento) : null),
    h('td', { dataset: { label: 'Status' } }, statusBadge(campaign.status)),
    h('td', { dataset: { label: 'Canal' } }, channelLabel(campaign.canal)),
    h('td', { dataset: { label: 'Leads' }, class: 'table__number' }, count(campaign.leads)),
    h('td', { dataset: { label: 'Enviadas / agendadas' }, testid: 'campaign-sends' },
      `${count(envios.enviado)} / ${count(envios.agendado)}`),
    h('td', { dataset: { label: 'Criada em' } },
      h('time', { datetime: created ? created.toISOString() : undefined }, shortDate(campaign.created_at))));
}
