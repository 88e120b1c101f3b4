import { operatorApi, operatorSession } from './api.js';
import { flash, problemView } from './ui.js';
import { goTo, markCurrentLink, parseHash } from './router.js';
import * as login from './views/console-login.js';
import * as queues from './views/console-queues.js';
import * as outbox from './views/console-outbox.js';
import * as timers from './views/console-timers.js';
import * as traces from './views/console-traces.js';
import * as chains from './views/console-chains.js';

/**
 * The platform operators' console (console.html), apart from the tenants' app: its own sign-in
 * (/auth/operator/login) and its own token, so a tenant's screens never hold an operator's.
 * Hash routes: #/entrar, #/filas(?fila=), #/saidas(?estado=morta|pendente), #/temporizadores,
 * #/cadeias, #/rastros(?id=).
 */
const ROUTES = {
  entrar: { view: login, title: 'Entrar', public: true },
  filas: { view: queues, title: 'Filas' },
  saidas: { view: outbox, title: 'Saídas' },
  cadeias: { view: chains, title: 'Cadeias' },
  temporizadores: { view: timers, title: 'Temporizadores' },
  rastros: { view: traces, title: 'Rastros' },
};
const HOME = 'filas';

const main = document.getElementById('conteudo');
const header = document.querySelector('[data-testid="app-header"]');
let renderCount = 0;
let keepFlash = false;

function navigate(route) {
  goTo(route, render);
}

async function render() {
  const { name, params } = parseHash();
  const route = ROUTES[name];
  if (!route) {
    navigate(operatorSession.token ? HOME : 'entrar');
    return;
  }
  if (!route.public && !operatorSession.token) {
    navigate('entrar');
    return;
  }
  const current = ++renderCount;
  if (keepFlash) keepFlash = false;
  else flash.clear();
  document.title = `${route.title} · Console de operação · Alquimista.AI`;
  document.body.dataset.route = name;
  header.hidden = !!route.public;
  markCurrentLink(name);
  const ctx = {
    params,
    navigate,
    isCurrent: () => current === renderCount,
    refresh: () => render(),
  };
  try {
    await route.view.render(main, ctx);
  } catch (error) {
    if (current === renderCount && error?.status !== 401) flash.error(problemView(error));
  }
  if (current === renderCount && !route.public) main.querySelector('h1')?.focus({ preventScroll: true });
}

function signOut(message) {
  operatorSession.end();
  if (message) {
    flash.show(message, 'info');
    keepFlash = true;
  }
  navigate('entrar');
}

document.getElementById('logout').addEventListener('click', async () => {
  try {
    await operatorApi.logout();
    signOut('Você saiu do console.');
  } catch (error) {
    if (error.status !== 401) signOut('Você saiu neste navegador, mas o servidor não confirmou o fim da sessão.');
  }
});

window.addEventListener('alquimista:unauthorized', () => {
  if (parseHash().name !== 'entrar') signOut('Sua sessão expirou. Entre novamente.');
});
window.addEventListener('hashchange', render);
render();
