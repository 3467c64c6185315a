// Calls the public APIs with the signed-in person's bearer token, on relative URLs: the ingress (in a
// cluster) or the web module's proxy (locally) routes /api/v1/… to the service that owns it.
import { t } from './i18n.js';
import { h } from './dom.js';

let tokenSource = () => null;
let onUnauthorized = () => {};

export function configureApi({ token, unauthorized }) {
  tokenSource = token;
  onUnauthorized = unauthorized;
}

/** The Authorization header of the signed-in person, for requests api() cannot make (a stream). */
export function authorization() {
  const token = tokenSource();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** An RFC 9457 problem from a service (or one made up here when the network failed). */
export class ApiProblem extends Error {
  constructor(status, body, statusText) {
    const problem = body && typeof body === 'object' ? body : {};
    const title = problem.title || [status ? `HTTP ${status}` : null, statusText].filter(Boolean).join(' ');
    super(title);
    this.status = status;
    this.title = title;
    this.detail = problem.detail || (typeof body === 'string' ? body : null);
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const request = { method, headers: { Accept: 'application/json', ...headers } };
  const token = tokenSource();
  if (token) request.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (e) {
    throw new ApiProblem(0, { title: t('problem.network'), detail: t('problem.networkDetail') });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = text; }
  }
  if (!response.ok) {
    if (response.status === 401) onUnauthorized();
    throw new ApiProblem(response.status, data, response.statusText);
  }
  return raw ? { data, response } : data;
}

/** Every item of a list ({items, nextCursor}), following its cursor; at most 20 pages. */
export async function apiAll(path) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 20; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const body = await api(cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path);
    items.push(...body.items);
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
  }
  return items;
}

/** A query string from the defined values of params. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') search.set(k, v);
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** A problem as people read it: its title, its detail and the fields it names. Never a stack trace. */
export function problemView(error) {
  const problem = error instanceof ApiProblem ? error
    : new ApiProblem(0, { title: t('problem.network'), detail: error && error.message });
  return h('div', { class: 'problem', role: 'alert' },
    h('strong', { class: 'problem-title' }, problem.title),
    problem.detail ? h('p', { class: 'problem-detail' }, problem.detail) : null,
    problem.errors.length ? h('ul', {}, problem.errors.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null);
}
