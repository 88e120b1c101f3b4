import { h, replace } from '../dom.js';
import { api, ApiError, hasRole } from '../api.js';
import { channel, excerpt, labels, nextStep, phone, text } from '../format.js';
import {
  badge, channelTag, confirmAction, emptyState, failure, fieldProblems, flash, loadInto, loading, messageBubble, pageHead, pageOf,
  pager, problemView, sentimentBadge, table, timeEl, userWithRole, withBusy,
} from '../ui.js';

const PAGE_SIZE = 20;
const MAX_REPLY = 4096;

/** The tabs, in order: the hash names the one shown (#/conversas?aba=revisao). */
const TABS = [
  { key: 'conversas', label: 'Conversas', load: loadConversations },
  { key: 'revisao', label: 'Revisão', load: loadReview },
  { key: 'orfas', label: 'Órfãs', load: loadOrphans },
];

/**
 * Conversas: #/conversas?aba=conversas|revisao|orfas&pagina=2. The tabs switch in place (the hash follows,
 * without drawing the page again), so the focus stays on the tab a keyboard user chose.
 */
export async function render(root, ctx) {
  const asked = ctx.params.get('aba');
  const current = TABS.find((tab) => tab.key === asked) ?? TABS[0];
  const view = { ctx, user: null, tabs: new Map(), panel: null };
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Conversas', testid: 'conversas-tabs' },
    TABS.map((tab) => {
      const button = h('button', {
        type: 'button', role: 'tab', id: `tab-${tab.key}`, class: 'tabs__tab', testid: `tab-${tab.key}`,
        'aria-controls': 'conversas-panel', 'aria-selected': 'false', tabindex: '-1',
        onclick: () => select(view, tab, 0),
        onkeydown: (event) => moveAcrossTabs(view, tab, event),
      }, tab.label, h('span', { class: 'tabs__count', testid: `tab-${tab.key}-count`, hidden: true }));
      view.tabs.set(tab.key, button);
      return button;
    }));
  view.panel = h('div', { class: 'stack tabs__panel', id: 'conversas-panel', role: 'tabpanel', testid: 'conversas-panel', tabindex: '0' },
    loading('Carregando…'));
  replace(root,
    pageHead('Conversas', 'O que seus leads responderam, o que o agente Atendimento respondeu e as respostas que esperam por uma pessoa.'),
    tablist,
    view.panel);
  view.user = await userWithRole(ctx);
  if (!ctx.isCurrent()) return;
  countWaiting(view);
  await select(view, current, pageFromHash(ctx), { keepHash: true });
}

function pageFromHash(ctx) {
  return Math.max(0, (Number.parseInt(ctx.params.get('pagina'), 10) || 1) - 1);
}

