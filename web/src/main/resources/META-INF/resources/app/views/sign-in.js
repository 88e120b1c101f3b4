import { h, replace } from '../dom.js';
import { ApiError } from '../api.js';
import { problemView, withBusy } from '../ui.js';

const INVALID_CREDENTIALS = 'E-mail ou senha inválidos.';

/**
 * The sign-in card both doors share (the tenants' app, the operators' console): e-mail and senha; a
 * wrong pair never says which one was wrong. `login(email, password)` calls the API; `done(reply)`
 * keeps its token and moves on.
 */
export function signIn(root, { title, subtitle, login, done }) {
  const error = h('div', { class: 'form-error', id: 'login-error', testid: 'login-error', role: 'alert', hidden: true });
  const email = h('input', {
    id: 'login-email', name: 'email', type: 'email', autocomplete: 'username', required: true,
    inputmode: 'email', spellcheck: 'false', testid: 'login-email', 'aria-describedby': 'login-error',
  });
  const password = h('input', {
    id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    testid: 'login-password', 'aria-describedby': 'login-error',
  });
  const submit = h('button', { type: 'submit', class: 'button button--primary button--block', testid: 'login-submit' }, 'Entrar');

  const form = h('form', { class: 'login__form', testid: 'login-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'E-mail'), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Senha'), password),
    error,
    submit);

  const showError = (content) => {
    replace(error, content);
    error.hidden = false;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!email.value.trim() || !password.value) {
      showError('Informe seu e-mail e sua senha.');
      (email.value.trim() ? password : email).focus();
      return;
    }
    let reply;
    try {
      reply = await withBusy(submit, 'Entrando…', () => login(email.value.trim(), password.value));
      if (!reply?.access_token) throw new ApiError(500, { detail: 'O servidor não devolveu um token de acesso.' });
    } catch (failure) {
      showError(failure instanceof ApiError && failure.status === 401 ? INVALID_CREDENTIALS : problemView(failure));
      password.value = '';
      password.focus();
      return;
    }
    done(reply);
  });

  replace(root,
    h('section', { class: 'login', 'aria-labelledby': 'login-title', testid: 'login-view' },
      h('div', { class: 'login__card card' },
        h('div', { class: 'login__brand' },
          h('img', { src: 'favicon.svg', alt: '', width: '48', height: '48' }),
          h('p', { class: 'login__product' }, 'Alquimista', h('span', { class: 'brand__ai' }, '.AI'))),
        h('h1', { id: 'login-title', class: 'login__title' }, title),
        h('p', { class: 'login__subtitle' }, subtitle),
        form)));
  email.focus();
}
