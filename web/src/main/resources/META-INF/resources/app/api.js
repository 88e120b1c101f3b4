/**
 * The Alquimista API as the UI sees it: the bearer token kept in sessionStorage, JSON in and out,
 * errors as application/problem+json turned into ApiError, and a 401 from any /api call ending
 * the session (the router then shows the login screen).
 */
const TOKEN_KEY = 'alquimista.token';

/** The API lives at the application root; the UI one level below it (/app/). */
const ROOT = new URL('../', document.baseURI);

export const FORBIDDEN_MESSAGE = 'Seu perfil não permite esta ação.';
export const NETWORK_MESSAGE = 'Não foi possível falar com o servidor. Verifique sua conexão e tente novamente.';

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  start(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  end() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Field problems of a 400: [{field, problem}]. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** Field problems of a 400 in one shape, [{field, message}], whether sent as violations[] or errors[]. */
  get violations() {
    const listed = [
      ...(Array.isArray(this.problem.violations) ? this.problem.violations : []),
      ...this.errors,
    ];
    return listed
      .filter((item) => item && typeof item === 'object')
      .map((item) => ({ field: String(item.field ?? ''), message: String(item.message ?? item.problem ?? '') }));
  }
}

/** Roles from the least to the most trusted: each includes the ones before it. */
export const ROLES = ['viewer', 'operator', 'manager', 'admin'];

/** Whether the user (GET /api/me) has at least this role: hasRole(user, 'manager') for gestores and admins. */
export function hasRole(user, role) {
  return ROLES.indexOf(user?.role) >= ROLES.indexOf(role) && ROLES.indexOf(role) >= 0;
}

/** What to tell the user about a failed call. */
export function messageFor(error) {
  if (!(error instanceof ApiError)) return NETWORK_MESSAGE;
  if (error.status === 0) return NETWORK_MESSAGE;
  if (error.status === 403) return FORBIDDEN_MESSAGE;
  if (error.status === 401) return 'Sua sessão expirou. Entre novamente.';
  const { detail, title } = error.problem;
  if (detail) return detail;
  if (title) return title;
  return error.status >= 500
    ? 'O servidor encontrou um erro. Tente novamente em instantes.'
    : `Não foi possível concluir a operação (HTTP ${error.status}).`;
}

/**
 * Calls the API. `auth: false` sends no token and leaves the session alone on 401 (the login
 * form does that itself). A FormData body goes as multipart/form-data (the browser writes the
 * boundary), anything else as JSON.
 */
export async function request(path, { method = 'GET', body, auth = true, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (auth && session.token) headers.Authorization = `Bearer ${session.token}`;

  let response;
  try {
    response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    if (cause?.name === 'AbortError') throw cause;
    throw new ApiError(0, { detail: NETWORK_MESSAGE });
  }

  const payload = await readBody(response);
  if (response.ok) return payload;

  const problem = payload && typeof payload === 'object' ? payload : { title: response.statusText };
  const error = new ApiError(response.status, problem);
  if (response.status === 401 && auth) {
    session.end();
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
  return response.ok ? text : { detail: undefined, title: response.statusText };
}

export const api = {
  login: (email, password) => request('/auth/login', { method: 'POST', body: { email, password }, auth: false }),
  me: () => request('/api/me'),
  agents: () => request('/api/agents'),
  activate: (id, settings = {}) => request(`/api/agents/${encodeURIComponent(id)}/activate`, { method: 'POST', body: { settings } }),
  deactivate: (id) => request(`/api/agents/${encodeURIComponent(id)}/deactivate`, { method: 'POST', body: {} }),
  activations: () => request('/api/activations'),
  leads: (page = 0, size = 20) => request(`/api/leads?page=${page}&size=${size}`),
  funnel: () => request('/api/funnel'),
  importLeads: (file) => request('/api/leads/import', { method: 'POST', body: leadFile(file) }),
  importReport: (id) => request(`/api/imports/${encodeURIComponent(id)}`),
  campaigns: (page = 0, size = 20) => request(`/api/campanhas?page=${page}&size=${size}`),
  campaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}`),
  campaignPreview: (id, limit = 5) => request(`/api/campanhas/${encodeURIComponent(id)}/preview?limit=${limit}`),
  saveMessages: (id, mensagens) => request(`/api/campanhas/${encodeURIComponent(id)}/mensagens`, { method: 'PUT', body: mensagens }),
  approveCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
  pauseCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/pause`, { method: 'POST' }),
  resumeCampaign: (id) => request(`/api/campanhas/${encodeURIComponent(id)}/resume`, { method: 'POST' }),
  /** An empty status lists every send (the API refuses status= with nothing after it). */
  sends: (id, { status = '', page = 0, size = 50 } = {}) => request(`/api/campanhas/${encodeURIComponent(id)}/envios?`
    + `${status ? `status=${encodeURIComponent(status)}&` : ''}page=${page}&size=${size}`),
  sandbox: (page = 0, size = 50) => request(`/api/sandbox/mensagens?page=${page}&size=${size}`),
  sandboxReply: (id, texto) => request(`/api/sandbox/mensagens/${encodeURIComponent(id)}/resposta`, { method: 'POST', body: { texto } }),
};

const FILE_TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/**
 * The lead file as multipart/form-data, in the part named file. The part's type comes from the
 * extension: browsers on Windows call a .csv application/vnd.ms-excel, which the API would refuse.
 */
function leadFile(file) {
  const extension = String(file?.name ?? '').toLowerCase().split('.').pop();
  const type = FILE_TYPES[extension];
  const part = type && file.type !== type ? new File([file], file.name, { type }) : file;
  const form = new FormData();
  form.append('file', part, file.name);
  return form;
}
