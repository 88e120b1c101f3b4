import { h, replace } from '../dom.js';
import { api, ApiError, hasRole } from '../api.js';
import { channel, slug, text } from '../format.js';
import {
  channelTag, emptyState, flash, loadInto, loading, messageBubble, pageHead, pageOf, pageParam, pager, problemView, timeEl,
  userWithRole, withBusy,
} from '../ui.js';

const PAGE_SIZE = 50;
const MAX_REPLY = 4096;
const ICONS = { whatsapp: '💬', email: '✉' };

const EMPTY_TEXT = 'Nenhuma mensagem no sandbox ainda. As mensagens aparecem aqui quando uma campanha for aprovada'
  + ' e a janela de envio estiver aberta (08h–18h, seg–sex, horário do lead).';

/** Sandbox: what the embedded channel recorded instead of sending, with simulated replies; #/sandbox?pagina=2. */
export async function render(root, ctx) {
  const page = pageParam(ctx);
  const body = h('div', { class: 'stack' }, loading('Carregando mensagens…'));
  const refresh = h('button', { type: 'button', class: 'button button--ghost', testid: 'sandbox-refresh' }, 'Atualizar');
  replace(root,
    h('div', { class: 'head-row' },
      pageHead('Sandbox', 'O canal de testes registra o que teria sido enviado aos seus leads, sem enviar nada de verdade.'),
      refresh),
    body);
  refresh.addEventListener('click', () => load(body, ctx, page));
  await load(body, ctx, page);
}

async function load(body, ctx, page, focusMessage) {
  const loaded = await loadInto(body, ctx, () => Promise.all([api.sandbox(page, PAGE_SIZE), userWithRole(ctx)]),
    () => load(body, ctx, page));
  if (loaded === undefined) return;
  const [reply, user] = loaded;
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  if (items.length === 0 && page === 0) {
    replace(body, emptyState('sandbox-empty', EMPTY_TEXT));
    return;
  }
  const canReply = hasRole(user, 'operator');
  const reload = (id) => load(body, ctx, page, id);
  replace(body,
    canReply
      ? h('p', { class: 'hint' }, 'Simule a resposta de um lead para ver o que acontece: responda SAIR para simular um descadastro.')
      : h('p', { class: 'hint', testid: 'sandbox-readonly' }, 'Somente operadores, gestores e administradores simulam respostas.'),
    h('ol', { class: 'inbox', testid: 'sandbox-list', 'aria-label': 'Mensagens registradas' },
      items.map((message) => h('li', {}, messageCard(message, canReply, reload)))),
    pager({
      page, pages, total, noun: ['mensagem', 'mensagens'], label: 'Paginação do sandbox', testid: 'sandbox',
      previous: '← Mais novas', next: 'Mais antigas →',
      go: (target) => ctx.navigate(`sandbox?pagina=${target + 1}`),
    }));
  if (focusMessage) {
    body.querySelector(`[data-message-id="${CSS.escape(focusMessage)}"] .inbox-message__replies`)?.focus();
  }
}

function messageCard(message, canReply, reload) {
  const titleId = `sandbox-${message.id}-title`;
  const replies = Array.isArray(message.respostas) ? message.respostas : [];
  return h('article', {
    class: `inbox-message card inbox-message--${slug(message.canal)}`,
    testid: 'sandbox-message', dataset: { messageId: message.id, canal: message.canal }, 'aria-labelledby': titleId,
  },
  h('header', { class: 'inbox-message__head' },
    h('span', { class: 'inbox-message__icon', 'aria-hidden': 'true' }, Object.hasOwn(ICONS, message.canal) ? ICONS[message.canal] : '•'),
    h('div', { class: 'inbox-message__who' },
      h('h2', { class: 'inbox-message__title', id: titleId },
        h('span', { class: 'visually-hidden' }, `${channel(message.canal)} para `),
        h('span', { testid: 'sandbox-recipient' }, text(message.destinatario))),
      h('p', { class: 'inbox-message__meta' },
        channelTag(message.canal, 'sandbox-channel'),
        ' · ', text(message.empresa), ' · ', timeEl(message.created_at)))),
  messageBubble({
    subject: message.assunto, body: message.corpo, template: message.modelo,
    canal: message.canal === 'whatsapp' ? 'whatsapp' : 'email', testid: 'sandbox',
  }),
  Array.isArray(message.anexos) && message.anexos.length
    ? h('p', { class: 'message__template', testid: 'sandbox-anexos' }, `Anexos: ${message.anexos.map(text).join(', ')}`)
    : null,
  h('div', { class: 'inbox-message__replies', tabindex: '-1', 'aria-label': `Respostas de ${text(message.destinatario)}` },
    replies.map((answer) => h('div', { class: 'reply', testid: 'sandbox-reply' },
      h('p', { class: 'reply__label' }, 'Resposta do lead · ', timeEl(answer.created_at)),
      h('div', { class: 'message-bubble message-bubble--reply' }, text(answer.texto))))),
  canReply ? replyForm(message, reload) : null);
}

function replyForm(message, reload) {
  const id = `reply-${message.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const textarea = h('textarea', {
    id, name: 'texto', rows: '2', maxlength: String(MAX_REPLY), required: true, testid: 'sandbox-reply-text',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  const error = h('div', { class: 'field__error', id: `${id}-error`, role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button button--ghost', testid: 'sandbox-reply-submit' }, 'Simular resposta');
  const form = h('form', { class: 'reply-form', novalidate: true, testid: 'sandbox-reply-form' },
    h('div', { class: 'field' },
      h('label', { for: id }, 'Simular resposta do lead'),
      textarea,
      h('p', { class: 'field__hint', id: `${id}-hint` }, 'Responda SAIR para simular um descadastro.'),
      error),
    h('div', { class: 'form-actions' }, submit));
  const showError = (content) => {
    replace(error, content);
    error.hidden = false;
    textarea.focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const texto = textarea.value.trim();
    if (!texto) {
      showError('Escreva a resposta do lead.');
      return;
    }
    let reply;
    try {
      reply = await withBusy(submit, 'Enviando…', () => api.sandboxReply(message.id, texto));
    } catch (failed) {
      if (failed?.status === 401) return;
      const invalid = failed instanceof ApiError ? failed.errors.find((e) => e.field === 'texto') : null;
      showError(invalid ? `Resposta inválida: ${invalid.problem}` : problemView(failed));
      return;
    }
    flash.success(reply?.descadastro
      ? `Resposta registrada: ${text(message.empresa)} pediu para sair e foi descadastrado.`
      : `Resposta registrada para ${text(message.empresa)}.`);
    await reload(message.id);
  });
  return form;
}
