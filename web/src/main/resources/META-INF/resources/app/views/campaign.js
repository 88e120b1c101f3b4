import { h, replace } from '../dom.js';
import { api, ApiError, hasRole } from '../api.js';
import { channel, count, date, label, plural, rate, text } from '../format.js';
import {
  badge, channelTag, confirmAction, emptyState, failure, fieldProblems, flash, loadInto, loading, messageBubble, pageHead, pageOf, pager,
  problemView, table, timeEl, userWithRole, withBusy,
} from '../ui.js';
import { statusBadge } from './campaigns.js';

const SENDS_PAGE_SIZE = 50;
const PREVIEW_LIMIT = 5;
const STAGES = ['topo', 'meio', 'fundo'];
const STAGE_LABELS = { topo: 'Topo do funil', meio: 'Meio do funil', fundo: 'Fundo do funil' };
const DEFAULT_DAYS = { topo: 0, meio: 3, fundo: 7 };
const VARIABLES = ['primeiro_nome', 'contato', 'empresa', 'setor', 'remetente'];

const SEND_STATUS_LABELS = {
  agendado: 'Agendado',
  enviado: 'Enviado',
  bloqueado: 'Bloqueado',
  falhou: 'Falhou',
  cancelado: 'Cancelado',
  enviando: 'Enviando',
  incerto: 'Incerto (confirme antes de reenviar)',
};

/** Why a send waits or stopped, as Disparo records it, for people. */
const REASONS = {
  fora_do_horario: 'fora do horário comercial',
  feriado: 'feriado nacional',
  limite_hora: 'limite por hora atingido',
  limite_dia: 'limite diário atingido',
  tier_whatsapp: 'limite do tier do WhatsApp',
  intervalo_tenant: 'intervalo mínimo entre mensagens',
  intervalo_destinatario: 'intervalo mínimo entre mensagens',
};

function reason(value) {
  return label(REASONS, value);
}

const APPROVE_MESSAGE = 'As mensagens serão enviadas dentro da janela de envio: 08h–18h, seg–sex, no horário'
  + ' de cada lead e fora dos feriados nacionais.';

function stageLabel(etapa) {
  return label(STAGE_LABELS, etapa);
}

function daysLabel(days) {
  const number = Number(days) || 0;
  return number === 0 ? 'no início' : `${plural(number, 'dia', 'dias')} após o início`;
}

/** Campanha: #/campanha?id=…: plan, A/B split, messages (editable while a draft), preview, sends and actions. */
export async function render(root, ctx) {
  const id = ctx.params.get('id');
  if (!id) {
    ctx.navigate('campanhas');
    return;
  }
  const head = h('div', {}, pageHead('Campanha'));
  const body = h('div', { class: 'stack stack--loose' }, loading('Carregando a campanha…'));
  replace(root, h('p', { class: 'back-link' }, h('a', { href: '#/campanhas', testid: 'campaign-back' }, '← Campanhas')), head, body);

  const loaded = await loadInto(body, ctx, () => Promise.all([api.campaign(id), userWithRole(ctx)]), () => ctx.refresh(),
    { headlines: { 404: 'Campanha não encontrada.' } });
  if (loaded === undefined) return;
  const [campaign, user] = loaded;
  const view = { ctx, id, user, head, body };
  show(view, campaign);
}

/** Draws the whole campaign; the preview and the sends load in their own sections. */
function show(view, campaign) {
  view.campaign = campaign;
  const canManage = hasRole(view.user, 'manager');
  document.title = `${text(campaign.nome)} · Campanhas · Alquimista.AI`;
  replace(view.head, pageHead(text(campaign.nome), campaign.segmento ? `Segmento: ${campaign.segmento}` : null));
  const preview = h('section', { class: 'card section', 'aria-labelledby': 'preview-title', testid: 'campaign-preview' });
  const sends = h('section', { class: 'card section', 'aria-labelledby': 'sends-title', testid: 'campaign-sends-section' });
  replace(view.body,
    summary(view, campaign, canManage),
    h('div', { class: 'campaign-columns' }, plan(campaign), split(campaign)),
    messages(view, campaign, canManage && campaign.status === 'rascunho'),
    preview,
    sends);
  loadPreview(view, preview);
  loadSends(view, sends, { status: '', page: 0 });
}

