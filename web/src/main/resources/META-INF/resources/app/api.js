/**
 * The Alquimista API as the UI sees it: the bearer token kept in sessionStorage, JSON in and out,
 * errors as application/problem+json turned into ApiError, and a 401 from any /api call ending
 * the session (the router then shows the login screen).
 */
const TOKEN_KEY = 'alquimista.token';
/** A platform operator's token, for the console: never where the tenant's screens would send it. */
const OPERATOR_TOKEN_KEY = 'alquimista.operator-token';

/** The API lives at the application root; the UI one level below it (/app/). */
const ROOT = new URL('../', document.baseURI);

/** How long a call may take before the UI gives up on it; an upload passes a longer one. */
const TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

const FORBIDDEN_MESSAGE = 'Seu perfil não permite esta ação.';
const NETWORK_MESSAGE = 'Não foi possível falar com o servidor. Verifique sua conexão e tente novamente.';
const TIMEOUT_MESSAGE = 'O servidor demorou demais para responder. Tente novamente em instantes.';

/** The Portuguese headline for each status: the server's own detail (in English) goes beneath it. */
const HEADLINES = {
  400: 'Alguns dados não foram aceitos. Confira e tente de novo.',
  401: 'Sua sessão expirou. Entre novamente.',
  403: FORBIDDEN_MESSAGE,
  404: 'Não encontramos o que você procurava.',
  409: 'A operação não pôde ser concluída no estado atual.',
  413: 'O conteúdo enviado é grande demais.',
  415: 'Formato não aceito.',
  429: 'Muitas solicitações seguidas. Aguarde um instante e tente de novo.',
};

/** A bearer token kept in this tab's sessionStorage under `key`. */
function tokenSession(key) {
  return {
    get token() {
      return sessionStorage.getItem(key);
    },
    start(token) {
      sessionStorage.setItem(key, token);
    },
    end() {
      sessionStorage.removeItem(key);
    },
  };
}

/** A tenant user's session (the app). */
export const session = tokenSession(TOKEN_KEY);

/** A platform operator's session (the console). */
export const operatorSession = tokenSession(OPERATOR_TOKEN_KEY);

/** A failed call: status 0 when the server was never reached (then problem.detail is ours, in Portuguese). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The field problems of a 400, as the API sends them: [{field, problem}]. */
  get errors() {
    return (Array.isArray(this.problem.errors) ? this.problem.errors : [])
      .filter((item) => item && typeof item === 'object')
      .map((item) => ({ field: String(item.field ?? ''), problem: String(item.problem ?? '') }));
  }
}

/** Roles from the least to the most trusted: each includes the ones before it. */
const ROLES = ['viewer', 'operator', 'manager', 'admin'];

/** Whether the user (GET /api/me) has at least this role: hasRole(user, 'manager') for gestores and admins. */
export function hasRole(user, role) {
  return ROLES.indexOf(user?.role) >= ROLES.indexOf(role) && ROLES.indexOf(role) >= 0;
}

/**
 * The Portuguese headline for a failed call: `headlines` (by status) first, then the defaults. The
 * server's detail is not part of it (ui.js problemView shows it beneath).
 */
export function messageFor(error, headlines = {}) {
  const status = error instanceof ApiError ? error.status : 0;
  if (Object.hasOwn(headlines, status)) return headlines[status];
  if (status === 0) return (error instanceof ApiError && error.problem.detail) || NETWORK_MESSAGE;
  if (Object.hasOwn(HEADLINES, status)) return HEADLINES[status];
  return status >= 500
    ? 'O servidor encontrou um erro. Tente novamente em instantes.'
    : `Não foi possível concluir a operação (HTTP ${status}).`;
}

/**
 * Calls the API. `auth: false` sends no token and leaves the session alone on 401 (the login
 * form does that itself). A FormData body goes as multipart/form-data (the browser writes the
 * boundary), anything else as JSON. Without a `signal` of its own the call gives up after
 * `timeout` ms; a caller that aborts its signal gets the AbortError back. `as` is the session whose token goes
 * with the call (the tenant's by default) and which a 401 ends.
 */
export async function request(path, { method = 'GET', body, auth = true, signal, timeout = TIMEOUT_MS, as = session } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (auth && as.token) headers.Authorization = `Bearer ${as.token}`;

  let response;
  let payload;
  try {
    response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal: signal ?? AbortSignal.timeout(timeout),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    payload = await readBody(response);
  } catch (cause) {
    // The caller cancelled on purpose: it expects the AbortError, and there is nothing to tell the user.
    if (cause?.name === 'AbortError' && signal?.aborted) throw cause;
    throw new ApiError(0, { detail: cause?.name === 'TimeoutError' ? TIMEOUT_MESSAGE : NETWORK_MESSAGE });
  }
  if (response.ok) return payload;

  const problem = payload && typeof payload === 'object' ? payload : { title: response.statusText };
  const error = new ApiError(response.status, problem);
  if (response.status === 401 && auth) {
    as.end();
    window.dispatchEvent(new CustomEvent('alquimista:unauthorized', { detail: error }));
  }
  throw error;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return { detail: text };
    }
  }
  return response.ok ? text : { title: response.statusText };
}

