// Signing in. In a cluster: OpenID Connect authorization code with PKCE, in the browser, against the
// issuer the services trust (config.json names it). Locally: the "sign in as" page, whose token the web
// module signs with the local key. Either way the token stays in this tab (sessionStorage), never in a
// cookie a server reads, and goes out only as the Authorization header of API calls.
import { ApiProblem } from './api.js';

const TOKEN = 'salesplan.token';
const PKCE = 'salesplan.pkce';

export function currentToken() {
  const stored = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
  if (!stored) return null;
  if (stored.expiresAt && Date.now() > stored.expiresAt) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  return stored.accessToken;
}

function keep(accessToken, expiresIn) {
  sessionStorage.setItem(TOKEN, JSON.stringify({
    accessToken,
    // a minute early, so a call never leaves with a token about to expire
    expiresAt: expiresIn ? Date.now() + (expiresIn - 60) * 1000 : null,
  }));
}

export function forget() {
  sessionStorage.removeItem(TOKEN);
}

export async function loadConfig() {
  const response = await fetch('/config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
  return response.json();
}

// ---- local run ----

export async function localPeople() {
  const response = await fetch('/local-sign-in/people', { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body.items;
}

export async function localSignIn(role, email) {
  const response = await fetch('/local-sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ role, email }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, body);
  keep(body.accessToken, body.expiresIn);
}

// ---- OpenID Connect, authorization code with PKCE (RFC 7636) ----

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri() {
  return `${window.location.origin}/`;
}

export async function startOidc(oidc, returnTo) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(oidc.authorizationEndpoint);
  const params = {
    response_type: 'code', client_id: oidc.clientId, redirect_uri: redirectUri(), scope: oidc.scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  };
  if (oidc.audience) params.audience = oidc.audience;
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  window.location.assign(url.toString());
}

/** Completes a sign-in when the provider has sent the browser back with ?code=…; false when it has not. */
export async function finishOidc(oidc) {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const saved = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
  sessionStorage.removeItem(PKCE);
  window.history.replaceState(null, '', `/${(saved && saved.returnTo) || ''}`);
  if (params.has('error')) {
    throw new ApiProblem(401, { title: params.get('error'), detail: params.get('error_description') });
  }
  if (!saved || saved.state !== params.get('state')) {
    throw new ApiProblem(401, { title: 'Sign-in failed', detail: 'The answer from the identity provider does not belong to this sign-in.' });
  }
  const response = await fetch(oidc.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: oidc.clientId, code_verifier: saved.verifier,
    }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiProblem(response.status, { title: (body && body.error) || 'Sign-in failed', detail: body && body.error_description });
  }
  keep(body.access_token, body.expires_in);
  return true;
}

export function signOutUrl(oidc) {
  if (!oidc || !oidc.endSessionEndpoint) return null;
  const url = new URL(oidc.endSessionEndpoint);
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  return url.toString();
}