function summary(view, campaign, canManage) {
  const envios = campaign.envios ?? {};
  return h('section', { class: 'card section campaign-summary', 'aria-labelledby': 'summary-title', testid: 'campaign-summary',
    dataset: { status: campaign.status } },
  h('div', { class: 'section__head' },
    h('h2', { class: 'section-title', id: 'summary-title', tabindex: '-1' }, 'Resumo'),
    statusBadge(campaign.status)),
  h('dl', { class: 'facts' },
    fact('Canal', channel(campaign.canal), 'campaign-channel'),
    fact('Leads', count(campaign.leads), 'campaign-leads'),
    fact('Importações', count(campaign.importacoes), 'campaign-imports'),
    fact('Criada em', timeEl(campaign.created_at, date)),
    campaign.approved_at ? fact('Aprovada', [timeEl(campaign.approved_at, date), campaign.approved_by ? ` por ${campaign.approved_by}` : null], 'campaign-approved') : null,
    campaign.ultima_importacao
      ? fact(Number(campaign.importacoes) > 1 ? 'Última importação' : 'Origem',
        h('a', { href: `#/importar?id=${encodeURIComponent(campaign.ultima_importacao)}`, testid: 'campaign-last-import' }, 'Relatório da importação'))
      : null),
  h('dl', { class: 'send-counts', 'aria-label': 'Envios por status', testid: 'campaign-send-counts' },
    Object.entries(SEND_STATUS_LABELS).map(([status, name]) =>
      h('div', { class: `send-count send-count--${status}` }, h('dt', {}, name), h('dd', { testid: `campaign-sends-${status}` }, count(envios[status]))))),
  campaign.status === 'aprovada'
    ? h('p', { class: 'hint' }, 'Aprovada: o agente Disparo está agendando os envios dentro da janela comercial.')
    : null,
  campaign.status === 'rascunho'
    ? h('p', { class: 'note', testid: 'campaign-gathering' }, 'Novos leads deste segmento entram neste rascunho até ele ser aprovado, venham de qualquer importação.')
    : null,
  enrolment(view, campaign, canManage),
  actions(view, campaign, canManage));
}


const ENROLMENT_STATUSES = ['aprovada', 'ativa', 'pausada'];

/**
 * Inscrição automática: an approved or active campaign may take its segment's later leads in on its own (they get
 * its messages, scheduled by Disparo) instead of their gathering in a new draft. Gestores switch it; others read it.
 */
function enrolment(view, campaign, canManage) {
  if (!ENROLMENT_STATUSES.includes(campaign.status)) return null;
  const on = campaign.inscricao_automatica === true;
  const explanation = on
    ? campaign.status === 'pausada'
      ? 'Ligada, mas a campanha está pausada: enquanto isso, novos leads do segmento vão para um novo rascunho.'
      : 'Novos leads deste segmento entram nesta campanha e recebem as mensagens dela, sem nova aprovação.'
    : 'Desligada: novos leads deste segmento vão para um novo rascunho, que aguarda aprovação.';
  const switchable = canManage && campaign.status !== 'pausada';
  let button = null;
  if (switchable) {
    button = h('button', {
      type: 'button', class: `button ${on ? 'button--ghost' : 'button--primary'}`, testid: 'campaign-enrolment-toggle',
      'aria-describedby': 'enrolment-explanation', dataset: { ativa: String(on) },
    }, on ? 'Desligar inscrição automática' : 'Ligar inscrição automática');
    button.addEventListener('click', () => switchEnrolment(view, button, !on));
  }
  return h('div', { class: 'enrolment', testid: 'campaign-enrolment', dataset: { ativa: String(on) } },
    h('dl', { class: 'facts' }, fact('Inscrição automática', on ? 'Ligada' : 'Desligada', 'campaign-enrolment-state')),
    h('p', { class: 'note', id: 'enrolment-explanation' }, explanation),
    button ? h('div', { class: 'form-actions' }, button) : null);
}

