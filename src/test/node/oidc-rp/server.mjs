// A tiny OpenID Connect relying party built on openid-client, started by the integration tests (NodePeer.java).
// It discovers the issuer, sends the authorization code flow with PKCE (S256), state and nonce, redeems the code and
// lets openid-client validate the ID token: signature against the issuer's JWKS (non-repudiation checks on), issuer,
// audience, nonce, expiry. The page after the login shows what the RP accepted, by element id.
//
// Environment: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET. Listens on 127.0.0.1, a free port, and prints
// "listening on <port>".
import http from 'node:http';
import * as client from 'openid-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error('missing environment variable ' + name);
  }
  return value;
};

let port;
let config;
let accepted = 0;
const pending = new Map();

async function rp() {
  if (!config) {
    config = await client.discovery(new URL(env('OIDC_ISSUER')), env('OIDC_CLIENT_ID'), env('OIDC_CLIENT_SECRET'), undefined,
      { execute: [client.allowInsecureRequests] });
    client.enableNonRepudiationChecks(config);
  }
  return config;
}

const redirectUri = () => 'http://127.0.0.1:' + port + '/callback';
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(res, status, rows) {
  const items = rows.map(([id, value]) => '<dt>' + escape(id) + '</dt><dd id="' + escape(id) + '">' + escape(value) + '</dd>');
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  const head = '<!doctype html><html><head><meta charset="utf-8"><title>test RP</title></head>';
  res.end(head + '<body><dl>' + items.join('') + '</dl></body></html>');
}

async function login(res) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  pending.set(state, { verifier, nonce });
  const url = client.buildAuthorizationUrl(await rp(), {
    redirect_uri: redirectUri(), scope: 'openid email profile', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  res.writeHead(302, { Location: url.href });
  res.end();
}

async function callback(url, res) {
  const state = url.searchParams.get('state');
  const expected = pending.get(state);
  if (!expected) {
    throw new Error('unknown state');
  }
  pending.delete(state);
  const tokens = await client.authorizationCodeGrant(await rp(), url,
    { pkceCodeVerifier: expected.verifier, expectedNonce: expected.nonce, expectedState: state, idTokenExpected: true });
  const claims = tokens.claims();
  const header = JSON.parse(Buffer.from(tokens.id_token.split('.')[0], 'base64url').toString('utf8'));
  accepted++;
  page(res, 200, [['result', 'accepted'], ['iss', claims.iss], ['sub', claims.sub], ['aud', [].concat(claims.aud).join(',')],
    ['nonce', claims.nonce === expected.nonce ? 'matched' : 'different'], ['alg', header.alg],
    ['email', claims.email], ['given_name', claims.given_name], ['family_name', claims.family_name]]);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1:' + port);
  try {
    if (url.pathname === '/login') {
      await login(res);
    } else if (url.pathname === '/callback') {
      await callback(url, res);
    } else if (url.pathname === '/status') {
      page(res, 200, [['accepted', accepted]]);
    } else {
      page(res, 404, [['error', 'not found']]);
    }
  } catch (e) {
    console.error('refused:', e && e.message);
    page(res, 500, [['result', 'refused'], ['error', e && e.message]]);
  }
}

const server = http.createServer((req, res) => { handle(req, res); });
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  console.log('listening on ' + port);
});
