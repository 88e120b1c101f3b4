import { h, replace } from './dom.js';

/**
 * The page-wide message, read out by screen readers (aria-live region in index.html). `extra` is
 * an optional element after the text, such as a link to where the problem is solved.
 */
export const flash = {
  show(message, kind = 'info', extra) {
    const element = document.getElementById('flash');
    element.hidden = false;
    element.className = `flash flash--${kind}`;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (extra) replace(element, message, ' ', extra);
    else element.textContent = message;
  },
  success(message, extra) {
    this.show(message, 'success', extra);
  },
  error(message, extra) {
    this.show(message, 'error', extra);
  },
  clear() {
    const element = document.getElementById('flash');
    element.hidden = true;
    element.textContent = '';
  },
};

/**
 * Asks for confirmation in the native <dialog>; resolves true only for "Confirmar".
 * Escape and "Cancelar" resolve false.
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
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
    dialog.showModal();
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

export function failure(message, retry) {
  return h('div', { class: 'failure', testid: 'load-error' },
    h('p', { role: 'alert' }, message),
    retry ? h('button', { type: 'button', class: 'button button--ghost', onclick: retry }, 'Tentar novamente') : null);
}