async function switchEnrolment(view, button, ativa) {
  if (ativa) {
    const confirmed = await confirmAction({
      title: 'Ligar inscrição automática',
      message: `Novos leads do mesmo segmento (setor e porte) vão entrar na campanha ${text(view.campaign.nome)}`
        + ` e receber as mensagens dela sem nova aprovação. ${APPROVE_MESSAGE}`,
      confirmLabel: 'Ligar',
    });
    if (!confirmed) {
      button.focus();
      return;
    }
  }
  let updated;
  try {
    updated = await withBusy(button, ativa ? 'Ligando…' : 'Desligando…', () => api.setAutomaticEnrolment(view.id, ativa));
  } catch (error) {
    if (error?.status === 401) return;
    flash.error(problemView(error, { headlines: { 409: 'A inscrição automática não pôde ser alterada.' } }));
    button.focus();
    return;
  }
  if (!view.ctx.isCurrent()) return;
  flash.success(ativa
    ? 'Inscrição automática ligada: novos leads do segmento entram nesta campanha.'
    : 'Inscrição automática desligada: novos leads do segmento vão para um novo rascunho.');
  if (await redraw(view, updated)) view.body.querySelector('[data-testid="campaign-enrolment-toggle"]')?.focus();
}

function fact(term, value, testid) {
  return h('div', {}, h('dt', {}, term), h('dd', { testid }, value));
}

function actions(view, campaign, canManage) {
  if (!canManage) {
    return campaign.status === 'rascunho'
      ? h('p', { class: 'note', testid: 'campaign-managers-only' }, 'Somente gestores e administradores aprovam campanhas e editam mensagens.')
      : null;
  }
  const buttons = [];
  if (campaign.status === 'rascunho') buttons.push(actionButton(view, 'approve', 'Aprovar', 'button--primary'));
  if (campaign.status === 'aprovada' || campaign.status === 'ativa') buttons.push(actionButton(view, 'pause', 'Pausar', 'button--ghost'));
  if (campaign.status === 'pausada') buttons.push(actionButton(view, 'resume', 'Retomar', 'button--primary'));
  return buttons.length ? h('div', { class: 'form-actions', testid: 'campaign-actions' }, buttons) : null;
}

const ACTIONS = {
  approve: {
    call: api.approveCampaign, busy: 'Aprovando…', refused: 'A campanha não pôde ser aprovada.',
    done: 'Campanha aprovada: o agente Disparo vai agendar os envios dentro da janela comercial.',
  },
  pause: {
    call: api.pauseCampaign, busy: 'Pausando…', refused: 'A campanha não pôde ser pausada.',
    done: 'Campanha pausada: nenhuma mensagem sai até você retomar.',
  },
  resume: { call: api.resumeCampaign, busy: 'Retomando…', refused: 'A campanha não pôde ser retomada.', done: 'Campanha retomada.' },
};

function actionButton(view, kind, caption, style) {
  const button = h('button', { type: 'button', class: `button ${style}`, testid: `campaign-${kind}` }, caption);
  button.addEventListener('click', () => act(view, kind, button));
  return button;
}

async function act(view, kind, button) {
  const { campaign } = view;
  if (kind === 'approve') {
    const confirmed = await confirmAction({
      title: 'Aprovar campanha',
      message: `Aprovar a campanha ${text(campaign.nome)} para ${plural(campaign.leads, 'lead', 'leads')}? ${APPROVE_MESSAGE}`,
      confirmLabel: 'Aprovar',
    });
    if (!confirmed) {
      button.focus();
      return;
    }
  }
  const action = ACTIONS[kind];
  let updated;
  try {
    updated = await withBusy(button, action.busy, () => action.call(view.id));
  } catch (error) {
    if (error?.status === 401) return;
    flash.error(problemView(error, {
      headlines: { 409: action.refused },
      agentLink: { label: 'Ativar o agente Disparo no Marketplace', testid: 'flash-marketplace-link' },
    }));
    button.focus();
    return;
  }
  if (!view.ctx.isCurrent()) return;
  flash.success(action.done);
  if (await redraw(view, updated)) view.body.querySelector('#summary-title')?.focus();
}

/** Shows the campaign a change answered with (or reads it again); false when the page moved on. */
async function redraw(view, updated) {
  let campaign = updated;
  if (!campaign || typeof campaign !== 'object' || !campaign.id) {
    try {
      campaign = await api.campaign(view.id);
    } catch (error) {
      if (view.ctx.isCurrent() && error?.status !== 401) replace(view.body, failure(problemView(error), () => view.ctx.refresh()));
      return false;
    }
  }
  if (!view.ctx.isCurrent()) return false;
  show(view, campaign);
  return true;
}

