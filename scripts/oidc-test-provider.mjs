// A real OpenID Provider (npm oidc-provider) on loopback, for Formulate's sign-in tests.
//   node scripts/oidc-test-provider.mjs <port> <redirect-uri> <client-secret>
//     a generic provider, issuer http://127.0.0.1:<port>, with groups in its id_tokens;
//   node scripts/oidc-test-provider.mjs <port> <redirect-uri> <client-secret> entra <tenant-id> <cert.pem> <key.pem> [<client-cert.pem>]
//     shaped like Microsoft Entra ID, over HTTPS (Microsoft.Identity.Web's issuer validator reads metadata only over
//     HTTPS): issuer https://127.0.0.1:<port>/<tenant-id>/v2.0 with discovery under it, tid, oid and roles claims, and
//     /organizations/v2.0/.well-known/openid-configuration whose issuer is the {tenantid} template, as Entra's is.
//     With <client-cert.pem>, a second client, formulate-certificate, has no secret and authenticates at the token
//     endpoint with a client assertion signed by that certificate's key (private_key_jwt), as an Entra app registration
//     with an uploaded certificate does.
// Prints "ready <issuer>" when it listens. Accounts sign in by user name alone (the password step belongs to the
// provider, not to what is tested). GET /test/tamper?mode=<mode> makes the next id_tokens wrong in one way, re-signed,
// so that the client's checks can be tested: wrong-issuer, wrong-audience, expired, bad-signature, replay-nonce,
// other-tenant (Entra: the issuer and tid of another tenant), tenant-mismatch (Entra: another tenant's issuer with this
// tenant's tid), or none.
import { createServer } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { readFileSync } from 'node:fs';
import { createHash, X509Certificate } from 'node:crypto';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [port, redirectUri, clientSecret, shape, tenantId, certFile, keyFile, clientCertFile] = process.argv.slice(2);
const entra = shape === 'entra';
const origin = entra ? `https://127.0.0.1:${port}` : `http://127.0.0.1:${port}`;
const mountPath = entra ? `/${tenantId}/v2.0` : '';
const issuer = `${origin}${mountPath}`;
const otherTenantId = '99999999-9999-4999-8999-999999999999';
const kid = 'formulate-test-key';

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const { privateKey: strangerKey } = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };

// Entra gives app roles in "roles"; other providers, groups.
const accounts = entra
  ? {
    'pat.practitioner': { name: 'Pat Practitioner', oid: '0a0a0a0a-0000-4000-8000-000000000001', roles: ['Formulate.Practitioner', 'Formulate.North'] },
    'morgan.manager': { name: 'Morgan Manager', oid: '0a0a0a0a-0000-4000-8000-000000000002', roles: ['Formulate.TeamManager', 'Formulate.South'] },
    'casey.unmapped': { name: 'Casey Unmapped', oid: '0a0a0a0a-0000-4000-8000-000000000003', roles: ['Finance.Reader'] },
  }
  : {
    'pat.practitioner': { name: 'Pat Practitioner', groups: ['formulate-practitioners', 'north-locality'] },
    'morgan.manager': { name: 'Morgan Manager', groups: ['formulate-managers', 'south-locality'] },
    'casey.unmapped': { name: 'Casey Unmapped', groups: ['finance'] },
    'dana.deactivated': { name: 'Dana Deactivated', groups: ['formulate-practitioners', 'north-locality'] },
  };

