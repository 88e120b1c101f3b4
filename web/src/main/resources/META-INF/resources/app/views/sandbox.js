import { h, replace } from '../dom.js';
import { api, ApiError, hasRole, messageFor } from '../api.js';
import { count, parseDate, shortDate, text } from '../format.js';
import { emptyState, failure, flash, loading, pageHead } from '../ui.js';

const PAGE_SIZE = 50;
const MAX_REPLY = 4096;
const CHANNELS = {
  whatsapp: { label: 'WhatsApp', icon: '💬' },
  email: { label: 'E-mail', icon: '✉' },
};

export const EMPTY_TEXT = 'Nenhuma mensagem no sandbox ainda. As mensagens aparecem aqui quando uma campanha for aprovada'
  + ' e a janela de envio estiver aberta (08h–18h, seg–sex, horário do lead).';

/** Sandbox: what the embedded channel recorded instead of sending, with simulated replies; #/sandbox?pagina=2. */
export async function render(root, ctx) {
  const page = Math.max(0, (Number.parseInt(ctx.params.get('pagina'), 10) || 1) - 1);
  const body = h('div', { class: 'stack', 'aria-busy': 'true' }, loading('Carregando mensagens…'));
  const refresh = h('button', { type: 'button', class: 'button button--ghost', testid: 'sandbox-refresh' }, 'Atualizar');
  let user = null;
  replace(root,
    h('div', { class: 'head-row' },
      pageHead('Sandbox', 'O canal de testes registra o que teria sido enviado aos seus leads, sem enviar nada de verdade.'),
      refresh),
    body);
  refresh.addEventListener('click', () => load(body, ctx, page, user));

  try {
    user = await ctx.user();
  } catch (error) {
    if (!ctx.isCurrent() || error?.status === 401) return;
  }
  await load(body, ctx, page, user);
}