export const api = {
  login: (email, password) => request('/auth/login', { method: 'POST', body: { email, password }, auth: false }),
  logout: () => request('/auth/logout', { method: 'POST' }),
  me: () => request('/api/me'),
  agents: () => request('/api/agents'),
  activate: (id, settings = {}) => request(`/api/agents/${encodeURIComponent(id)}/activate`, { method: 'POST', body: { settings } }),
  deactivate: (id) => request(`/api/agents/${encodeURIComponent(id)}/deactivate`, { method: 'POST', body: {} }),
  activations: () => request('/api/activations'),
  leads: (page = 0, size = 20) => request(`/api/leads?page=${page}&size=${size}`),
  /** The funnel of a period ({de, ate} as YYYY-MM-DD; neither: all time), with its days. */
  funnel: ({ de, ate } = {}) => request(`/api/funnel${query({ de, ate })}`),
  reports: () => request('/api/relatorios'),
  /** A day's report as a PDF Blob (the API wants the bearer token, so a plain link cannot fetch it). */
  reportPdf: (data) => pdf(`/api/relatorios/${encodeURIComponent(data)}.pdf`),
  agendamentos: ({ status = '', de = '', ate = '', lead = '', page = 0, size = 100 } = {}) => request('/api/agendamentos?'
    + `${status ? `status=${encodeURIComponent(status)}&` : ''}${de ? `de=${encodeURIComponent(de)}&` : ''}`
    + `${ate ? `ate=${encodeURIComponent(ate)}&` : ''}${lead ? `lead_id=${encodeURIComponent(lead)}&` : ''}page=${page}&size=${size}`),
  agendamento: (id) => request(`/api/agendamentos/${encodeURIComponent(id)}`),
  marcarAgendamento: (id, marca, body) => request(`/api/agendamentos/${encodeURIComponent(id)}/${encodeURIComponent(marca)}`,
    { method: 'POST', body }),
  importLeads: (file) => request('/api/leads/import', { method: 'POST', body: leadFile(file), timeout: UPLOAD_TIMEOUT_MS }),
  importReport: (id) => request(`/api/imports/${encodeURIComponent(id)}`),
  campaigns: (page = 0, size = 20) => request(`/api/campanhas?page=${page}&size=${size}`),
  campaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}`),
  campaignPreview: (id, limit = 5) => request(`/api/campanhas/${encodeURIComponent(id)}/preview?limit=${limit}`),
  saveMessages: (id, mensagens) => request(`/api/campanhas/${encodeURIComponent(id)}/mensagens`, { method: 'PUT', body: mensagens }),
  approveCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
  pauseCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/pause`, { method: 'POST' }),
  resumeCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/resume`, { method: 'POST' }),
  setAutomaticEnrolment: (id, ativa) => request(`/api/campanhas/${encodeURIComponent(id)}/inscricao-automatica`,
    { method: 'PUT', body: { ativa: Boolean(ativa) } }),
  /** An empty status lists every send (the API refuses status= with nothing after it). */
  sends: (id, { status = '', page = 0, size = 50 } = {}) => request(`/api/campanhas/${encodeURIComponent(id)}/envios?`
    + `${status ? `status=${encodeURIComponent(status)}&` : ''}page=${page}&size=${size}`),
  sandbox: (page = 0, size = 50) => request(`/api/sandbox/mensagens?page=${page}&size=${size}`),
  sandboxReply: (id, texto) => request(`/api/sandbox/mensagens/${encodeURIComponent(id)}/resposta`, { method: 'POST', body: { texto } }),
  conversations: (page = 0, size = 20) => request(`/api/conversas?page=${page}&size=${size}`),
  /** A lead's whole conversation, with its company, consent evidence and held company sends. */
  conversation: (leadId) => request(`/api/conversas/${encodeURIComponent(leadId)}`),
  releaseCompany: (leadId) => request(`/api/conversas/${encodeURIComponent(leadId)}/conta/retomar`, { method: 'POST', body: {} }),
  reviewQueue: (page = 0, size = 20) => request(`/api/conversas/revisao?page=${page}&size=${size}`),
  /** Sends the draft (texto undefined) or the text a person wrote. */
  approveReply: (id, texto) => request(`/api/conversas/revisao/${encodeURIComponent(id)}/aprovar`,
    { method: 'POST', body: texto === undefined ? {} : { texto } }),
  discardReply: (id) => request(`/api/conversas/revisao/${encodeURIComponent(id)}/descartar`, { method: 'POST', body: {} }),
  /** An uncertain send of the review queue arrived after all: it becomes enviado. */
  confirmSend: (id) => request(`/api/conversas/revisao/${encodeURIComponent(id)}/confirmar`, { method: 'POST', body: {} }),
  orphans: (page = 0, size = 20) => request(`/api/conversas/orfas?page=${page}&size=${size}`),
  assignOrphan: (id, leadId) => request(`/api/conversas/orfas/${encodeURIComponent(id)}/atribuir`, { method: 'POST', body: { lead_id: leadId } }),
  discardOrphan: (id) => request(`/api/conversas/orfas/${encodeURIComponent(id)}/descartar`, { method: 'POST', body: {} }),
  /** LGPD: everything held about a person, by { telefone } or { email } (the export's JSON). */
  titular: (who) => request(`/api/titulares?${new URLSearchParams(who)}`),
  eraseTitular: (who) => request('/api/titulares/eliminacao', { method: 'POST', body: who }),
  titularesSummary: () => request('/api/titulares/resumo'),
  unsubscribeLead: (leadId, motivo) => request(`/api/leads/${encodeURIComponent(leadId)}/descadastro`, { method: 'POST', body: { motivo } }),
  consent: (leadId) => request(`/api/leads/${encodeURIComponent(leadId)}/consentimento`),
  leadPath: (leadId) => request(`/api/leads/${encodeURIComponent(leadId)}/rastro`),
  setConsent: (leadId, body) => request(`/api/leads/${encodeURIComponent(leadId)}/consentimento`, { method: 'PUT', body }),
};

/** The console's calls, with the operator's token. */
function asOperator(path, options = {}) {
  return request(path, { ...options, as: operatorSession });
}

const queuePath = (queue) => `/admin/queues/${encodeURIComponent(queue)}`;
const timerPath = (name) => `/admin/timers/${encodeURIComponent(name)}`;

export const operatorApi = {
  login: (email, password) => request('/auth/operator/login', { method: 'POST', body: { email, password }, auth: false }),
  logout: () => asOperator('/auth/logout', { method: 'POST' }),
  queues: () => asOperator('/admin/queues'),
  deadLetters: (queue, limit = 50) => asOperator(`${queuePath(queue)}/dlq?limit=${limit}`),
  /** Every dead letter back to its queue when `ids` is empty, else those. */
  redrive: (queue, ids = []) => asOperator(`${queuePath(queue)}/dlq/redrive`,
    { method: 'POST', body: ids.length ? { message_ids: ids } : { all: true } }),
  /** Deletes every message of the queue; `confirm` is its name, as the operator typed it. */
  purge: (queue, confirm) => asOperator(`${queuePath(queue)}/purge`, { method: 'POST', body: { confirm } }),
  inject: (queue, body, attributes) => asOperator(`${queuePath(queue)}/messages`, { method: 'POST', body: { body, attributes } }),
  /** Outbox rows still to be sent (pendente) or dead (morta), without their bodies. */
  outbox: (state, limit = 100) => asOperator(`/admin/outbox?state=${encodeURIComponent(state)}&limit=${limit}`),
  retryOutbox: (id) => asOperator(`/admin/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
  retryDeadOutbox: () => asOperator('/admin/outbox/retry', { method: 'POST' }),
  timers: () => asOperator('/admin/timers'),
  trace: (id) => asOperator(`/api/traces/${encodeURIComponent(id)}`),
  chains: (limit = 100) => asOperator(`/admin/chains?limit=${limit}`),
  resumeChain: (id) => asOperator(`/admin/chains/${encodeURIComponent(id)}/resume`, { method: 'POST' }),
  pauseTimer: (name) => asOperator(`${timerPath(name)}/pause`, { method: 'POST' }),
  resumeTimer: (name) => asOperator(`${timerPath(name)}/resume`, { method: 'POST' }),
  runTimer: (name) => asOperator(`${timerPath(name)}/run`, { method: 'POST' }),
};

