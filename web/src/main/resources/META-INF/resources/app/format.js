const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const integer = new Intl.NumberFormat('pt-BR');
const percent = new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeStyle: 'short' });
const shortDateTime = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' });

const CHANNEL_LABELS = { whatsapp: 'WhatsApp', email: 'E-mail', multi: 'WhatsApp e e-mail' };

/** R$ 297,00 */
export function money(value) {
  const number = Number(value);
  return value === null || value === undefined || Number.isNaN(number) ? 'Sob consulta' : brl.format(number);
}

/** 1.234 */
export function count(value) {
  return integer.format(Number(value) || 0);
}

/** A rate the API gives as a percentage (0–100), shown as 42,5%. */
export function rate(value) {
  return percent.format((Number(value) || 0) / 100);
}

/** 24 de novembro de 2025 às 14:03 (the browser's time zone). */
export function date(value) {
  const parsed = parseDate(value);
  return parsed ? dateTime.format(parsed) : '—';
}

/** 24/11/2025, 14:03 (the browser's time zone), for tables. */
export function shortDate(value) {
  const parsed = parseDate(value);
  return parsed ? shortDateTime.format(parsed) : '—';
}

/** 1 lead / 2 leads, with the count formatted: plural(2, 'lead aceito', 'leads aceitos') → "2 leads aceitos". */
export function plural(value, one, many) {
  const number = Number(value) || 0;
  return `${count(number)} ${number === 1 ? one : many}`;
}

export function parseDate(value) {
  if (!value) return null;
  // Java may send more than milliseconds (…12.123456789Z): keep three fraction digits.
  const text = String(value).replace(/(\.\d{3})\d+/, '$1');
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** starter → Starter */
export function plan(value) {
  if (!value) return '—';
  const text = String(value);
  return text.charAt(0).toLocaleUpperCase('pt-BR') + text.slice(1);
}

export function text(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** What labels calls the value (own keys only: "constructor" is no label), or the value itself. */
export function label(labels, value) {
  const key = value === null || value === undefined ? '' : String(value);
  return Object.hasOwn(labels, key) ? labels[key] : text(value);
}

/** A value safe in a class name: "Em Análise!" → "em-an-lise"; nothing at all → "desconhecido". */
export function slug(value) {
  const cleaned = String(value ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned || 'desconhecido';
}

/** whatsapp → WhatsApp, email → E-mail, multi → WhatsApp e e-mail. */
export function channel(value) {
  return label(CHANNEL_LABELS, value);
}

const LEAD_STATUS_LABELS = {
  novo: 'Novo',
  enriquecido: 'Enriquecido',
  contatado: 'Contatado',
  respondeu: 'Respondeu',
  interessado: 'Interessado',
  agendado: 'Agendado',
  convertido: 'Convertido',
  descartado: 'Descartado',
  descadastrado: 'Descadastrado',
};

const SENTIMENT_LABELS = { positivo: 'Positivo', neutro: 'Neutro', negativo: 'Negativo', irritado: 'Irritado' };

/** What Atendimento does after a reply (ProximoPasso), as the sales team says it. */
const NEXT_STEP_LABELS = {
  forward_to_scheduler: 'Encaminhado para agendamento',
  nurture: 'Nutrir',
  answer_objection: 'Responder objeção',
  disqualify: 'Descartado',
  opt_out: 'Descadastrado (LGPD)',
  escalate_human: 'Atendimento humano',
};

/** What the lead wants (Intencao). */
const INTENTION_LABELS = {
  interesse: 'Interesse',
  pergunta: 'Pergunta',
  objecao: 'Objeção',
  recusa: 'Recusa',
  descadastro: 'Pedido de descadastro',
  outra: 'Outra',
};

/** What an objection is about (CategoriaDeObjecao). */
const OBJECTION_LABELS = {
  preco: 'Preço',
  momento: 'Momento',
  concorrente: 'Já usa outra solução',
  autoridade: 'Quem decide',
  necessidade: 'Necessidade',
  confianca: 'Confiança',
  outra: 'Outro assunto',
};

/** A reply of the review queue: waiting for a person, sent or discarded. */
const REVIEW_STATUS_LABELS = { pendente: 'Aguardando revisão', enviada: 'Enviada', descartada: 'Descartada' };

export const labels = Object.freeze({
  leadStatus: LEAD_STATUS_LABELS,
  sentiment: SENTIMENT_LABELS,
  nextStep: NEXT_STEP_LABELS,
  intention: INTENTION_LABELS,
  objection: OBJECTION_LABELS,
  reviewStatus: REVIEW_STATUS_LABELS,
});

/**
 * A phone as Brazilians write it: +5511987654321 → (11) 98765-4321, +553132221234 → (31) 3222-1234; a
 * number of another country, or one that is no Brazilian number, as it came; — without one.
 */
export function phone(value) {
  if (value === null || value === undefined || String(value).trim() === '') return '—';
  const raw = String(value).trim();
  const digits = raw.replace(/\D/g, '');
  let national;
  if (raw.startsWith('+')) national = digits.startsWith('55') ? digits.slice(2) : null;
  else national = digits.length > 11 && digits.startsWith('55') ? digits.slice(2) : digits;
  if (national?.length === 11 && national[2] === '9') return `(${national.slice(0, 2)}) ${national.slice(2, 7)}-${national.slice(7)}`;
  if (national?.length === 10) return `(${national.slice(0, 2)}) ${national.slice(2, 6)}-${national.slice(6)}`;
  return raw;
}

/** 11222333000181 → 11.222.333/0001-81; anything that is not 14 digits as it came. */
export function cnpj(value) {
  const digits = String(value ?? '').replace(/\D/g, '');
  if (digits.length !== 14) return text(value);
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}/${digits.slice(8, 12)}-${digits.slice(12)}`;
}

/** interessado → Interessado, descadastrado → Descadastrado. */
export function leadStatus(value) {
  return label(LEAD_STATUS_LABELS, value);
}

/** positivo → Positivo; — when the reply was not read yet. */
export function sentiment(value) {
  return label(SENTIMENT_LABELS, value);
}

/** An intensity 0–100 as 80%; null when there is none. */
export function intensity(value) {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  if (Number.isNaN(number)) return null;
  return `${Math.round(Math.min(100, Math.max(0, number)))}%`;
}

/** forward_to_scheduler → Encaminhado para agendamento. */
export function nextStep(value) {
  return label(NEXT_STEP_LABELS, value);
}

/** objecao → Objeção. */
export function intention(value) {
  return label(INTENTION_LABELS, value);
}

/** preco → Preço. */
export function objection(value) {
  return label(OBJECTION_LABELS, value);
}

/** pendente → Aguardando revisão. */
export function reviewStatus(value) {
  return label(REVIEW_STATUS_LABELS, value);
}

/** The first `max` characters of a text on one line, with … when cut; — without one. */
export function excerpt(value, max = 90) {
  const line = String(value ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return '—';
  const chars = Array.from(line);
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** 3 envios para outras pessoas da empresa estão retidos / 1 envio … está retido. */
export function heldSends(value) {
  const number = Number(value) || 0;
  return number === 1
    ? '1 envio para outras pessoas da empresa está retido'
    : `${count(number)} envios para outras pessoas da empresa estão retidos`;
}
