import { h, replace } from '../dom.js';
import { operatorApi } from '../api.js';
import { badge, flash, loadInto, loading, pageHead, problemView, table, timeEl, withBusy } from '../ui.js';
import { count, excerpt } from '../format.js';

const STATES = { ativo: 'Ativo', pausado: 'Pausado' };
const OUTCOMES = { ok: 'ok', failed: 'falhou' };

/**
 * Temporizadores: every timer with its schedule and, on this instance, its last and next run; a
 * pause holds on every instance until resumed, and "Executar agora" runs it here, paused or not.
 */
export async function render(root, ctx) {
  const body = h('div', { testid: 'timers-body' }, loading());
  replace(root,
    h('section', { class: 'page', testid: 'timers-view' },
      pageHead('Temporizadores', 'Os trabalhos periódicos de cada instância. Pausar vale para todas as instâncias em até 2 segundos.'),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'button button--ghost', testid: 'timers-refresh', onclick: () => ctx.refresh() }, 'Atualizar')),
      body));
  const timers = await loadInto(body, ctx, () => operatorApi.timers(), () => ctx.refresh());
  if (!timers) return;
  replace(body, table({
    caption: 'Temporizadores',
    testid: 'timers-table',
    items: timers,
    row: (timer) => ({ testid: 'timer-row', dataset: { timer: timer.name } }),
    empty: 'Nenhum temporizador registrado ainda.',
    columns: [
      { label: 'Temporizador', cell: (timer) => [h('strong', {}, timer.work), h('div', { class: 'muted' }, h('code', {}, timer.name))] },
      { label: 'Agenda', cell: (timer) => timer.schedule },
      {
        label: 'Estado',
        testid: 'timer-state',
        cell: (timer) => [badge('timer', timer.paused ? 'pausado' : 'ativo', STATES),
          timer.paused ? h('div', { class: 'muted' }, 'desde ', timeEl(timer.paused_at)) : null],
      },
      { label: 'Última execução (aqui)', cell: (timer) => lastRun(here(timer)), testid: 'timer-last-run' },
      { label: 'Próxima', cell: (timer) => timeEl(here(timer)?.next_run_at) },
      { label: 'Instâncias', cell: (timer) => instances(timer) },
      { label: 'Ações', cell: (timer) => actions(timer, ctx) },
    ],
  }));
}

/** This instance's row of a timer, else the first one's. */
function here(timer) {
  return timer.instances.find((instance) => instance.this_instance) ?? timer.instances[0];
}

function lastRun(instance) {
  const run = instance?.last_run;
  if (!run) return '—';
  return [
    badge('outcome', run.outcome, OUTCOMES, { testid: 'timer-outcome' }),
    ' ', timeEl(run.started_at), ` · ${count(run.duration_ms)} ms · ${count(instance.runs)} execuções`,
    run.error ? h('div', { class: 'muted', testid: 'timer-error' }, excerpt(run.error, 160)) : null,
  ];
}

function instances(timer) {
  const stale = timer.instances.filter((instance) => instance.stale).length;
  return [`${count(timer.instances.length)}`, stale ? h('div', { class: 'muted' }, `${count(stale)} sem sinal há 5 min`) : null];
}

function actions(timer, ctx) {
  const toggle = h('button', { type: 'button', class: 'button button--ghost', testid: timer.paused ? 'timer-resume' : 'timer-pause' },
    timer.paused ? 'Retomar' : 'Pausar');
  toggle.addEventListener('click', () => act(toggle, ctx, timer.paused ? 'Retomando…' : 'Pausando…',
    () => (timer.paused ? operatorApi.resumeTimer(timer.name) : operatorApi.pauseTimer(timer.name)),
    timer.paused ? `${timer.work}: retomado em todas as instâncias.` : `${timer.work}: pausado em todas as instâncias.`));
  const run = h('button', { type: 'button', class: 'button button--ghost', testid: 'timer-run' }, 'Executar agora');
  run.addEventListener('click', () => act(run, ctx, 'Executando…', () => operatorApi.runTimer(timer.name),
    `${timer.work}: execução iniciada nesta instância.`));
  return h('div', { class: 'actions' }, toggle, run);
}

async function act(button, ctx, busy, call, done) {
  try {
    await withBusy(button, busy, call);
    await ctx.refresh();
    flash.success(done);
  } catch (error) {
    if (error?.status !== 401) flash.error(problemView(error));
  }
}
