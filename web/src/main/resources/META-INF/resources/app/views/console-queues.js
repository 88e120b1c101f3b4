import { h, replace } from '../dom.js';
import { ApiError, operatorApi } from '../api.js';
import { confirmAction, emptyState, flash, loadInto, loading, pageHead, problemView, table, timeEl, withBusy } from '../ui.js';
import { count, excerpt, plural } from '../format.js';

/** What the injection form can start from: an event as the agents read it, or a poison message for the DLQ. */
const EXAMPLES = {
  evento: '{"type": "lead.received", "detail": {"empresa": "Acme Ltda"}}',
  veneno: 'nao-e-json',
};

/**
 * Filas: every agent queue with what it holds and its dead letters; ?fila= opens that queue's
 * dead-letter queue (read, redrive one or all), and a form puts a message on any queue.
 */
export async function render(root, ctx) {
  const queueName = ctx.params.get('fila');
  const depths = h('div', { testid: 'queues-body' }, loading());
  const dead = queueName ? h('div', { testid: 'dlq-body' }, loading()) : null;
  replace(root,
    h('section', { class: 'page', testid: 'queues-view' },
      pageHead('Filas', 'Cada fila de agente, o que ela guarda, o que entrou e saiu por minuto nos últimos 5 minutos, há quanto tempo espera o evento mais antigo ainda não atendido, e as mensagens que falharam três vezes (a fila de mortas).'),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', class: 'button button--ghost', testid: 'queues-refresh', onclick: () => ctx.refresh() }, 'Atualizar')),
      depths,
      dead ? h('section', { class: 'panel', 'aria-labelledby': 'dlq-title' },
        h('h2', { id: 'dlq-title' }, `Mensagens mortas de ${queueName}`),
        dead) : null,
      queueName ? purgeForm(ctx, queueName, {
        title: `Esvaziar a fila ${queueName}`,
        warning: 'Apaga de vez todas as mensagens que esperam nesta fila, antes que o agente as processe: elas não voltam, e os eventos delas ficam sem atendimento. Fica registrado na auditoria.',
        testid: 'purge-main',
      }) : null,
      injectForm(queueName)));

  const list = await loadInto(depths, ctx, () => operatorApi.queues(), () => ctx.refresh());
  if (!list) return;
  replace(depths, table({
    caption: 'Filas',
    testid: 'queues-table',
    items: list,
    row: (queue) => ({ testid: 'queue-row', dataset: { queue: queue.queue } }),
    empty: 'Nenhuma fila encontrada.',
    columns: [
      { label: 'Fila', cell: (queue) => [h('strong', {}, queue.queue), h('div', { class: 'muted' }, queue.name)] },
      { label: 'Visíveis', cell: (queue) => count(queue.visible), testid: 'queue-visible' },
      { label: 'Em processamento', cell: (queue) => count(queue.in_flight), testid: 'queue-in-flight' },
      { label: 'Atrasadas', cell: (queue) => count(queue.delayed), testid: 'queue-delayed' },
      { label: 'Mortas', cell: (queue) => count(queue.dead_letters), testid: 'queue-dead' },
      { label: 'Entrada/min', cell: (queue) => rate(queue.in_per_minute), testid: 'queue-rate-in' },
      { label: 'Saída/min', cell: (queue) => rate(queue.out_per_minute), testid: 'queue-rate-out' },
      { label: 'Mais antiga esperando', cell: (queue) => age(queue.oldest_waiting_seconds), testid: 'queue-oldest' },
      {
        label: 'Ações',
        cell: (queue) => h('a', { href: `#/filas?fila=${encodeURIComponent(queue.queue)}`, testid: 'queue-open-dlq' }, 'Ver mortas'),
      },
    ],
  }));
  if (dead) await showDeadLetters(dead, ctx, queueName);
}

async function showDeadLetters(body, ctx, queueName) {
  const letters = await loadInto(body, ctx, () => operatorApi.deadLetters(queueName, 100), () => ctx.refresh());
  if (!letters) return;
  if (!letters.length) {
    replace(body, emptyState('dlq-empty', 'Nenhuma mensagem morta nesta fila.'));
    return;
  }
  const purge = purgeForm(ctx, `${queueName}-dlq`);
  const all = h('button', { type: 'button', class: 'button button--primary', testid: 'dlq-redrive-all' }, 'Reenviar todas');
  all.addEventListener('click', async () => {
    const sure = await confirmAction({
      title: 'Reenviar todas',
      message: `Devolver ${plural(letters.length, 'mensagem morta', 'mensagens mortas')} à fila ${queueName}?`,
      confirmLabel: 'Reenviar',
    });
    if (sure) await redrive(all, ctx, queueName, []);
  });
  replace(body,
    h('p', { class: 'muted' }, `${plural(letters.length, 'mensagem', 'mensagens')}, as mais antigas primeiro. Ler uma mensagem fica registrado na auditoria.`),
    table({
      caption: `Mensagens mortas de ${queueName}`,
      testid: 'dlq-table',
      items: letters,
      row: (letter) => ({ testid: 'dlq-row', dataset: { messageId: letter.message_id } }),
      columns: [
        { label: 'Mensagem', cell: (letter) => h('code', {}, letter.message_id) },
        { label: 'Motivo', cell: (letter) => letter.failure_reason ?? '—', testid: 'dlq-reason' },
        { label: 'Recebida', cell: (letter) => `${count(letter.receive_count ?? letter.approximate_receive_count)}×` },
        { label: 'Enviada em', cell: (letter) => timeEl(letter.sent_at) },
        { label: 'Corpo', cell: (letter) => h('pre', { class: 'code', testid: 'dlq-message-body' }, excerpt(letter.body, 400)) },
        {
          label: 'Ações',
          cell: (letter) => {
            const button = h('button', { type: 'button', class: 'button button--ghost', testid: 'dlq-redrive' }, 'Reenviar');
            button.addEventListener('click', () => redrive(button, ctx, queueName, [letter.message_id]));
            return button;
          },
        },
      ],
    }),
    h('div', { class: 'toolbar' }, all),
    purge);
}

