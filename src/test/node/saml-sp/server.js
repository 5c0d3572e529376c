// A tiny SAML 2.0 service provider built on @node-saml/node-saml, started by the integration tests (NodePeer.java).
// It trusts the signing certificates of the IdP's metadata descriptor, sends an SP-initiated AuthnRequest (redirect
// binding) and validates the POSTed response: signatures of the response and the assertion, audience, InResponseTo,
// time conditions, NameID format; with SP_DECRYPTION_KEY it also decrypts an encrypted assertion. The page after the
// login shows what the SP accepted, by element id, for the browser test to read.
//
// Environment: SP_ENTITY_ID (issuer and expected audience), IDP_SSO_URL, IDP_DESCRIPTOR_URL, optional SP_NAMEID_FORMAT,
// SP_ACCEPT_UNSOLICITED (any value: also IdP-initiated responses, without InResponseTo) and SP_DECRYPTION_KEY (the private key, PKCS#8 or PKCS#1, as PEM or bare base64 DER). Listens on 127.0.0.1, a free port, and prints "listening on <port>".
'use strict';

const crypto = require('node:crypto');
const http = require('node:http');
const { SAML, ValidateInResponseTo } = require('@node-saml/node-saml');

const EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error('missing environment variable ' + name);
  }
  return value;
};

let port;
let saml;
let accepted = 0;

async function idpCertificates() {
  const res = await fetch(env('IDP_DESCRIPTOR_URL'));
  if (!res.ok) {
    throw new Error('IdP descriptor answered ' + res.status);
  }
  const xml = await res.text();
  const certs = [];
  const signing = /KeyDescriptor use="signing"[\s\S]*?X509Certificate>([^<]+)</g;
  for (let m = signing.exec(xml); m; m = signing.exec(xml)) {
    const body = m[1].replace(/\s+/g, '').match(/.{1,64}/g).join('\n');
    certs.push('-----BEGIN CERTIFICATE-----\n' + body + '\n-----END CERTIFICATE-----');
  }
  if (certs.length === 0) {
    throw new Error('no signing certificate in the IdP descriptor');
  }
  return certs;
}

function decryptionKey() {
  const raw = process.env.SP_DECRYPTION_KEY;
  if (!raw) {
    return undefined;
  }
  const der = Buffer.from(raw.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  let key;
  try {
    key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (e) {
    key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  }
  return key.export({ type: 'pkcs8', format: 'pem' });
}

async function sp() {
  if (!saml) {
    const entityId = env('SP_ENTITY_ID');
    saml = new SAML({
      issuer: entityId,
      audience: entityId,
      callbackUrl: 'http://127.0.0.1:' + port + '/acs',
      entryPoint: env('IDP_SSO_URL'),
      idpCert: await idpCertificates(),
      identifierFormat: process.env.SP_NAMEID_FORMAT || EMAIL,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      // IdP-initiated responses (a portal's launch) carry no InResponseTo: accepted only when the test asks for it
      validateInResponseTo: process.env.SP_ACCEPT_UNSOLICITED ? ValidateInResponseTo.ifPresent : ValidateInResponseTo.always,
      disableRequestedAuthnContext: true,
      acceptedClockSkewMs: 5000,
      decryptionPvk: decryptionKey(),
    });
  }
  return saml;
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(res, status, rows) {
  const items = rows.map(([id, value]) => '<dt>' + escape(id) + '</dt><dd id="' + escape(id) + '">' + escape(value) + '</dd>');
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  const head = '<!doctype html><html><head><meta charset="utf-8"><title>test SP</title></head>';
  res.end(head + '<body><dl>' + items.join('') + '</dl></body></html>');
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(Object.fromEntries(new URLSearchParams(body))));
    req.on('error', reject);
  });
}

async function acs(req, res) {
  const form = await readForm(req);
  const { profile } = await (await sp()).validatePostResponseAsync({ SAMLResponse: form.SAMLResponse });
  const raw = Buffer.from(form.SAMLResponse, 'base64').toString('utf8');
  const keyTransport = /EncryptedKey[\s\S]*?EncryptionMethod[^>]*Algorithm="([^"]+)"/.exec(raw);
  accepted++;
  const rows = [['result', 'accepted'], ['issuer', profile.issuer], ['nameid', profile.nameID], ['nameid-format', profile.nameIDFormat],
    ['encrypted', raw.includes('EncryptedAssertion') ? 'yes' : 'no'], ['key-transport', keyTransport ? keyTransport[1] : '']];
  for (const [name, value] of Object.entries(profile.attributes || {})) {
    rows.push(['attr-' + name, Array.isArray(value) ? value.join(',') : value]);
  }
  page(res, 200, rows);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1:' + port);
  try {
    if (req.method === 'GET' && url.pathname === '/login') {
      res.writeHead(302, { Location: await (await sp()).getAuthorizeUrlAsync('', undefined, {}) });
      res.end();
    } else if (req.method === 'POST' && url.pathname === '/acs') {
      await acs(req, res);
    } else if (req.method === 'GET' && url.pathname === '/status') {
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
