// A real OpenID Provider (npm oidc-provider) on loopback, for Formulate's sign-in tests.
//   node scripts/oidc-test-provider.mjs <port> <redirect-uri> <client-secret>
// Prints "ready <issuer>" when it listens. Accounts sign in by user name alone (the password
// step belongs to the provider, not to what is tested). GET /test/tamper?mode=<mode> makes the
// next id_tokens wrong in one way, re-signed, so that the client's checks can be tested:
// wrong-issuer, wrong-audience, expired, bad-signature, replay-nonce, or none.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [port, redirectUri, clientSecret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const kid = 'formulate-test-key';

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const { privateKey: strangerKey } = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };

const accounts = {
  'pat.practitioner': { name: 'Pat Practitioner', groups: ['formulate-practitioners', 'north-locality'] },
  'morgan.manager': { name: 'Morgan Manager', groups: ['formulate-managers', 'south-locality'] },
  'casey.unmapped': { name: 'Casey Unmapped', groups: ['finance'] },
};

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'formulate',
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [new URL('/sign-in?signedOut=true', redirectUri).toString()],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  jwks: { keys: [jwk] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['formulate-test-cookie-key'] },
  findAccount: async (ctx, sub) => accounts[sub] && {
    accountId: sub,
    claims: async () => ({ sub, preferred_username: sub, ...accounts[sub] }),
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
    case 'wrong-issuer': claims.iss = 'http://127.0.0.1:1/another-provider'; break;
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

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
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
    callback(req, res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
