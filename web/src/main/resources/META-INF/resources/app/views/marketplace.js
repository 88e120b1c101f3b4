import { h, replace } from '../dom.js';
import { api, hasRole } from '../api.js';
import { money, plan, text } from '../format.js';
import { confirmAction, emptyState, flash, loadInto, loading, pageHead, problemView, userWithRole, withBusy } from '../ui.js';

/**
 * Marketplace: one card per agent. Gestores and admins activate or deactivate them after a
 * confirmation (the API refuses everyone else); the other roles only read the catalog.
 */
export async function render(root, ctx) {
  const note = h('div', { class: 'page-note' });
  const grid = h('div', { class: 'grid', testid: 'agent-list' }, loading('Carregando agentes…'));
  replace(root,
    pageHead('Marketplace', 'Os agentes Nigredo trabalham a prospecção da sua empresa: ative os que fazem sentido para o seu time.'),
    note,
    grid);
  await load(grid, note, ctx);
}

async function load(grid, note, ctx, focusAgent) {
  const loaded = await loadInto(grid, ctx, () => Promise.all([api.agents(), userWithRole(ctx)]), () => load(grid, note, ctx));
  if (loaded === undefined) return;
  const [agents, user] = loaded;
  const manages = hasRole(user, 'manager');
  replace(note, manages ? null : h('p', { class: 'hint', testid: 'agents-managers-only' },
    'Somente gestores e administradores ativam ou desativam agentes para a empresa.'));
  if (!Array.isArray(agents) || agents.length === 0) {
    replace(grid, emptyState('agents-empty', 'Nenhum agente disponível no momento.'));
    return;
  }
  const reload = (agentId) => load(grid, note, ctx, agentId);
  replace(grid, agents.map((agent) => card(agent, manages ? reload : null)));
  if (focusAgent) {
    grid.querySelector(`[data-agent-id="${CSS.escape(focusAgent)}"] .agent-card__actions button`)?.focus();
  }
}

/** An agent's card; with `reload` (gestores) it has the Ativar / Desativar button. */
function card(agent, reload) {
  const titleId = `agent-${agent.id}-title`;
  const requirements = Array.isArray(agent.requirements) ? agent.requirements : [];
  const active = agent.active === true;
  let action = null;
  if (reload) {
    action = active
      ? h('button', { type: 'button', class: 'button button--ghost', testid: 'agent-deactivate', 'aria-label': `Desativar ${agent.nome}` }, 'Desativar')
      : h('button', { type: 'button', class: 'button button--primary', testid: 'agent-activate', 'aria-label': `Ativar ${agent.nome}` }, 'Ativar');
    action.addEventListener('click', () => toggle(agent, action, reload));
  }

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
  action ? h('div', { class: 'agent-card__actions' }, action) : null);
}

async function toggle(agent, button, reload) {
  const activating = agent.active !== true;
  const confirmed = await confirmAction(activating
    ? { title: 'Ativar agente', message: `Ativar o agente ${agent.nome} para sua empresa?` }
    : { title: 'Desativar agente', message: `Desativar o agente ${agent.nome} para sua empresa?`, danger: true });
  if (!confirmed) {
    button.focus();
    return;
  }
  try {
    await withBusy(button, activating ? 'Ativando…' : 'Desativando…',
      () => (activating ? api.activate(agent.id, {}) : api.deactivate(agent.id)));
  } catch (error) {
    if (error?.status === 401) return;
    flash.error(problemView(error, {
      headlines: { 409: activating ? 'Não foi possível ativar o agente agora.' : 'Não foi possível desativar o agente agora.' },
    }));
    return;
  }
  flash.success(activating
    ? `Agente ${agent.nome} ativado para sua empresa.`
    : `Agente ${agent.nome} desativado.`);
  await reload(agent.id);
}
