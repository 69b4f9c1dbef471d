import { fakeBrowser } from 'wxt/testing';
import { GOOGLE_AUTHORIZE, GOOGLE_SCOPES, createGoogleTokenSource } from '../../../src/auth/google';
import type { IdentityApi } from '../../../src/auth/identity';
import { AuthFlowError, NotConfiguredError, SignInRequiredError } from '../../../src/auth/settings';
import { createTokenCache } from '../../../src/auth/tokenCache';
import { REDIRECT, fakeIdentity } from './fakeIdentity';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.freebusy',
];

beforeEach(() => fakeBrowser.reset());

function chromeIdentity(tokens: (string | undefined)[]) {
  const asked: { interactive?: boolean; scopes?: string[] }[] = [];
  const removed: string[] = [];
  const identity: IdentityApi = {
    getRedirectURL: () => REDIRECT,
    launchWebAuthFlow: async () => {
      throw new Error('not used on Chrome');
    },
    async getAuthToken(details) {
      asked.push(details);
      const token = tokens.shift();
      if (!token) throw new Error('The user did not approve access.');
      return { token, grantedScopes: details.scopes };
    },
    async removeCachedAuthToken({ token }) {
      removed.push(token);
    },
  };
  return { identity, asked, removed };
}

describe('Google sign-in on Chrome (getAuthToken)', () => {
  it('asks for exactly the two calendar scopes, silently first, and caches the token in session storage', async () => {
    const { identity, asked } = chromeIdentity([undefined, 'ya29.one']);
    const cache = createTokenCache(fakeBrowser.storage.session, () => NOW);
    const tokens = createGoogleTokenSource({
      identity,
      cache,
      settings: {},
      manifestClientId: 'x.apps.googleusercontent.com',
      interactive: true,
      now: () => NOW,
    });
    expect(await tokens.getToken()).toBe('ya29.one');
    expect(asked).toEqual([
      { interactive: false, scopes: SCOPES },
      { interactive: true, scopes: SCOPES },
    ]);
    expect(GOOGLE_SCOPES).toEqual(SCOPES);
    expect(await tokens.getToken()).toBe('ya29.one');
    expect(asked).toHaveLength(2);
    expect((await fakeBrowser.storage.session.get(null))['accord.auth.google']).toMatchObject({
      accessToken: 'ya29.one',
    });
  });

  it('drops the refused token from Chrome’s cache before asking for a new one', async () => {
    const { identity, removed } = chromeIdentity(['ya29.one', 'ya29.two']);
    const cache = createTokenCache(fakeBrowser.storage.session, () => NOW);
    const tokens = createGoogleTokenSource({
      identity,
      cache,
      settings: {},
      manifestClientId: 'x',
      interactive: false,
      now: () => NOW,
    });
    await tokens.getToken();
    expect(await tokens.renewToken()).toBe('ya29.two');
    expect(removed).toEqual(['ya29.one']);
  });

  it('needs the user when Chrome has no token and no window may open', async () => {
    const { identity } = chromeIdentity([]);
    const cache = createTokenCache(fakeBrowser.storage.session);
    const tokens = createGoogleTokenSource({
      identity,
      cache,
      settings: {},
      manifestClientId: 'x',
      interactive: false,
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });
});

describe('Google sign-in elsewhere (launchWebAuthFlow, implicit flow)', () => {
  const settings = { googleClientId: '123-abc.apps.googleusercontent.com' };
  const grant = (state: string, scope = SCOPES.join(' ')) =>
    `${REDIRECT}#access_token=ya29.web&token_type=Bearer&expires_in=3599&scope=${encodeURIComponent(scope)}&state=${state}`;

  it('requests a token for the two scopes with state, and reads it from the fragment', async () => {
    const { identity, calls } = fakeIdentity((url, interactive) =>
      interactive
        ? grant(url.searchParams.get('state')!)
        : `${REDIRECT}#error=interaction_required&state=${url.searchParams.get('state')}`,
    );
    const cache = createTokenCache(fakeBrowser.storage.session, () => NOW);
    const tokens = createGoogleTokenSource({ identity, cache, settings, interactive: true, now: () => NOW });
    expect(await tokens.getToken()).toBe('ya29.web');
    expect(calls.map((c) => c.interactive)).toEqual([false, true]);
    const url = calls[1]!.url;
    expect(`${url.origin}${url.pathname}`).toBe(GOOGLE_AUTHORIZE);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: settings.googleClientId,
      response_type: 'token',
      redirect_uri: REDIRECT,
      scope: SCOPES.join(' '),
      state: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(calls[0]!.url.searchParams.get('prompt')).toBe('none');
    expect(await cache.read('google')).toEqual({ accessToken: 'ya29.web', expiresAt: NOW + 3_599_000 });
  });

  it('rejects a token that comes back with another state', async () => {
    const { identity } = fakeIdentity(() => grant('forged'));
    const cache = createTokenCache(fakeBrowser.storage.session);
    const tokens = createGoogleTokenSource({ identity, cache, settings, interactive: true });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(AuthFlowError);
    expect(await cache.read('google')).toBeNull();
  });

  it('refuses a grant where the user unticked one of the calendar permissions', async () => {
    const { identity } = fakeIdentity((url) => grant(url.searchParams.get('state')!, SCOPES[0]!));
    const cache = createTokenCache(fakeBrowser.storage.session);
    const tokens = createGoogleTokenSource({ identity, cache, settings, interactive: true });
    await expect(tokens.getToken()).rejects.toThrow(/both calendar permissions/);
  });

  it('says how to set it up when no client id is configured, without opening anything', async () => {
    const { identity, calls } = fakeIdentity(() => 'unused');
    const tokens = createGoogleTokenSource({
      identity,
      cache: createTokenCache(fakeBrowser.storage.session),
      settings: { googleClientId: '  ' },
      interactive: true,
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(NotConfiguredError);
    expect(calls).toEqual([]);
  });
});