function plan(campaign) {
  const plano = campaign.plano ?? {};
  const etapas = Array.isArray(plano.etapas) && plano.etapas.length
    ? plano.etapas
    : STAGES.map((etapa) => ({ etapa, dias_apos_inicio: DEFAULT_DAYS[etapa] }));
  const canais = plano.canais ?? {};
  return h('section', { class: 'card section', 'aria-labelledby': 'plan-title', testid: 'campaign-plan' },
    h('h2', { class: 'section-title', id: 'plan-title' }, 'Plano de envio'),
    h('ol', { class: 'timeline', testid: 'plan-stages' }, etapas.map((stage) =>
      h('li', { class: 'timeline__item', dataset: { etapa: stage.etapa } },
        h('strong', {}, stageLabel(stage.etapa)), h('span', {}, daysLabel(stage.dias_apos_inicio))))),
    h('p', { class: 'plan__note' }, 'As etapas seguintes só saem para quem ainda não respondeu.'),
    h('dl', { class: 'facts facts--stacked' },
      fact('Janela de envio', plano.janela ? String(plano.janela) : '08:00–18:00, segunda a sexta, no horário do lead', 'plan-window'),
      plano.jitter_minutos !== undefined ? fact('Variação de horário', `até ${plural(plano.jitter_minutos, 'minuto', 'minutos')} entre envios`) : null,
      fact('Canais', [
        `WhatsApp: ${plural(canais.whatsapp, 'lead', 'leads')}`, h('br', {}),
        `E-mail: ${plural(canais.email, 'lead', 'leads')}`], 'plan-channels'),
      Number(plano.leads_sem_canal) > 0
        ? fact('Sem canal', `${plural(plano.leads_sem_canal, 'lead fica', 'leads ficam')} de fora (sem e-mail válido nem WhatsApp com opt-in)`, 'plan-no-channel')
        : null));
}

function split(campaign) {
  const variantes = campaign.variantes ?? {};
  const names = Object.keys(variantes).length ? Object.keys(variantes).sort() : ['A', 'B'];
  return h('section', { class: 'card section', 'aria-labelledby': 'split-title', testid: 'campaign-split' },
    h('h2', { class: 'section-title', id: 'split-title' }, 'Teste A/B'),
    h('p', { class: 'section__intro' }, 'Os leads são divididos entre duas versões das mensagens para comparar as respostas.'),
    h('div', { class: 'variants' }, names.map((name) => {
      const variant = variantes[name] ?? {};
      const leads = Number(variant.leads) || 0;
      const answered = Number(variant.responderam) || 0;
      return h('div', { class: 'variant', testid: `split-${name}` },
        h('p', { class: 'variant__name' }, `Variante ${name}`),
        h('p', { class: 'variant__leads' }, plural(leads, 'lead', 'leads')),
        h('p', { class: 'variant__answers' }, `${plural(answered, 'respondeu', 'responderam')}`,
          leads ? ` · ${rate((answered / leads) * 100)}` : null));
    })));
}

