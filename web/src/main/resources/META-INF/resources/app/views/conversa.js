import { h, replace } from '../dom.js';
import { api, hasRole } from '../api.js';
import { heldSends, intention, labels, nextStep, objection, phone, plural, text } from '../format.js';
import {
  badge, channelTag, confirmAction, emptyState, flash, loadInto, loading, pageHead, problemView, sentimentBadge, timeEl, userWithRole,
  withBusy,
} from '../ui.js';

/**
 * A lead's conversation, #/conversa?lead=…: the whole history as a chat (what went out on the right, what
 * the lead wrote on the left, with how it felt and what comes next), the lead's status, and the sends to
 * the company's other people held since it answered, which an operator may release.
 */
export async function render(root, ctx) {
  const leadId = ctx.params.get('lead');
  if (!leadId) {
    ctx.navigate('conversas');
    return;
  }
  const head = h('div', {}, pageHead('Conversa'));
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando a conversa…'));
  replace(root, h('p', { class: 'back-link' }, h('a', { href: '#/conversas', testid: 'conversa-back' }, '← Conversas')), head, body);
  await load({ ctx, leadId, head, body });
}

async function load(view) {
  const loaded = await loadInto(view.body, view.ctx, () => Promise.all([api.conversation(view.leadId), userWithRole(view.ctx)]),
    () => load(view), { headlines: { 404: 'Lead não encontrado.' } });
  if (loaded === undefined) return;
  const [conversa, user] = loaded;
  show(view, conversa, user);
}

function show(view, conversa, user) {
  document.title = `${text(conversa.empresa)} · Conversas · Alquimista.AI`;
  replace(view.head, pageHead(text(conversa.empresa), conversa.contato ? `Conversa com ${conversa.contato}` : null));
  const mensagens = Array.isArray(conversa.mensagens) ? conversa.mensagens : [];
  replace(view.body,
    h('section', { class: 'card section', 'aria-labelledby': 'conversa-lead-title', testid: 'conversa-lead' },
      h('div', { class: 'section__head' },
        h('h2', { class: 'section-title', id: 'conversa-lead-title', tabindex: '-1' }, 'Lead'),
        badge('lead', conversa.status, labels.leadStatus, { shape: 'pill', testid: 'conversa-status' })),
      h('dl', { class: 'facts' },
        fact('Contato', text(conversa.contato), 'conversa-contato'),
        fact('Telefone', conversa.telefone
          ? h('a', { href: `tel:${String(conversa.telefone).replace(/[^+\d]/g, '')}` }, phone(conversa.telefone))
          : '—', 'conversa-telefone'),
        fact('E-mail', conversa.email ? h('a', { href: `mailto:${conversa.email}` }, conversa.email) : '—', 'conversa-email'),
        fact('Ficha', h('a', { href: `#/lead?id=${encodeURIComponent(view.leadId)}`, testid: 'conversa-lead-link' }, 'Ver o lead'))),
      conversa.em_revisao
        ? h('p', { class: 'hint', testid: 'conversa-em-revisao' }, 'Uma resposta a este lead espera por uma pessoa: ',
          h('a', { href: '#/conversas?aba=revisao' }, 'abrir a revisão'), '.')
        : null,
      heldCompanySends(view, conversa, user)),
    h('section', { class: 'card section', 'aria-labelledby': 'conversa-chat-title', testid: 'conversa-historico' },
      h('h2', { class: 'section-title', id: 'conversa-chat-title' }, 'Histórico'),
      mensagens.length
        ? h('ol', { class: 'chat', testid: 'conversa-mensagens', 'aria-label': `Mensagens, ${plural(mensagens.length, 'mensagem', 'mensagens')}, da mais antiga à mais recente` },
          mensagens.map((mensagem) => chatMessage(mensagem, conversa)))
        : emptyState('conversa-vazia', 'Nenhuma mensagem trocada com este lead ainda.')));
}

function fact(term, value, testid) {
  return h('div', {}, h('dt', {}, term), h('dd', { testid }, value));
}

