import { api, session } from './api.js';
import { flash, problemView } from './ui.js';
import { goTo, markCurrentLink, parseHash } from './router.js';
import * as login from './views/login.js';
import * as marketplace from './views/marketplace.js';
import * as activations from './views/activations.js';
import * as leads from './views/leads.js';
import * as funnel from './views/funnel.js';
import * as importing from './views/import.js';
import * as campaigns from './views/campaigns.js';
import * as campaign from './views/campaign.js';
import * as sandbox from './views/sandbox.js';
import * as conversas from './views/conversas.js';
import * as conversa from './views/conversa.js';
import * as lead from './views/lead.js';
import * as titulares from './views/titulares.js';
import * as agenda from './views/agenda.js';

/**
 * Hash routes: #/login, #/marketplace, #/meus-agentes, #/leads, #/lead?id=, #/importar(?id=), #/campanhas,
 * #/campanha?id=, #/conversas(?aba=), #/conversa?lead=, #/sandbox, #/agenda(?id=), #/funil, #/titulares. `nav` names
 * the menu link a route belongs to when it has none.
 */
const ROUTES = {
  login: { view: login, title: 'Entrar', public: true },
  marketplace: { view: marketplace, title: 'Marketplace' },
  'meus-agentes': { view: activations, title: 'Meus agentes' },
  leads: { view: leads, title: 'Leads' },
  lead: { view: lead, title: 'Lead', nav: 'leads' },
  importar: { view: importing, title: 'Importar leads' },
  campanhas: { view: campaigns, title: 'Campanhas' },
  campanha: { view: campaign, title: 'Campanha', nav: 'campanhas' },
  conversas: { view: conversas, title: 'Conversas' },
  conversa: { view: conversa, title: 'Conversa', nav: 'conversas' },
  sandbox: { view: sandbox, title: 'Sandbox' },
  agenda: { view: agenda, title: 'Agenda' },
  funil: { view: funnel, title: 'Funil' },
  titulares: { view: titulares, title: 'Privacidade (LGPD)' },
};
const HOME = 'marketplace';

const main = document.getElementById('conteudo');
const header = document.querySelector('[data-testid="app-header"]');
let renderCount = 0;
let me = null;
let meRequest = null;
let keepFlash = false;
let afterLogin = null;

export function navigate(route) {
  goTo(route, render);
}

async function render() {
  const { name, params } = parseHash();
  const route = ROUTES[name];
  if (!route) {
    navigate(session.token ? HOME : 'login');
    return;
  }
  if (!route.public && !session.token) {
    afterLogin = name === HOME ? null : location.hash.replace(/^#\//, '');
    navigate('login');
    return;
  }
  if (name === 'login' && session.token) {
    navigate(HOME);
    return;
  }

  const current = ++renderCount;
  if (keepFlash) keepFlash = false;
  else flash.clear();

  document.title = `${route.title} · Alquimista.AI`;
  document.body.dataset.route = name;
  header.hidden = !!route.public;
  markCurrentLink(route.nav ?? name);
  if (!route.public) loadMe();

  const ctx = {
    params,
    navigate,
    afterLogin,
    isCurrent: () => current === renderCount,
    /** Draws the page again; `keepFlash` keeps the message just shown (a mark's "feito") on the new page. */
    refresh: ({ keepFlash: keep = false } = {}) => {
      keepFlash = keep === true;
      return render();
    },
    user: currentUser,
    signedIn: (user) => {
      afterLogin = null;
      showUser(user);
    },
  };
  try {
    await route.view.render(main, ctx);
  } catch (error) {
    if (current === renderCount && error?.status !== 401) flash.error(problemView(error));
  }
  if (current === renderCount && !route.public) {
    main.querySelector('h1')?.focus({ preventScroll: true });
  }
}

async function loadMe() {
  if (me) return;
  try {
    await currentUser();
  } catch (error) {
    if (error?.status !== 401) console.warn('GET /api/me falhou', error);
  }
}

/** The signed-in user (GET /api/me, asked once per session): views read its role from here. */
function currentUser() {
  if (me) return Promise.resolve(me);
  if (!meRequest) {
    const request = api.me()
      .then((user) => {
        if (meRequest === request) showUser(user);
        return user;
      })
      .finally(() => {
        if (meRequest === request) meRequest = null;
      });
    meRequest = request;
  }
  return meRequest;
}

function showUser(user) {
  if (!user) return;
  me = user;
  showIdentity(user.company_name, user.email);
}

function showIdentity(company, email) {
  header.querySelector('[data-testid="header-company"]').textContent = company ?? '';
  header.querySelector('[data-testid="header-email"]').textContent = email ?? '';
}

function signOut(message) {
  session.end();
  me = null;
  meRequest = null;
  showIdentity('', '');
  if (message) {
    flash.show(message, 'info');
    keepFlash = true;
  }
  navigate('login');
}

/** "Sair" ends the session on the server (its token stops working everywhere), then here. */
async function logOut() {
  try {
    await api.logout();
    signOut('Você saiu da sua conta.');
  } catch (error) {
    // a 401 means the session had already ended: the unauthorized handler below has signed out
    if (error.status !== 401) {
      signOut('Você saiu neste navegador, mas o servidor não confirmou o fim da sessão.');
    }
  }
}

document.getElementById('logout').addEventListener('click', logOut);

window.addEventListener('alquimista:unauthorized', () => {
  if (parseHash().name === 'login') return;
  afterLogin = null;
  signOut('Sua sessão expirou. Entre novamente.');
});

window.addEventListener('hashchange', render);
render();
