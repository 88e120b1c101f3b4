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