/** The messages per stage and variant: textareas while the campaign is a draft and the user a gestor. */
function messages(view, campaign, editable) {
  const mensagens = campaign.mensagens && typeof campaign.mensagens === 'object' ? campaign.mensagens : {};
  const stages = [...STAGES, ...Object.keys(mensagens).filter((key) => !STAGES.includes(key))];
  const days = Object.fromEntries((campaign.plano?.etapas ?? []).map((stage) => [stage.etapa, stage.dias_apos_inicio]));
  const hint = h('p', { class: 'hint', id: 'variables-hint', testid: 'variables-hint' },
    'Variáveis disponíveis: ', VARIABLES.map((name, index) => [index ? ', ' : null, h('code', {}, `{{${name}}}`)]),
    '. Elas são trocadas pelos dados de cada lead.');

  const blocks = stages.map((etapa) => {
    const variants = mensagens[etapa] && typeof mensagens[etapa] === 'object' ? mensagens[etapa] : {};
    const names = Object.keys(variants).length ? Object.keys(variants).sort() : ['A', 'B'];
    const title = `${stageLabel(etapa)} · ${daysLabel(days[etapa] ?? DEFAULT_DAYS[etapa])}`;
    const content = names.map((name) => editable
      ? variantFields(etapa, name, variants[name] ?? {})
      : variantText(etapa, name, variants[name] ?? {}));
    return editable
      ? h('fieldset', { class: 'stage', testid: `messages-${etapa}` }, h('legend', { class: 'stage__title' }, title), h('div', { class: 'variants' }, content))
      : h('div', { class: 'stage', testid: `messages-${etapa}` }, h('h3', { class: 'stage__title' }, title), h('div', { class: 'variants' }, content));
  });

  const section = h('section', { class: 'card section', 'aria-labelledby': 'messages-title', testid: 'campaign-messages' },
    h('h2', { class: 'section-title', id: 'messages-title' }, 'Mensagens'));
  if (!editable) {
    section.append(
      h('p', { class: 'section__intro' }, campaign.status === 'rascunho'
        ? 'As mensagens podem ser editadas por gestores enquanto a campanha é um rascunho.'
        : 'A campanha já foi aprovada: as mensagens não mudam mais.'),
      hint, ...blocks);
    return section;
  }

  const error = h('div', { class: 'form-error', role: 'alert', hidden: true, testid: 'messages-error' });
  const save = h('button', { type: 'submit', class: 'button button--primary', testid: 'messages-save' }, 'Salvar mensagens');
  const form = h('form', { class: 'messages-form', testid: 'messages-form', novalidate: true },
    h('p', { class: 'section__intro' }, 'Revise as mensagens antes de aprovar. O assunto vale para e-mail; o modelo aprovado é o template do WhatsApp usado no primeiro contato.'),
    hint, ...blocks, error, h('div', { class: 'form-actions' }, save));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveMessages(view, form, mensagens, stages, error, save);
  });
  section.append(form);
  return section;
}

const MESSAGE_FIELDS = [
  { key: 'assunto', label: 'Assunto do e-mail', multiline: false, max: 200 },
  { key: 'corpo', label: 'Mensagem', multiline: true, max: 4096 },
  { key: 'modelo_whatsapp', label: 'Modelo aprovado do WhatsApp', multiline: false, max: 512,
    hint: 'Nome do template aprovado na Meta: letras minúsculas, números e _.' },
];

