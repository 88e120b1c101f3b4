import { h, replace } from '../dom.js';
import { api, messageFor } from '../api.js';
import { money, plan, text } from '../format.js';
import { confirmAction, emptyState, failure, flash, loading, pageHead } from '../ui.js';

/** Marketplace: one card per agent, activated or deactivated after a confirmation. */
export async function render(root, ctx) {
  const grid = h('div', { class: 'grid', testid: 'agent-list', 'aria-busy': 'true' }, loading('Carregando agentes…'));
  replace(root,
    pageHead('Marketplace', 'Os agentes Nigredo trabalham a prospecção da sua empresa: ative os que fazem sentido para o seu time.'),
    grid);
  await load(grid, ctx);
}

async function load(grid, ctx, focusAgent) {
  grid.setAttribute('aria-busy', 'true');
  let agents;
  try {
    agents = await api.agents();
  } catch (error) {
    if (!ctx.isCurrent()) return;
    grid.removeAttribute('aria-busy');
    if (error?.status === 401) return;
    replace(grid, failure(messageFor(error), () => load(grid, ctx)));
    return;
  }
  if (!ctx.isCurrent()) return;
  grid.removeAttribute('aria-busy');
  if (!Array.isArray(agents) || agents.length === 0) {
    replace(grid, emptyState('agents-empty', 'Nenhum agente disponível no momento.'));
    return;
  }
  replace(grid, agents.map((agent) => card(agent, grid, ctx)));
  if (focusAgent) {
    grid.querySelector(`[data-agent-id="${CSS.escape(focusAgent)}"] .agent-card__actions button`)?.focus();
  }
}

function card(agent, grid, ctx) {
  const titleId = `agent-${agent.id}-title`;
  const requirements = Array.isArray(agent.requirements) ? agent.requirements : [];
  const active = agent.active === true;
  const action = active
    ? h('button', { type: 'button', class: 'button button--ghost', testid: 'agent-deactivate', 'aria-label': `Desativar ${agent.nome}` }, 'Desativar')
    : h('button', { type: 'button', class: 'button button--primary', testid: 'agent-activate', 'aria-label': `Ativar ${agent.nome}` }, 'Ativar');
  action.addEventListener('click', () => toggle(agent, action, grid, ctx));

  return h('article', {
    class: `agent-card card${active ? ' agent-card--active' : ''}`,
    testid: 'agent-card',
    dataset: { agentId: agent.id, active: String(active) },
    'aria-labelledby': titleId,
  },
  h('div', { class: 'agent-card__top' },
    h('span', { class: 'tag', testid: 'agent-category' }, text(agent.categoria)),
    active ? h('span', { class: 'badge badge--active', testid: 'agent-active-badge' }, 'Ativo') : null),
  h('h2', { class: 'agent-card__title', id: titleId, testid: 'agent-name' }, text(agent.nome)),
  h('p', { class: 'agent-card__description', testid: 'agent-description' }, text(agent.descricao)),
  h('dl', { class: 'agent-card__facts' },
    h('div', {}, h('dt', {}, 'Plano'), h('dd', { testid: 'agent-plan' }, plan(agent.plan))),
    h('div', {}, h('dt', {}, 'Preço'), h('dd', { class: 'price', testid: 'agent-price' }, money(agent.price_brl)))),
  requirements.length
    ? h('div', { class: 'agent-card__requirements' },
      h('h3', {}, 'Requisitos'),
      h('ul', { testid: 'agent-requirements' }, requirements.map((requirement) => h('li', {}, requirement))))
    : null,
  h('div', { class: 'agent-card__actions' }, action));
}

async function toggle(agent, button, grid, ctx) {
  const activating = agent.active !== true;
  const confirmed = await confirmAction(activating
    ? { title: 'Ativar agente', message: `Ativar o agente ${agent.nome} para sua empresa?` }
    : { title: 'Desativar agente', message: `Desativar o agente ${agent.nome} para sua empresa?`, danger: true });
  if (!confirmed) {
    button.focus();
    return;
  }
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = activating ? 'Ativando…' : 'Desativando…';
  try {
    if (activating) await api.activate(agent.id, {});
    else await api.deactivate(agent.id);
  } catch (error) {
    if (error?.status === 401) return;
    flash.error(messageFor(error));
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = activating ? 'Ativar' : 'Desativar';
    return;
  }
  flash.success(activating
    ? `Agente ${agent.nome} ativado para sua empresa.`
    : `Agente ${agent.nome} desativado.`);
  await load(grid, ctx, agent.id);
}