/**
 * Esvaziar: deletes every message of the queue, once its name is typed (the API checks it too); the
 * dead-letter queue's form and the main queue's (prefixed testids) can be on the page together.
 */
function purgeForm(ctx, queue, {
  title = 'Esvaziar as mortas',
  warning = 'Apaga de vez todas as mensagens desta fila de mortas: elas não voltam. Fica registrado na auditoria.',
  testid = 'purge',
} = {}) {
  const typed = h('input', { id: `${testid}-confirm`, name: 'confirm', autocomplete: 'off', spellcheck: 'false', testid: `${testid}-confirm` });
  const submit = h('button', { type: 'submit', class: 'button button--danger', testid: `${testid}-submit`, disabled: true }, 'Esvaziar');
  typed.addEventListener('input', () => {
    submit.disabled = typed.value.trim() !== queue;
  });
  const form = h('form', { class: 'form', testid: `${testid}-form`, novalidate: true },
    h('div', { class: 'field' },
      h('label', { for: `${testid}-confirm` }, `Para apagar todas as mensagens de ${queue}, digite ${queue}`), typed),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const purged = await withBusy(submit, 'Esvaziando…', () => operatorApi.purge(queue, typed.value.trim()));
      await ctx.refresh();
      flash.success(`${queue} esvaziada: ${plural(purged.purged, 'mensagem apagada', 'mensagens apagadas')}.`);
    } catch (error) {
      if (error?.status !== 401) flash.error(problemView(error, { fieldLabels: { confirm: 'Confirmação' } }));
    }
  });
  return h('div', { class: 'panel' }, h('h3', {}, title),
    h('p', { class: 'muted' }, warning),
    form);
}

async function redrive(button, ctx, queueName, ids) {
  try {
    const moved = await withBusy(button, 'Reenviando…', () => operatorApi.redrive(queueName, ids));
    await ctx.refresh();
    flash.success(`${plural(moved.moved, 'mensagem devolvida', 'mensagens devolvidas')} à fila ${queueName}`
      + (moved.not_found?.length ? `; ${plural(moved.not_found.length, 'já não estava', 'já não estavam')} lá.` : '.'));
  } catch (error) {
    if (error?.status !== 401) flash.error(problemView(error));
  }
}

function injectForm(selected) {
  const queue = h('input', { id: 'inject-queue', name: 'queue', required: true, value: selected ?? 'demo', testid: 'inject-queue', spellcheck: 'false' });
  const body = h('textarea', { id: 'inject-body', name: 'body', rows: '4', required: true, testid: 'inject-body', spellcheck: 'false' });
  const attributes = h('textarea', { id: 'inject-attributes', name: 'attributes', rows: '2', testid: 'inject-attributes', spellcheck: 'false',
    placeholder: '{"origin": "console"}' });
  const example = h('select', { id: 'inject-example', testid: 'inject-example' },
    h('option', { value: '' }, 'Começar de um exemplo…'),
    h('option', { value: 'evento' }, 'Um evento (JSON)'),
    h('option', { value: 'veneno' }, 'Uma mensagem inválida (vai para as mortas após 3 tentativas)'));
  example.addEventListener('change', () => {
    if (EXAMPLES[example.value]) body.value = EXAMPLES[example.value];
  });
  const submit = h('button', { type: 'submit', class: 'button button--primary', testid: 'inject-submit' }, 'Injetar');
  const form = h('form', { class: 'form', testid: 'inject-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'inject-queue' }, 'Fila (recebimento, disparo, demo… ou com -dlq)'), queue),
    h('div', { class: 'field' }, h('label', { for: 'inject-example' }, 'Exemplo'), example),
    h('div', { class: 'field' }, h('label', { for: 'inject-body' }, 'Corpo'), body),
    h('div', { class: 'field' }, h('label', { for: 'inject-attributes' }, 'Atributos (objeto JSON de textos, opcional)'), attributes),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let parsed;
    try {
      parsed = attributes.value.trim() ? JSON.parse(attributes.value) : {};
    } catch {
      flash.error('Os atributos devem ser um objeto JSON, por exemplo {"origin": "console"}.');
      return;
    }
    try {
      const injected = await withBusy(submit, 'Injetando…',
        () => operatorApi.inject(queue.value.trim(), bodyValue(body.value), parsed));
      flash.success(h('span', { testid: 'inject-done' }, `Mensagem ${injected.message_id} posta na fila ${injected.queue}.`));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      flash.error(problemView(error, { fieldLabels: { body: 'Corpo', attributes: 'Atributos' } }));
    }
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'inject-title' },
    h('h2', { id: 'inject-title' }, 'Injetar uma mensagem'),
    h('p', { class: 'muted' }, 'Para testes: a mensagem vai à fila como um produtor a mandaria. Os consumidores a processam como qualquer outra.'),
    form);
}

function rate(value) {
  return value == null ? '—' : value.toLocaleString('pt-BR', { maximumFractionDigits: 1 });
}

function age(seconds) {
  if (seconds == null) return 'nenhum';
  if (seconds < 60) return `${count(seconds)} s`;
  if (seconds < 3600) return `${count(Math.floor(seconds / 60))} min`;
  return `${(seconds / 3600).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} h`;
}

/** JSON goes as JSON (the API sends its text), anything else as the text it is. */
function bodyValue(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