function fieldId(etapa, variant, key) {
  return `msg-${etapa}-${variant}-${key}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function variantFields(etapa, name, modelo) {
  return h('div', { class: 'variant-editor', testid: `messages-${etapa}-${name}` },
    h('p', { class: 'variant__name' }, `Variante ${name}`),
    MESSAGE_FIELDS.map((field) => {
      const id = fieldId(etapa, name, field.key);
      const describedBy = [field.hint ? `${id}-hint` : null, field.key === 'corpo' ? 'variables-hint' : null, `${id}-error`]
        .filter(Boolean).join(' ');
      const attributes = {
        id, name: `${etapa}.${name}.${field.key}`, maxlength: String(field.max), 'aria-describedby': describedBy,
        testid: `message-${etapa}-${name}-${field.key}`, dataset: { etapa, variante: name, campo: field.key },
      };
      const control = field.multiline
        ? h('textarea', { ...attributes, rows: '6' })
        : h('input', { ...attributes, type: 'text', spellcheck: field.key === 'modelo_whatsapp' ? 'false' : undefined });
      control.value = modelo[field.key] ?? '';
      return h('div', { class: 'field' },
        h('label', { for: id }, field.label),
        control,
        field.hint ? h('p', { class: 'field__hint', id: `${id}-hint` }, field.hint) : null,
        h('p', { class: 'field__error', id: `${id}-error`, testid: `${id}-error`, hidden: true }));
    }));
}

function variantText(etapa, name, modelo) {
  return h('div', { class: 'variant-text', testid: `messages-${etapa}-${name}` },
    h('p', { class: 'variant__name' }, `Variante ${name}`),
    messageBubble({ subject: modelo.assunto, body: modelo.corpo, template: modelo.modelo_whatsapp }));
}

async function saveMessages(view, form, original, stages, error, save) {
  error.hidden = true;
  for (const message of form.querySelectorAll('.field__error')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');

  // The whole mensagens object goes back, with what the form changed.
  const mensagens = JSON.parse(JSON.stringify(original ?? {}));
  for (const control of form.querySelectorAll('[data-campo]')) {
    const { etapa, variante, campo } = control.dataset;
    mensagens[etapa] ??= {};
    mensagens[etapa][variante] ??= {};
    mensagens[etapa][variante][campo] = control.value;
  }
  for (const etapa of stages) mensagens[etapa] ??= {};

  let updated;
  try {
    updated = await withBusy(save, 'Salvando…', () => api.saveMessages(view.id, mensagens));
  } catch (failed) {
    if (failed?.status === 401) return;
    showMessageErrors(form, failed, error);
    return;
  }
  if (!view.ctx.isCurrent()) return;
  flash.success('Mensagens salvas.');
  if (await redraw(view, updated)) view.body.querySelector('[data-testid="messages-save"]')?.focus();
}

/** mensagens.topo.A.corpo → "Topo do funil · Variante A · Mensagem". */
function messageFieldLabel(field) {
  const [etapa, variante, campo] = String(field).replace(/^mensagens\.?/, '').split('.');
  if (!etapa) return 'Mensagens';
  const named = MESSAGE_FIELDS.find((item) => item.key === campo);
  return [stageLabel(etapa), variante ? `Variante ${variante}` : null, campo ? (named?.label ?? campo) : null].filter(Boolean).join(' · ');
}

/**
 * A 400 names fields as mensagens.topo.A.corpo: each problem goes next to its field, the others
 * above the button; anything else is the shared problem view there.
 */
function showMessageErrors(form, failed, error) {
  const problems = failed instanceof ApiError ? failed.errors : [];
  const unplaced = [];
  let first = null;
  for (const problem of problems) {
    const path = problem.field.replace(/^mensagens\./, '').split('.');
    const control = path.length === 3 ? form.querySelector(`#${CSS.escape(fieldId(path[0], path[1], path[2]))}`) : null;
    if (!control) {
      unplaced.push(problem);
      continue;
    }
    const message = form.querySelector(`#${CSS.escape(`${control.id}-error`)}`);
    message.textContent = message.textContent ? `${message.textContent} ${problem.problem}` : problem.problem;
    message.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    first ??= control;
  }
  if (first) {
    flash.error(problems.length === 1 ? 'Corrija a mensagem indicada e salve de novo.' : 'Corrija as mensagens indicadas e salve de novo.');
  }
  if (!first || unplaced.length) {
    replace(error, first
      ? fieldProblems(unplaced, messageFieldLabel)
      : problemView(failed, { headlines: { 400: 'As mensagens não foram salvas.' }, fieldLabels: messageFieldLabel }));
    error.hidden = false;
  }
  (first ?? form.querySelector('textarea, input'))?.focus();
}

/** The preview and the sends load on their own: they are drawn only while the page shows this section. */
function sectionCtx(view, section) {
  return { isCurrent: () => view.ctx.isCurrent() && section.isConnected };
}

async function loadPreview(view, section) {
  const content = h('div', {}, loading('Montando a pré-visualização…'));
  replace(section,
    h('h2', { class: 'section-title', id: 'preview-title' }, 'Pré-visualização'),
    h('p', { class: 'section__intro' }, `Como os primeiros ${PREVIEW_LIMIT} leads vão receber as mensagens, com as variáveis preenchidas.`),
    content);
  const reply = await loadInto(content, sectionCtx(view, section), () => api.campaignPreview(view.id, PREVIEW_LIMIT),
    () => loadPreview(view, section));
  if (reply === undefined) return;
  const items = Array.isArray(reply?.items) ? reply.items : [];
  replace(content, items.length
    ? h('div', { class: 'preview-list', testid: 'preview-list' }, items.map(previewCard))
    : emptyState('preview-empty', 'Nenhum lead nesta campanha para pré-visualizar.'));
}

