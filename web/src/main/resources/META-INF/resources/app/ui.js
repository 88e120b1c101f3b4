import { h, replace } from './dom.js';
import { ApiError, messageFor } from './api.js';
import { channel, intensity, label, parseDate, plural, sentiment, shortDate, slug } from './format.js';

/**
 * The page-wide message, read out by screen readers (aria-live region in index.html). The content
 * is text or elements, such as a problemView.
 */
export const flash = {
  show(content, kind = 'info') {
    const element = document.getElementById('flash');
    element.hidden = false;
    element.className = `flash flash--${kind}`;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replace(element, content);
  },
  success(content) {
    this.show(content, 'success');
  },
  error(content) {
    this.show(content, 'error');
  },
  clear() {
    const element = document.getElementById('flash');
    element.hidden = true;
    element.textContent = '';
  },
};

/**
 * Asks for confirmation in the native <dialog>; resolves true only for "Confirmar".
 * Escape and "Cancelar" resolve false, and so does a dialog that cannot open.
 */
export function confirmAction({ title = 'Confirmação', message, confirmLabel = 'Confirmar', danger = false }) {
  const dialog = document.getElementById('confirm-dialog');
  dialog.querySelector('#confirm-title').textContent = title;
  dialog.querySelector('#confirm-message').textContent = message;
  const ok = dialog.querySelector('[data-testid="confirm-ok"]');
  ok.textContent = confirmLabel;
  ok.classList.toggle('button--danger', danger);
  ok.classList.toggle('button--primary', !danger);
  dialog.returnValue = '';
  return new Promise((resolve) => {
    const closed = () => resolve(dialog.returnValue === 'confirm');
    dialog.addEventListener('close', closed, { once: true });
    try {
      dialog.showModal();
    } catch (error) {
      dialog.removeEventListener('close', closed);
      console.warn('the confirmation dialog did not open', error);
      resolve(false);
    }
  });
}

export function pageHead(title, subtitle) {
  return h('div', { class: 'page-head' },
    h('h1', { class: 'page-head__title', tabindex: '-1' }, title),
    subtitle ? h('p', { class: 'page-head__subtitle' }, subtitle) : null);
}

export function emptyState(testid, ...content) {
  return h('div', { class: 'empty', testid },
    h('div', { class: 'empty__icon', 'aria-hidden': 'true' }, '✦'),
    h('p', { class: 'empty__text' }, ...content));
}

export function loading(text = 'Carregando…') {
  return h('p', { class: 'loading', role: 'status', testid: 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** What could not load (text or a problemView), with "Tentar novamente" when there is a retry. */
export function failure(content, retry) {
  return h('div', { class: 'failure', testid: 'load-error' },
    h('div', { class: 'failure__message', role: 'alert' }, content),
    retry ? h('button', { type: 'button', class: 'button button--ghost', onclick: retry }, 'Tentar novamente') : null);
}

/**
 * A failed call as the user reads it: a Portuguese headline for its status (`headlines` by status
 * override the defaults of api.js), the server's own detail beneath it, its field problems (fields
 * named through `fieldLabels`, a map or a function) and, when `agentLink` is given and the detail says
 * an agent must be activated, a link to the Marketplace ({label, after, testid}). `testids` names the
 * detail and the field list.
 */
export function problemView(error, { headlines, fieldLabels, agentLink, testids = {} } = {}) {
  const headline = messageFor(error, headlines);
  if (!(error instanceof ApiError) || error.status === 0) return [h('p', { class: 'problem__headline' }, headline)];
  const detail = String(error.problem.detail ?? '').trim();
  return [
    h('p', { class: 'problem__headline' }, headline),
    detail && detail !== headline ? h('p', { class: 'problem__detail', testid: testids.detail }, detail) : null,
    fieldProblems(error.errors, fieldLabels, testids.errors),
    agentLink && /\bmarketplace\b|\bagent\b/i.test(detail)
      ? h('p', { class: 'problem__action' },
        h('a', { href: '#/marketplace', testid: agentLink.testid }, agentLink.label ?? 'Ative o agente no Marketplace'),
        agentLink.after ?? '.')
      : null,
  ];
}

/** Field problems [{field, problem}] as a list, "Campo: problema"; null when there are none. */
export function fieldProblems(errors, fieldLabels = {}, testid) {
  if (!errors?.length) return null;
  const name = typeof fieldLabels === 'function' ? fieldLabels : (field) => label(fieldLabels, field);
  return h('ul', { class: 'problem__list', testid },
    errors.map(({ field, problem }) => h('li', {}, field ? `${name(field)}: ${problem}` : problem)));
}

/**
 * Loads what a view shows into `body`: aria-busy meanwhile; on failure a problemView (`problem` are
 * its options) with "Tentar novamente" running `retry`. Resolves what `fetch` answered, or undefined
 * when there is nothing to draw: the page moved on (ctx.isCurrent()), the session ended (401, the
 * router shows the login) or the call failed.
 */
export async function loadInto(body, ctx, fetch, retry, problem) {
  body.setAttribute('aria-busy', 'true');
  let data;
  try {
    data = await fetch();
  } catch (error) {
    if (ctx.isCurrent()) body.removeAttribute('aria-busy');
    if (!ctx.isCurrent() || error?.status === 401) return undefined;
    replace(body, failure(problemView(error, problem), retry ? () => {
      replace(body, loading());
      retry();
    } : undefined));
    return undefined;
  }
  if (!ctx.isCurrent()) return undefined;
  body.removeAttribute('aria-busy');
  return data;
}

/** The page asked in the hash (?pagina=2, from 1), as the API counts it (from 0). */
export function pageParam(ctx) {
  return Math.max(0, (Number.parseInt(ctx.params.get('pagina'), 10) || 1) - 1);
}

/** A paged reply {items, total, size} read defensively: its items, total and number of pages. */
export function pageOf(reply, size) {
  const items = Array.isArray(reply?.items) ? reply.items : [];
  const total = Number(reply?.total) || 0;
  const pages = Math.max(1, Math.ceil(total / (Number(reply?.size) || size)));
  return { items, total, pages };
}

/**
 * Previous / next for a paged list, with "Página 2 de 5 · 93 leads"; null when everything fits in
 * one page and that page is the one shown. `go(page)` moves (pages from 0). The nav is
 * `${testid}-pager`, its parts `${testid}-prev`, `-next` and `-page-info`.
 */
export function pager({ page, pages, total, noun: [one, many], label: ariaLabel, testid, go,
  previous = '← Anterior', next = 'Próxima →' }) {
  if (pages <= 1 && page <= 0) return null;
  const id = (part) => (testid ? `${testid}-${part}` : undefined);
  return h('nav', { class: 'pager', 'aria-label': ariaLabel, testid: id('pager') },
    h('button', { type: 'button', class: 'button button--ghost', testid: id('prev'), disabled: page <= 0, onclick: () => go(page - 1) }, previous),
    h('p', { class: 'pager__info', testid: id('page-info') }, `Página ${page + 1} de ${pages} · ${plural(total, one, many)}`),
    h('button', { type: 'button', class: 'button button--ghost', testid: id('next'), disabled: page + 1 >= pages, onclick: () => go(page + 1) }, next));
}

/**
 * A data table: columns [{label, cell: (item) => content, className, testid}], one row per item with
 * the attributes row(item) gives, and `empty` across one row when there are no items. Every cell
 * names its column in data-label. The caption is for screen readers; labelledBy can name a heading instead.
 */
export function table({ caption, labelledBy, columns, items, row = () => ({}), empty, testid, className = 'table' }) {
  return h('table', { class: className, testid, 'aria-labelledby': labelledBy },
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column.label)))),
    h('tbody', {}, items.length
      ? items.map((item) => h('tr', row(item), columns.map((column) =>
        h('td', { class: column.className, testid: column.testid, dataset: { label: column.label } }, column.cell(item)))))
      : h('tr', {}, h('td', { colspan: String(columns.length), class: 'table__none' }, empty))));
}