/** Shows a tab and its page; the hash follows (replaceState: no new render, no history entry per click). */
async function select(view, tab, page, { keepHash = false } = {}) {
  view.current = tab;
  for (const [key, button] of view.tabs) {
    const selected = key === tab.key;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
  view.panel.setAttribute('aria-labelledby', `tab-${tab.key}`);
  view.panel.dataset.tab = tab.key;
  if (!keepHash) {
    const hash = `#/conversas?aba=${tab.key}${page > 0 ? `&pagina=${page + 1}` : ''}`;
    history.replaceState(history.state, '', hash);
  }
  replace(view.panel, loading('Carregando…'));
  await tab.load(view, page);
}

/** Arrows, Home and End move between the tabs (the WAI-ARIA tabs pattern, automatic activation). */
function moveAcrossTabs(view, tab, event) {
  const index = TABS.indexOf(tab);
  const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
  if (!Object.hasOwn(moves, event.key)) return;
  event.preventDefault();
  const target = TABS[(moves[event.key] + TABS.length) % TABS.length];
  view.tabs.get(target.key).focus();
  select(view, target, 0);
}

/** How many replies wait for a person, next to the Revisão tab's name. */
async function countWaiting(view) {
  const counter = view.tabs.get('revisao').querySelector('.tabs__count');
  try {
    const reply = await api.reviewQueue(0, 1);
    const total = Number(reply?.total) || 0;
    counter.textContent = total ? ` (${total})` : '';
    counter.hidden = !total;
  } catch (error) {
    // The Revisão tab says what failed when it is opened; the count is only a hint.
    counter.hidden = true;
    if (error?.status !== 401) console.warn('GET /api/conversas/revisao falhou', error);
  }
}

function stillShowing(view, tab) {
  return view.ctx.isCurrent() && view.current === tab;
}

/** loadInto for the panel, but only while the same tab is shown. */
async function loadPanel(view, tab, fetch, retry, problem) {
  const ctx = { isCurrent: () => stillShowing(view, tab) };
  return loadInto(view.panel, ctx, fetch, retry, problem);
}

// ---------- Conversas ----------

const CONVERSATION_COLUMNS = [
  {
    label: 'Empresa',
    cell: (item) => [
      h('a', { href: `#/conversa?lead=${encodeURIComponent(item.lead_id)}`, class: 'table__link', testid: 'conversa-empresa' }, text(item.empresa)),
      h('span', { class: 'table__sub', testid: 'conversa-contato' }, text(item.contato)),
    ],
  },
  {
    label: 'Última mensagem',
    className: 'table__wrap',
    cell: (item) => [
      h('span', { testid: 'conversa-ultima' },
        item.ultima_tipo === 'enviado' ? h('span', { class: 'conversation__you' }, 'Você: ') : null,
        excerpt(item.ultima_mensagem)),
      h('span', { class: 'table__sub' }, timeEl(item.ultima_em)),
    ],
  },
  { label: 'Sentimento', cell: (item) => sentimentBadge(item.sentimento, item.intensidade, 'conversa-sentimento') ?? '—' },
  {
    label: 'Próximo passo',
    className: 'table__wrap',
    cell: (item) => [
      h('span', { testid: 'conversa-proximo-passo' }, item.proximo_passo ? nextStep(item.proximo_passo) : '—'),
      item.em_revisao ? [' ', h('span', { class: 'badge badge--review', testid: 'conversa-em-revisao' }, 'revisão')] : null,
    ],
  },
  { label: 'Status', cell: (item) => (item.status ? badge('lead', item.status, labels.leadStatus, { shape: 'pill', testid: 'conversa-status' }) : '—') },
];

async function loadConversations(view, page) {
  const tab = TABS[0];
  const reply = await loadPanel(view, tab, () => api.conversations(page, PAGE_SIZE), () => loadConversations(view, page));
  if (reply === undefined) return;
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  if (items.length === 0 && page === 0) {
    replace(view.panel, emptyState('conversas-empty',
      'Nenhuma conversa ainda. Quando um lead responder a uma campanha, a conversa aparece aqui.'));
    return;
  }
  replace(view.panel,
    h('div', { class: 'table-wrap card' }, table({
      caption: `Conversas, mais recentes primeiro, página ${page + 1} de ${pages}`,
      testid: 'conversas-table',
      columns: CONVERSATION_COLUMNS,
      items,
      row: (item) => ({ testid: 'conversa-row', dataset: { leadId: item.lead_id, emRevisao: String(!!item.em_revisao) } }),
      empty: 'Nenhuma conversa nesta página.',
    })),
    pager({
      page, pages, total, noun: ['conversa', 'conversas'], label: 'Paginação das conversas', testid: 'conversas',
      go: (target) => select(view, tab, target),
    }));
}

// ---------- Revisão ----------

async function loadReview(view, page, focusAfter) {
  const tab = TABS[1];
  const reply = await loadPanel(view, tab, () => api.reviewQueue(page, PAGE_SIZE), () => loadReview(view, page));
  if (reply === undefined) return;
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  const counter = view.tabs.get('revisao').querySelector('.tabs__count');
  counter.textContent = total ? ` (${total})` : '';
  counter.hidden = !total;
  if (items.length === 0 && page === 0) {
    replace(view.panel, emptyState('revisao-empty', 'Nenhuma resposta esperando revisão.'));
    if (focusAfter) view.panel.focus();
    return;
  }
  const canDecide = hasRole(view.user, 'operator');
  const reload = () => loadReview(view, page, true);
  replace(view.panel,
    canDecide
      ? h('p', { class: 'hint' }, 'Estas respostas esperam por você: revise o rascunho, edite se quiser e envie, ou descarte.')
      : h('p', { class: 'hint', testid: 'revisao-readonly' }, 'Somente operadores, gestores e administradores enviam ou descartam respostas.'),
    h('ol', { class: 'inbox', testid: 'revisao-list', 'aria-label': 'Respostas esperando revisão' },
      items.map((item) => h('li', {}, item.tipo === 'envio_incerto'
        ? uncertainSendCard(item, canDecide, reload)
        : reviewCard(item, canDecide, reload)))),
    pager({
      page, pages, total, noun: ['resposta', 'respostas'], label: 'Paginação da revisão', testid: 'revisao',
      go: (target) => select(view, tab, target),
    }));
  if (focusAfter) view.panel.querySelector('.inbox-message')?.focus();
}

/**
 * A send whose outcome nobody knows (Disparo never sends it again by itself): a person checks whether it arrived and
 * confirms it, sends it again as it went, or gives it up.
 */
function uncertainSendCard(item, canDecide, reload) {
  const titleId = `revisao-${item.id}-title`.replace(/[^A-Za-z0-9_-]/g, '_');
  const error = h('div', { class: 'field__error', role: 'alert', testid: 'revisao-erro', hidden: true });
  const act = (button, busy, call, done) => async () => {
    error.hidden = true;
    try {
      await withBusy(button, busy, call);
    } catch (failed) {
      if (failed?.status === 401) return;
      replace(error, problemView(failed, { headlines: { 404: 'Este envio não está mais na fila.', 409: 'Este envio já foi decidido.' } }));
      error.hidden = false;
      return;
    }
    flash.success(done);
    await reload();
  };
  const arrived = h('button', { type: 'button', class: 'button button--primary', testid: 'revisao-confirmar' }, 'Chegou: marcar como enviado');
  const again = h('button', { type: 'button', class: 'button', testid: 'revisao-reenviar' }, 'Não chegou: enviar de novo');
  const giveUp = h('button', { type: 'button', class: 'button button--ghost', testid: 'revisao-desistir' }, 'Desistir');
  arrived.addEventListener('click', act(arrived, 'Marcando…', () => api.confirmSend(item.id), 'Envio marcado como enviado.'));
  again.addEventListener('click', act(again, 'Agendando…', () => api.approveReply(item.id), 'Envio agendado de novo.'));
  giveUp.addEventListener('click', async () => {
    const confirmed = await confirmAction({
      title: 'Desistir do envio',
      message: `Desistir do envio para ${text(item.empresa)}? Nada mais será enviado nesta etapa.`,
      confirmLabel: 'Desistir',
      danger: true,
    });
    if (confirmed) await act(giveUp, 'Desistindo…', () => api.discardReply(item.id), 'Envio encerrado sem reenvio.')();
  });
  return h('article', {
    class: `inbox-message card review inbox-message--${item.canal === 'whatsapp' ? 'whatsapp' : 'email'}`,
    testid: 'revisao-item', dataset: { revisaoId: item.id, leadId: item.lead_id, tipo: item.tipo }, 'aria-labelledby': titleId, tabindex: '-1',
  },
  h('header', { class: 'inbox-message__head' },
    h('div', { class: 'inbox-message__who' },
      h('h2', { class: 'inbox-message__title', id: titleId },
        h('a', { href: `#/conversa?lead=${encodeURIComponent(item.lead_id)}`, testid: 'revisao-empresa' }, text(item.empresa)),
        item.contato ? h('span', { class: 'review__contact' }, ` · ${item.contato}`) : null),
      h('p', { class: 'inbox-message__meta' },
        h('span', { class: 'badge badge--review', testid: 'revisao-envio-incerto' }, 'envio incerto'), ' ',
        channelTag(item.canal, 'revisao-canal'), ' · para ', text(item.destinatario), ' · ', timeEl(item.created_at)))),
  h('dl', { class: 'facts review__facts' },
    h('div', {}, h('dt', {}, 'Por que espera'), h('dd', { testid: 'revisao-motivo' }, text(item.motivo)))),
  h('div', { class: 'review__draft' },
    h('p', { class: 'reply__label' }, 'Mensagem como foi enviada'),
    messageBubble({ body: item.rascunho ?? '', canal: item.canal === 'whatsapp' ? 'whatsapp' : 'email', testid: 'revisao-rascunho' })),
  canDecide ? h('div', {}, error, h('div', { class: 'form-actions' }, giveUp, again, arrived)) : null);
}

function reviewCard(item, canDecide, reload) {
  const titleId = `revisao-${item.id}-title`.replace(/[^A-Za-z0-9_-]/g, '_');
  return h('article', {
    class: `inbox-message card review inbox-message--${item.canal === 'whatsapp' ? 'whatsapp' : 'email'}`,
    testid: 'revisao-item', dataset: { revisaoId: item.id, leadId: item.lead_id }, 'aria-labelledby': titleId, tabindex: '-1',
  },
  h('header', { class: 'inbox-message__head' },
    h('div', { class: 'inbox-message__who' },
      h('h2', { class: 'inbox-message__title', id: titleId },
        h('a', { href: `#/conversa?lead=${encodeURIComponent(item.lead_id)}`, testid: 'revisao-empresa' }, text(item.empresa)),
        item.contato ? h('span', { class: 'review__contact' }, ` · ${item.contato}`) : null),
      h('p', { class: 'inbox-message__meta' },
        channelTag(item.canal, 'revisao-canal'), ' · ', timeEl(item.created_at)))),
  h('div', { class: 'review__lead' },
    h('p', { class: 'reply__label' }, 'O lead escreveu ', sentimentBadge(item.sentimento, item.intensidade, 'revisao-sentimento')),
    h('div', { class: 'message-bubble message-bubble--received', testid: 'revisao-mensagem' }, text(item.mensagem_do_lead))),
  h('dl', { class: 'facts review__facts' },
    h('div', {}, h('dt', {}, 'Por que espera'), h('dd', { testid: 'revisao-motivo' }, text(item.motivo))),
    h('div', {}, h('dt', {}, 'Próximo passo'), h('dd', { testid: 'revisao-proximo-passo' }, item.proximo_passo ? nextStep(item.proximo_passo) : '—'))),
  canDecide ? reviewForm(item, reload) : readOnlyDraft(item));
}

function readOnlyDraft(item) {
  return h('div', { class: 'review__draft' },
    h('p', { class: 'reply__label' }, 'Rascunho do agente'),
    item.rascunho
      ? messageBubble({ body: item.rascunho, canal: item.canal === 'whatsapp' ? 'whatsapp' : 'email', testid: 'revisao-rascunho' })
      : h('p', { class: 'note', testid: 'revisao-sem-rascunho' }, 'Sem rascunho: uma pessoa precisa escrever a resposta.'));
}

function reviewForm(item, reload) {
  const id = `revisao-${item.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const draft = item.rascunho ?? '';
  const textarea = h('textarea', {
    id: `${id}-texto`, name: 'texto', rows: '5', maxlength: String(MAX_REPLY), required: true, testid: 'revisao-texto',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  textarea.value = draft;
  const error = h('div', { class: 'field__error', id: `${id}-error`, role: 'alert', testid: 'revisao-erro', hidden: true });
  const send = h('button', { type: 'submit', class: 'button button--primary', testid: 'revisao-enviar' }, 'Enviar');
  const discard = h('button', { type: 'button', class: 'button button--ghost', testid: 'revisao-descartar' }, 'Descartar');
  const form = h('form', { class: 'reply-form', novalidate: true, testid: 'revisao-form' },
    h('div', { class: 'field' },
      h('label', { for: `${id}-texto` }, 'Resposta que será enviada'),
      textarea,
      h('p', { class: 'field__hint', id: `${id}-hint` }, draft
        ? 'Rascunho do agente Atendimento: edite à vontade antes de enviar.'
        : 'Sem rascunho: o agente não responde sozinho a esta mensagem. Escreva a resposta.'),
      error),
    h('div', { class: 'form-actions' }, discard, send));

  const showError = (content) => {
    replace(error, content);
    error.hidden = false;
    textarea.setAttribute('aria-invalid', 'true');
    textarea.focus();
  };
  const clearError = () => {
    error.hidden = true;
    error.textContent = '';
    textarea.removeAttribute('aria-invalid');
  };
  const decided = async (failed, refused) => {
    if (failed?.status === 401) return;
    if (failed instanceof ApiError && failed.status === 409) {
      showError([h('p', {}, 'Esta resposta já foi decidida por outra pessoa.'),
        h('button', { type: 'button', class: 'button button--ghost', onclick: reload }, 'Atualizar a fila')]);
      return;
    }
    const problems = failed instanceof ApiError ? failed.errors.filter((e) => e.field === 'texto') : [];
    if (problems.length) {
      showError([h('p', {}, refused), fieldProblems(problems.map((p) => ({ field: '', problem: p.problem })), {}, 'revisao-erro-motivos')]);
      return;
    }
    showError(problemView(failed, { headlines: { 404: 'Esta resposta não está mais na fila.' } }));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    const texto = textarea.value.trim();
    if (!texto) {
      showError('Escreva a resposta antes de enviar.');
      return;
    }
    try {
      await withBusy(send, 'Enviando…', () => api.approveReply(item.id, texto === draft.trim() ? undefined : texto));
    } catch (failed) {
      await decided(failed, 'A resposta não pode ser enviada assim:');
      return;
    }
    flash.success(`Resposta enviada para ${text(item.contato ?? item.empresa)} (${channel(item.canal)}).`);
    await reload();
  });
  discard.addEventListener('click', async () => {
    clearError();
    const confirmed = await confirmAction({
      title: 'Descartar resposta',
      message: `Descartar a resposta para ${text(item.empresa)}? Nada será enviado ao lead.`,
      confirmLabel: 'Descartar',
      danger: true,
    });
    if (!confirmed) {
      discard.focus();
      return;
    }
    try {
      await withBusy(discard, 'Descartando…', () => api.discardReply(item.id));
    } catch (failed) {
      await decided(failed, 'A resposta não pôde ser descartada.');
      return;
    }
    flash.success(`Resposta para ${text(item.empresa)} descartada: nada foi enviado.`);
    await reload();
  });
  return form;
}

// ---------- Órfãs ----------

async function loadOrphans(view, page) {
  const tab = TABS[2];
  let reply;
  const ctx = { isCurrent: () => stillShowing(view, tab) };
  view.panel.setAttribute('aria-busy', 'true');
  try {
    reply = await api.orphans(page, PAGE_SIZE);
  } catch (error) {
    if (!ctx.isCurrent() || error?.status === 401) return;
    view.panel.removeAttribute('aria-busy');
    if (error instanceof ApiError && error.status === 404) {
      replace(view.panel, emptyState('orfas-indisponivel', 'Mensagens órfãs: indisponível neste ambiente.'));
      return;
    }
    replace(view.panel, failure(problemView(error), () => loadOrphans(view, page)));
    return;
  }
  if (!ctx.isCurrent()) return;
  view.panel.removeAttribute('aria-busy');
  const { items, total, pages } = pageOf(reply, PAGE_SIZE);
  if (items.length === 0 && page === 0) {
    replace(view.panel, emptyState('orfas-empty',
      'Nenhuma mensagem órfã. Aqui aparecem mensagens de quem não é um dos seus leads, para você atribuir a um lead ou descartar.'));
    return;
  }
  const canDecide = hasRole(view.user, 'operator');
  const reload = () => loadOrphans(view, page);
  const leads = { request: null };
  replace(view.panel,
    h('p', { class: 'hint' }, canDecide
      ? 'Mensagens de remetentes que não reconhecemos entre seus leads: atribua cada uma ao lead certo ou descarte.'
      : 'Mensagens de remetentes que não reconhecemos entre seus leads. Somente operadores, gestores e administradores as atribuem.'),
    h('ol', { class: 'inbox', testid: 'orfas-list', 'aria-label': 'Mensagens órfãs' },
      items.map((item) => h('li', {}, orphanCard(item, canDecide, reload, leads)))),
    pager({
      page, pages, total, noun: ['mensagem', 'mensagens'], label: 'Paginação das mensagens órfãs', testid: 'orfas',
      go: (target) => select(view, tab, target),
    }));
}

function orphanCard(item, canDecide, reload, leads) {
  const titleId = `orfa-${item.id}-title`.replace(/[^A-Za-z0-9_-]/g, '_');
  const sender = item.canal === 'whatsapp' ? phone(item.remetente) : text(item.remetente);
  return h('article', {
    class: `inbox-message card inbox-message--${item.canal === 'whatsapp' ? 'whatsapp' : 'email'}`,
    testid: 'orfa-item', dataset: { orfaId: item.id }, 'aria-labelledby': titleId,
  },
  h('header', { class: 'inbox-message__head' },
    h('div', { class: 'inbox-message__who' },
      h('h2', { class: 'inbox-message__title', id: titleId }, h('span', { class: 'visually-hidden' }, 'Mensagem de '), sender),
      h('p', { class: 'inbox-message__meta' }, channelTag(item.canal), ' · ', timeEl(item.recebida_em ?? item.created_at)))),
  h('div', { class: 'message-bubble message-bubble--received', testid: 'orfa-texto' }, text(item.texto)),
  canDecide ? orphanActions(item, reload, leads) : null);
}

function orphanActions(item, reload, leads) {
  const id = `orfa-${item.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const choice = h('select', { id: `${id}-lead`, name: 'lead_id', testid: 'orfa-lead', disabled: true },
    h('option', { value: '' }, 'Carregando leads…'));
  const error = h('div', { class: 'field__error', role: 'alert', hidden: true });
  const assign = h('button', { type: 'submit', class: 'button button--primary', testid: 'orfa-atribuir', disabled: true }, 'Atribuir');
  const discard = h('button', { type: 'button', class: 'button button--ghost', testid: 'orfa-descartar' }, 'Descartar');
  const form = h('form', { class: 'reply-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: `${id}-lead` }, 'Atribuir ao lead'), choice, error),
    h('div', { class: 'form-actions' }, discard, assign));
  fillLeads(leads, choice, assign, error);
  const show = (content) => {
    replace(error, content);
    error.hidden = false;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!choice.value) {
      show('Escolha o lead que enviou esta mensagem.');
      choice.focus();
      return;
    }
    try {
      await withBusy(assign, 'Atribuindo…', () => api.assignOrphan(item.id, choice.value));
    } catch (failed) {
      if (failed?.status !== 401) show(problemView(failed, { headlines: { 409: 'Esta mensagem já foi atribuída ou descartada.' } }));
      return;
    }
    flash.success(`Mensagem atribuída a ${choice.selectedOptions[0]?.textContent ?? 'o lead'}.`);
    await reload();
  });
  discard.addEventListener('click', async () => {
    const confirmed = await confirmAction({
      title: 'Descartar mensagem', message: 'Descartar esta mensagem órfã? Ela não será atribuída a nenhum lead.',
      confirmLabel: 'Descartar', danger: true,
    });
    if (!confirmed) {
      discard.focus();
      return;
    }
    try {
      await withBusy(discard, 'Descartando…', () => api.discardOrphan(item.id));
    } catch (failed) {
      if (failed?.status !== 401) show(problemView(failed, { headlines: { 409: 'Esta mensagem já foi atribuída ou descartada.' } }));
      return;
    }
    flash.success('Mensagem órfã descartada.');
    await reload();
  });
  return form;
}

/** The lead choices, asked once for the page's cards: the newest 200 leads, "Empresa — Contato (telefone)". */
async function fillLeads(leads, choice, assign, error) {
  try {
    leads.request ??= api.leads(0, 200).then((reply) => (Array.isArray(reply?.items) ? reply.items : []));
    const items = await leads.request;
    replace(choice,
      h('option', { value: '' }, items.length ? 'Escolha um lead…' : 'Nenhum lead importado'),
      items.map((lead) => h('option', { value: lead.id },
        `${text(lead.empresa)} — ${text(lead.contato)}${lead.telefone ? ` (${phone(lead.telefone)})` : ''}`)));
    choice.disabled = items.length === 0;
    assign.disabled = items.length === 0;
  } catch (failed) {
    leads.request = null;
    if (failed?.status === 401) return;
    replace(choice, h('option', { value: '' }, 'Leads indisponíveis'));
    replace(error, problemView(failed));
    error.hidden = false;
  }
}
