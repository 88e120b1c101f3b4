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
 * form does that itself).
 */
export async function request(path, { method = 'GET', body, auth = true, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth && session.token) headers.Authorization = `Bearer ${session.token}`;

  let response;
  try {
    response = await fetch(new URL(path.replace(/^\//, ''), ROOT), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
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
};
