import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { date, text } from '../format.js';
import { emptyState, loadInto, loading, pageHead, timeEl } from '../ui.js';

/** Meus agentes: the agents this company has active (GET /api/activations lists only those). */
export async function render(root, ctx) {
  const body = h('div', { class: 'stack' }, loading('Carregando seus agentes…'));
  replace(root, pageHead('Meus agentes', 'Os agentes que estão trabalhando para sua empresa.'), body);
  await load(body, ctx);
}

async function load(body, ctx) {
  const activations = await loadInto(body, ctx, api.activations, () => load(body, ctx));
  if (activations === undefined) return;
  const active = Array.isArray(activations) ? activations : [];
  if (active.length === 0) {
    replace(body, emptyState('activations-empty',
      'Nenhum agente ativo ainda. Visite o ', h('a', { href: '#/marketplace' }, 'Marketplace'), '.'));
    return;
  }
  replace(body, h('ul', { class: 'activation-list', testid: 'activation-list' }, active.map(item)));
}

function item(activation) {
  return h('li', { class: 'active-agent card', testid: 'activation-item', dataset: { agentId: activation.agent_id } },
    h('div', { class: 'active-agent__main' },
      h('h2', { class: 'active-agent__name', testid: 'activation-name' }, text(activation.nome)),
      h('p', { class: 'active-agent__date' }, 'Ativado em ', timeEl(activation.activated_at, date, 'activation-date'))),
    h('span', { class: 'badge badge--active' }, 'Ativo'));
}