function previewCard(item, index) {
  const email = item.canal === 'email';
  const lead = item.lead ?? {};
  return h('details', { class: 'preview', testid: 'preview-card', open: index === 0, dataset: { leadId: lead.id } },
    h('summary', { class: 'preview__summary' },
      h('span', { class: 'preview__who' }, h('strong', {}, text(lead.empresa)), lead.contato ? ` · ${lead.contato}` : null),
      h('span', { class: 'preview__tags' },
        channelTag(item.canal),
        h('span', { class: 'pill' }, `Variante ${text(item.variante)}`))),
    h('p', { class: 'preview__to' }, 'Para: ', text(item.destinatario)),
    (Array.isArray(item.etapas) ? item.etapas : []).map((stage) => h('div', { class: 'preview__stage', dataset: { etapa: stage.etapa } },
      h('h3', { class: 'preview__stage-title' }, stageLabel(stage.etapa)),
      messageBubble({
        subject: email ? stage.assunto : null,
        body: stage.corpo,
        template: email ? null : stage.modelo_whatsapp,
        canal: email ? 'email' : 'whatsapp',
        testid: 'preview',
      }))));
}

/** An uncertain e-mail scheduled to go once more (same Message-ID) is waiting, not sent. */
function sentCell(send) {
  if (send.aguardando_reenvio) return h('span', { class: 'note', testid: 'send-resend' }, 'aguardando reenvio');
  return send.sent_at ? timeEl(send.sent_at) : '—';
}

const SEND_COLUMNS = [
  { label: 'Empresa', cell: (send) => text(send.empresa) },
  { label: 'Etapa', cell: (send) => stageLabel(send.etapa) },
  { label: 'Variante', cell: (send) => text(send.variante) },
  { label: 'Canal', cell: (send) => channel(send.canal) },
  { label: 'Destinatário', cell: (send) => text(send.destinatario) },
  { label: 'Status', cell: (send) => badge('send', send.status, SEND_STATUS_LABELS, { shape: 'pill' }) },
  { label: 'Previsto para', cell: (send) => timeEl(send.due_at) },
  { label: 'Enviado em', cell: sentCell },
  { label: 'Motivo', className: 'table__wrap', testid: 'send-reason', cell: (send) => reason(send.motivo) },
];

async function loadSends(view, section, state) {
  const filterId = 'sends-status';
  const select = h('select', { id: filterId, testid: 'sends-filter' },
    h('option', { value: '' }, 'Todos'),
    Object.entries(SEND_STATUS_LABELS).map(([value, name]) => h('option', { value, selected: value === state.status }, name)));
  select.addEventListener('change', () => loadSends(view, section, { status: select.value, page: 0 }));
  const content = h('div', { class: 'sends-content' }, loading('Carregando envios…'));
  const hadFocus = section.contains(document.activeElement) ? document.activeElement.dataset?.testid : null;
  replace(section,
    h('div', { class: 'section__head' },
      h('h2', { class: 'section-title', id: 'sends-title' }, 'Envios'),
      h('div', { class: 'field field--inline' }, h('label', { for: filterId }, 'Status'), select)),
    content);
  if (hadFocus === 'sends-filter') select.focus();

  const reply = await loadInto(content, sectionCtx(view, section),
    () => api.sends(view.id, { status: state.status, page: state.page, size: SENDS_PAGE_SIZE }),
    () => loadSends(view, section, state));
  if (reply === undefined) return;
  const { items, total, pages } = pageOf(reply, SENDS_PAGE_SIZE);
  if (items.length === 0 && state.page === 0) {
    replace(content, emptyState('sends-empty', state.status
      ? `Nenhum envio com status “${label(SEND_STATUS_LABELS, state.status)}”.`
      : 'Nenhum envio ainda. Eles são agendados quando a campanha é aprovada e o agente Disparo a ativa.'));
    return;
  }
  const go = (page) => {
    loadSends(view, section, { ...state, page });
    section.scrollIntoView({ block: 'start' });
  };
  replace(content,
    h('div', { class: 'table-wrap' }, table({
      caption: `Envios da campanha, página ${state.page + 1} de ${pages}`,
      testid: 'sends-table',
      columns: SEND_COLUMNS,
      items,
      row: (send) => ({ testid: 'send-row', dataset: { sendId: send.id, status: send.status } }),
      empty: 'Nenhum envio nesta página.',
    })),
    pager({ page: state.page, pages, total, noun: ['envio', 'envios'], label: 'Paginação dos envios', testid: 'sends', go })
      ?? h('p', { class: 'pager__info' }, plural(total, 'envio', 'envios')));
}