/** ?de=…&ate=… with the values given; '' when none is. */
function query(values) {
  const given = Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return given.length ? `?${new URLSearchParams(given)}` : '';
}

/** A PDF the API serves, as a Blob; an error as ApiError, as request() does. */
async function pdf(path) {
  const headers = { Accept: 'application/pdf, application/problem+json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  let response;
  try {
    response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
      headers, credentials: 'same-origin', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiError(0, { detail: cause?.name === 'TimeoutError' ? TIMEOUT_MESSAGE : NETWORK_MESSAGE });
  }
  if (response.ok) return response.blob();
  const problem = await readBody(response);
  const error = new ApiError(response.status, problem && typeof problem === 'object' ? problem : { title: response.statusText });
  if (response.status === 401) {
    session.end();
    window.dispatchEvent(new CustomEvent('alquimista:unauthorized', { detail: error }));
  }
  throw error;
}

const FILE_TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/**
 * The lead file as multipart/form-data, in the part named file. The part's type comes from the
 * extension: browsers on Windows call a .csv application/vnd.ms-excel, which the API would refuse.
 */
function leadFile(file) {
  const extension = String(file?.name ?? '').toLowerCase().split('.').pop();
  const type = Object.hasOwn(FILE_TYPES, extension) ? FILE_TYPES[extension] : undefined;
  const part = type && file.type !== type ? new File([file], file.name, { type }) : file;
  const form = new FormData();
  form.append('file', part, file.name);
  return form;
}