/**
 * A status as a coloured label: class `${shape} ${shape}--${kind}-${value}` with the value reduced
 * to [a-z0-9-] (app.css has a rule per known value), its text from labels or the value itself, the
 * raw value in data-status. shape is badge or pill.
 */
export function badge(kind, value, labels = {}, { shape = 'badge', testid } = {}) {
  return h('span', { class: `${shape} ${shape}--${kind}-${slug(value)}`, testid, dataset: { status: String(value ?? '') } },
    label(labels, value));
}

/** The channel as a small coloured tag: WhatsApp, E-mail. */
export function channelTag(canal, testid) {
  return h('span', { class: `channel channel--${slug(canal)}`, testid }, channel(canal));
}

/** A date as <time datetime="…">, shown with fmt (short date and time by default); — without one. */
export function timeEl(value, fmt = shortDate, testid = undefined) {
  const parsed = parseDate(value);
  return h('time', { datetime: parsed ? parsed.toISOString() : undefined, testid }, fmt(value));
}

/**
 * Runs fn with the button disabled, marked aria-busy and relabelled busyLabel (its form aria-busy
 * too), and puts them back however fn ends. Resolves or rejects as fn does.
 */
export async function withBusy(button, busyLabel, fn) {
  const idle = button.textContent;
  const { form } = button;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = busyLabel;
  form?.setAttribute('aria-busy', 'true');
  try {
    return await fn();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = idle;
    form?.removeAttribute('aria-busy');
  }
}

/**
 * The signed-in user, for hasRole(user, …): null when GET /api/me failed, so the view offers only
 * what every role may do. Never rejects.
 */
export function userWithRole(ctx) {
  return ctx.user().catch(() => null);
}

/**
 * A message as the lead receives it: the e-mail subject, the text in a bubble coloured by channel
 * and the WhatsApp template's name. With a testid, the parts are `${testid}-subject`, `-body`, `-template`.
 */
export function messageBubble({ subject, body, template, canal, testid }) {
  const id = (part) => (testid ? `${testid}-${part}` : undefined);
  return [
    subject ? h('p', { class: 'message__subject', testid: id('subject') }, h('span', { class: 'message__label' }, 'Assunto: '), subject) : null,
    h('div', { class: `message-bubble${canal ? ` message-bubble--${slug(canal)}` : ''}`, testid: id('body') }, body ? String(body) : '—'),
    template ? h('p', { class: 'message__template', testid: id('template') }, `modelo aprovado: ${template}`) : null,
  ];
}

/**
 * How a lead's reply felt, as a coloured badge: "Positivo 80%" (class badge--sentiment-positivo), read
 * out as "Sentimento: Positivo, intensidade 80%"; null when the reply was not read yet.
 */
export function sentimentBadge(sentimento, intensidade, testid) {
  if (!sentimento) return null;
  const strength = intensity(intensidade);
  return h('span', {
    class: `badge badge--sentiment badge--sentiment-${slug(sentimento)}`, testid, dataset: { sentiment: String(sentimento) },
    title: strength ? `Intensidade ${strength}` : undefined,
  },
  h('span', { class: 'visually-hidden' }, 'Sentimento: '),
  sentiment(sentimento),
  strength ? h('span', { class: 'badge__strength' }, h('span', { class: 'visually-hidden' }, ', intensidade '), strength) : null);
}