const client = {
  redirect_uris: [redirectUri],
  post_logout_redirect_uris: [new URL('/sign-in/sso/signed-out', redirectUri).toString()],
  grant_types: ['authorization_code'],
  response_types: ['code'],
};
const clients = [{ ...client, client_id: 'formulate', client_secret: clientSecret, token_endpoint_auth_method: 'client_secret_post' }];
if (clientCertFile) {
  // The certificate's public key, known by its SHA-1 thumbprint, as Entra ID keeps a certificate uploaded to an app registration.
  const pem = readFileSync(clientCertFile, 'utf8');
  const publicKey = await jose.importX509(pem, 'RS256', { extractable: true });
  const thumbprint = createHash('sha1').update(new X509Certificate(pem).raw).digest('base64url');
  clients.push({
    ...client,
    client_id: 'formulate-certificate',
    token_endpoint_auth_method: 'private_key_jwt',
    jwks: { keys: [{ ...(await jose.exportJWK(publicKey)), kid: thumbprint }] },
  });
}

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [jwk] },
  claims: entra
    ? { openid: ['sub', 'tid', 'oid', 'roles', 'ver'], profile: ['name', 'preferred_username'] }
    : { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  // Entra ID's discovery offers no pushed authorization requests, so the request goes in the browser's address there.
  features: { devInteractions: { enabled: false }, pushedAuthorizationRequests: { enabled: !entra } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['formulate-test-cookie-key'] },
  findAccount: async (ctx, sub) => accounts[sub] && {
    accountId: sub,
    claims: async () => ({
      sub, preferred_username: sub, ...accounts[sub], ...(entra ? { tid: tenantId, ver: '2.0' } : {}),
    }),
  },
  // Formulate is the council's own application: no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
});
// Behind the test's own TLS listener, for the Entra shape.
provider.proxy = true;

let tamper = 'none';
let previousNonce = null;

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !ctx.body?.id_token) {
    return;
  }
  const claims = jose.decodeJwt(ctx.body.id_token);
  const nonce = claims.nonce;
  const now = Math.floor(Date.now() / 1000);
  let key = privateKey;
  switch (tamper) {
    case 'wrong-issuer': claims.iss = entra ? `https://127.0.0.1:1/${tenantId}/v2.0` : 'http://127.0.0.1:1/another-provider'; break;
    case 'other-tenant': claims.iss = `${origin}/${otherTenantId}/v2.0`; claims.tid = otherTenantId; break;
    case 'tenant-mismatch': claims.iss = `${origin}/${otherTenantId}/v2.0`; break;
    case 'wrong-audience': claims.aud = 'another-client'; break;
    case 'expired': claims.iat = now - 7200; claims.exp = now - 3600; break;
    case 'bad-signature': key = strangerKey; break;
    case 'replay-nonce': claims.nonce = previousNonce; break;
    default: break;
  }
  previousNonce = nonce;
  if (tamper !== 'none') {
    ctx.body = { ...ctx.body, id_token: await new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key) };
  }
});

const callback = provider.callback();

async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><title>Test provider</title><form method="post" action="/interaction/${uid}">` +
      `<input name="login"><button>Sign in</button></form><p>${details.prompt.name}</p>`);
    return;
  }
  const body = new URLSearchParams(await new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => resolve(text));
  }));
  const login = body.get('login');
  if (!accounts[login]) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`unknown test account ${login}`);
    return;
  }
  await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
}

// Entra's multi-tenant ("organizations") discovery: this tenant's endpoints, and the issuer as a template.
async function organizations(res) {
  const discovery = await ownDiscovery();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ...discovery, issuer: `${origin}/{tenantid}/v2.0` }));
}

let discoveryRead = null;
function ownDiscovery() {
  discoveryRead ??= new Promise((resolve, reject) => {
    // The tenant's own discovery document, read from this provider as any client would (its certificate is the test's own).
    httpsRequest(`${issuer}/.well-known/openid-configuration`, { rejectUnauthorized: false }, (response) => {
      let text = '';
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve(JSON.parse(text)));
    }).on('error', reject).end();
  });
  return discoveryRead;
}

async function handle(req, res) {
  try {
    const url = new URL(req.url, origin);
    if (url.pathname === '/test/tamper') {
      tamper = url.searchParams.get('mode') ?? 'none';
      res.writeHead(204);
      res.end();
      return;
    }
    const match = url.pathname.match(/^\/interaction\/([^/]+)$/);
    if (match) {
      await interaction(req, res, match[1]);
      return;
    }
    if (entra && url.pathname === '/organizations/v2.0/.well-known/openid-configuration') {
      await organizations(res);
      return;
    }
    if (mountPath) {
      if (!url.pathname.startsWith(`${mountPath}/`)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end(`no tenant at ${url.pathname}`);
        return;
      }
      // Mounted under the tenant's path, as oidc-provider expects behind a router that strips it.
      req.originalUrl = req.url;
      req.url = req.url.slice(mountPath.length);
      req.headers['x-forwarded-proto'] = 'https';
    }
    callback(req, res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
}

const server = entra
  ? createHttpsServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, handle)
  : createServer(handle);
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
