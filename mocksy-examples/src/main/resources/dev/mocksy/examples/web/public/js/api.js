// Calls the platform API: JSON in and out, the CSRF token on every change, errors as exceptions with the server's message.
let csrfToken = null;

export class ApiError extends Error {
  constructor(status, code, message, problems) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = problems;
  }
}

export async function session() {
  const reply = await fetch('/api/session', { credentials: 'same-origin' });
  const body = await reply.json();
  csrfToken = body.csrfToken;
  return body;
}

async function token() {
  if (!csrfToken) {
    await session();
  }
  return csrfToken;
}

export async function call(method, path, body, options = {}) {
  const headers = {};
  let payload;
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = await token();
  }
  if (body instanceof FormData || body instanceof Blob) {
    payload = body;
    if (body instanceof Blob) headers['Content-Type'] = body.type;
  } else if (body !== undefined && body !== null) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const reply = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (reply.status === 401 && !options.allowAnonymous) {
    location.href = '/index.html';
    throw new ApiError(401, 'unauthenticated', 'Please log in');
  }
  const type = reply.headers.get('Content-Type') || '';
  const data = type.startsWith('application/json') ? await reply.json() : null;
  if (!reply.ok) {
    throw new ApiError(reply.status, data && data.error, (data && data.message) || reply.statusText, data && data.problems);
  }
  if (data && data.csrfToken) csrfToken = data.csrfToken;
  return data;
}

export const get = (path, options) => call('GET', path, null, options);
export const post = (path, body, options) => call('POST', path, body, options);
export const put = (path, body) => call('PUT', path, body);
export const del = (path) => call('DELETE', path);

// Shows an error in the page's alert region (role=alert announces it to screen readers).
export function showError(error) {
  const region = document.getElementById('error');
  if (region) region.textContent = error.message || String(error);
}

export function clearError() {
  const region = document.getElementById('error');
  if (region) region.textContent = '';
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export async function logout() {
  await post('/api/logout', null, { allowAnonymous: true });
  location.href = '/index.html';
}

export function wireHeader() {
  const button = document.getElementById('logout');
  if (button) button.addEventListener('click', () => logout().catch(showError));
}