async function load(body, ctx, page, user, focusMessage) {
  body.setAttribute('aria-busy', 'true');
  let reply;
  try {
    reply = await api.sandbox(page, PAGE_SIZE);
  } catch (error) {
    if (!ctx.isCurrent()) return;
    body.removeAttribute('aria-busy');
    if (error?.status === 401) return;
    replace(body, failure(messageFor(error), () => load(body, ctx, page, user)));
    return;
  }
  if (!ctx.isCurrent()) return;
  body.removeAttribute('aria-busy');

  const items = Array.isArray(reply?.items) ? reply.items : [];
  const total = Number(reply?.total) || 0;
  const pages = Math.max(1, Math.ceil(total / (Number(reply?.size) || PAGE_SIZE)));
  if (items.length === 0 && page === 0) {
    replace(body, emptyState('sandbox-empty', EMPTY_TEXT));
    return;
  }
  const canReply = hasRole(user, 'operator');
  const reload = (id) => load(body, ctx, page, user, id);
  const go = (target) => ctx.navigate(`sandbox?pagina=${target + 1}`);
  replace(body,
    canReply
      ? h('p', { class: 'hint' }, 'Simule a resposta de um lead para ver o que acontece: responda SAIR para simular um descadastro.')
      : h('p', { class: 'hint', testid: 'sandbox-readonly' }, 'Somente operadores, gestores e administradores simulam respostas.'),
    h('ol', { class: 'inbox', testid: 'sandbox-list', 'aria-label': 'Mensagens registradas' },
      items.map((message) => h('li', {}, messageCard(message, canReply, reload)))),
    pages > 1 || page > 0
      ? h('nav', { class: 'pager', 'aria-label': 'Paginação do sandbox' },
        h('button', { type: 'button', class: 'button button--ghost', disabled: page <= 0, onclick: () => go(page - 1) }, '← Mais novas'),
        h('p', { class: 'pager__info' }, `Página ${page + 1} de ${pages} · ${count(total)} ${total === 1 ? 'mensagem' : 'mensagens'}`),
        h('button', { type: 'button', class: 'button button--ghost', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, 'Mais antigas →'))
      : null);
  if (focusMessage) {
    body.querySelector(`[data-message-id="${CSS.escape(focusMessage)}"] .inbox-message__replies`)?.focus();
  }
}

function time(value) {
  const parsed = parseDate(value);
  return h('time', { datetime: parsed ? parsed.toISOString() : undefined }, shortDate(value));
}

function messageCard(message, canReply, reload) {
  const channel = CHANNELS[message.canal] ?? { label: text(message.canal), icon: '•' };
  const titleId = `sandbox-${message.id}-title`;
  const replies = Array.isArray(message.respostas) ? message.respostas : [];
  return h('article', {
    class: `inbox-message card inbox-message--${String(message.canal ?? '').replace(/[^a-z]/g, '')}`,
    testid: 'sandbox-message', dataset: { messageId: message.id, canal: message.canal }, 'aria-labelledby': titleId,
  },
  h('header', { class: 'inbox-message__head' },
    h('span', { class: 'inbox-message__icon', 'aria-hidden': 'true' }, channel.icon),
    h('div', { class: 'inbox-message__who' },
      h('h2', { class: 'inbox-message__title', id: titleId },
        h('span', { class: 'visually-hidden' }, `${channel.label} para `),
        h('span', { testid: 'sandbox-recipient' }, text(message.destinatario))),
      h('p', { class: 'inbox-message__meta' },
        h('span', { class: `channel channel--${message.canal}`, testid: 'sandbox-channel' }, channel.label),
        ' · ', text(message.empresa), ' · ', time(message.created_at)))),
  message.assunto
    ? h('p', { class: 'message__subject', testid: 'sandbox-subject' }, h('span', { class: 'message__label' }, 'Assunto: '), message.assunto)
    : null,
  h('div', { class: `message-bubble message-bubble--${message.canal === 'whatsapp' ? 'whatsapp' : 'email'}`, testid: 'sandbox-body' },
    text(message.corpo)),
  message.modelo ? h('p', { class: 'message__template', testid: 'sandbox-template' }, `modelo aprovado: ${message.modelo}`) : null,
  h('div', { class: 'inbox-message__replies', tabindex: '-1', 'aria-label': `Respostas de ${text(message.destinatario)}` },
    replies.map((answer) => h('div', { class: 'reply', testid: 'sandbox-reply' },
      h('p', { class: 'reply__label' }, 'Resposta do lead · ', time(answer.created_at)),
      h('div', { class: 'message-bubble message-bubble--reply' }, text(answer.texto))))),
  canReply ? replyForm(message, reload) : null);
}

function replyForm(message, reload) {
  const id = `reply-${message.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const textarea = h('textarea', {
    id, name: 'texto', rows: '2', maxlength: String(MAX_REPLY), required: true, testid: 'sandbox-reply-text',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  const error = h('p', { class: 'field__error', id: `${id}-error`, role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button--ghost', testid: 'sandbox-reply-submit' }, 'Simular resposta');
  const form = h('form', { class: 'reply-form', novalidate: true, testid: 'sandbox-reply-form' },
    h('div', { class: 'field' },
      h('label', { for: id }, 'Simular resposta do lead'),
      textarea,
      h('p', { class: 'field__hint', id: `${id}-hint` }, 'Responda SAIR para simular um descadastro.'),
      error),
    h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const texto = textarea.value.trim();
    if (!texto) {
      error.textContent = 'Escreva a resposta do lead.';
      error.hidden = false;
      textarea.focus();
      return;
    }
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    submit.textContent = 'Enviando…';
    let reply;
    try {
      reply = await api.sandboxReply(message.id, texto);
    } catch (failed) {
      if (failed?.status === 401) return;
      const violation = failed instanceof ApiError ? failed.violations.find((v) => v.field === 'texto') : null;
      error.textContent = violation ? `Resposta inválida: ${violation.message}` : messageFor(failed);
      error.hidden = false;
      textarea.focus();
      return;
    } finally {
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
      submit.textContent = 'Simular resposta';
    }
    flash.success(reply?.descadastro
      ? `Resposta registrada: ${text(message.empresa)} pediu para sair e foi descadastrado.`
      : `Resposta registrada para ${text(message.empresa)}.`);
    await reload(message.id);
  });
  return form;
}
