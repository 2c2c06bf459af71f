// A real OpenID Provider for the staff sign-in tests: panva's oidc-provider
// (OpenID Certified) on loopback with its development login pages, one
// confidential client for Loket, and test accounts whose `roles` claim is in
// the ID token, as Entra ID app roles and Keycloak client roles are.
// Usage: node provider.mjs <port> <redirect uri>
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const accounts = {
  anna: { email: 'anna.sso@voorbeeld.nl', name: 'Anna Sso', roles: ['loket.behandelaar'] },
  zonderrol: { email: 'zonder.rol@voorbeeld.nl', name: 'Zonder Rol', roles: ['intranet.lezer'] },
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'loket',
    client_secret: 'loket-test-geheim-dat-lang-genoeg-is',
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  claims: { openid: ['sub', 'roles'], email: ['email', 'email_verified'], profile: ['name'] },
  // Claims in the ID token itself, not only behind the userinfo endpoint.
  conformIdTokenClaims: false,
  cookies: { keys: ['only-for-tests-on-loopback'] },
  findAccount: async (ctx, id) => accounts[id] && {
    accountId: id,
    claims: async () => ({ sub: id, email_verified: true, ...accounts[id] }),
  },
});
provider.listen(Number(port), '127.0.0.1', () => console.log('ready'));
