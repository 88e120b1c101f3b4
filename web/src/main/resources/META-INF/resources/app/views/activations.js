import { h, replace } from '../dom.js';
import { api, messageFor } from '../api.js';
import { date, parseDate, text } from '../format.js';
import { emptyState, failure, loading, pageHead } from '../ui.js';

/** Meus agentes: the agents this company has active. */
export async function render(root, ctx) {
  const body = h('div', { class: 'stack', 'aria-busy': 'true' }, loading('Carregando seus agentes…'));
  replace(root, pageHead('Meus agentes', 'Os agentes que estão trabalhando para sua empresa.'), body);
  await load(body, ctx);
}

async function load(body, ctx) {
  let activations;
  try {
    activations = await api.activations();
  } catch (error) {
    if (!ctx.isCurrent()) return;
    body.removeAttribute('aria-busy');
    if (error?.status === 401) return;
    replace(body, failure(messageFor(error), () => load(body, ctx)));
    return;
  }
  if (!ctx.isCurrent()) return;
  body.removeAttribute('aria-busy');
  const active = (Array.isArray(activations) ? activations : []).filter((a) => a.status !== 'inativo');
  if (active.length === 0) {
    replace(body, emptyState('activations-empty',
      'Nenhum agente ativo ainda. Visite o ', h('a', { href: '#/marketplace' }, 'Marketplace'), '.'));
    return;
  }
  replace(body, h('ul', { class: 'activation-list', testid: 'activation-list' }, active.map(item)));
}

function item(activation) {
  const when = parseDate(activation.activated_at);
  return h('li', { class: 'active-agent card', testid: 'activation-item', dataset: { agentId: activation.agent_id } },
    h('div', { class: 'active-agent__main' },
      h('h2', { class: 'active-agent__name', testid: 'activation-name' }, text(activation.nome)),
      h('p', { class: 'active-agent__date' }, 'Ativado em ',
        h('time', { datetime: when ? when.toISOString() : undefined, testid: 'activation-date' }, date(activation.activated_at)))),
    h('span', { class: 'badge badge--active' }, activation.status === 'ativo' || !activation.status ? 'Ativo' : text(activation.status)));
}