/** "3 envios para outras pessoas da empresa estão retidos" and, for operators, "Retomar". */
function heldCompanySends(view, conversa, user) {
  const held = Number(conversa.envios_retidos_da_conta) || 0;
  if (held <= 0) return null;
  const canRelease = hasRole(user, 'operator');
  const button = canRelease
    ? h('button', { type: 'button', class: 'button button--ghost', testid: 'conversa-retomar' }, 'Retomar')
    : null;
  button?.addEventListener('click', () => release(view, conversa, held, button));
  return h('div', { class: 'held', testid: 'conversa-retidos', dataset: { retidos: String(held) } },
    h('p', { class: 'held__text' }, `${heldSends(held)}: o lead respondeu, e a empresa só volta a ser contatada quando alguém decidir.`),
    button ?? h('p', { class: 'note' }, 'Somente operadores, gestores e administradores retomam os envios.'));
}

async function release(view, conversa, held, button) {
  const confirmed = await confirmAction({
    title: 'Retomar envios',
    message: `Retomar ${plural(held, 'envio', 'envios')} para outras pessoas de ${text(conversa.empresa)}? `
      + 'Eles seguem dentro da janela de envio.',
    confirmLabel: 'Retomar',
  });
  if (!confirmed) {
    button.focus();
    return;
  }
  let reply;
  try {
    reply = await withBusy(button, 'Retomando…', () => api.releaseCompany(view.leadId));
  } catch (error) {
    if (error?.status === 401) return;
    flash.error(problemView(error));
    button.focus();
    return;
  }
  if (!view.ctx.isCurrent()) return;
  const released = Number(reply?.envios_liberados) || 0;
  flash.success(released
    ? `${plural(released, 'envio liberado', 'envios liberados')} para outras pessoas da empresa.`
    : 'Nenhum envio estava mais retido.');
  await load(view);
  view.body.querySelector('#conversa-lead-title')?.focus();
}

/** One message of the chat: what went out on the right, what the lead wrote on the left with how Atendimento read it. */
function chatMessage(mensagem, conversa) {
  const received = mensagem.tipo === 'recebido';
  const who = received ? text(conversa.contato ?? conversa.empresa) : 'Você';
  return h('li', {
    class: `chat__item chat__item--${received ? 'recebido' : 'enviado'}`, testid: 'conversa-mensagem',
    dataset: { tipo: String(mensagem.tipo ?? ''), mensagemId: String(mensagem.id ?? '') },
  },
  h('p', { class: 'chat__meta' },
    h('span', { class: 'chat__who' }, who), ' · ', channelTag(mensagem.canal), ' · ', timeEl(mensagem.created_at)),
  h('div', { class: `message-bubble chat__bubble chat__bubble--${received ? 'recebido' : 'enviado'}`, testid: 'conversa-mensagem-texto' },
    text(mensagem.texto)),
  received ? reading(mensagem) : null);
}

/** How Atendimento read a reply: sentiment and intensity, the intention (and objection) and the next step. */
function reading(mensagem) {
  if (!mensagem.sentimento && !mensagem.intencao && !mensagem.proximo_passo) {
    return h('p', { class: 'chat__reading note' }, 'Ainda não analisada.');
  }
  const intent = mensagem.intencao
    ? `${intention(mensagem.intencao)}${mensagem.objecao ? ` (${objection(mensagem.objecao).toLocaleLowerCase('pt-BR')})` : ''}`
    : null;
  return h('p', { class: 'chat__reading', testid: 'conversa-leitura' },
    sentimentBadge(mensagem.sentimento, mensagem.intensidade, 'conversa-sentimento'),
    intent ? h('span', { class: 'chat__fact', testid: 'conversa-intencao' }, h('span', { class: 'chat__term' }, 'Intenção: '), intent) : null,
    mensagem.proximo_passo
      ? h('span', { class: 'chat__fact', testid: 'conversa-proximo-passo' }, h('span', { class: 'chat__term' }, 'Próximo passo: '),
        nextStep(mensagem.proximo_passo))
      : null);
}
