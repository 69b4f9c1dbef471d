import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeBrowser } from 'wxt/testing';
import {
  MICROSOFT_AUTHORITY,
  SPA_REFRESH_LIFETIME_MS,
  createMicrosoftTokenSource,
} from '../../../src/auth/microsoft';
import { AuthFlowError, NotConfiguredError, SignInRequiredError } from '../../../src/auth/settings';
import { createTokenCache } from '../../../src/auth/tokenCache';
import { REDIRECT, fakeIdentity } from './fakeIdentity';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const settings = { microsoftClientId: '11111111-2222-3333-4444-555555555555' };

/** The fake authority remembers each code's challenge, and checks the verifier like Entra does. */
const challenges = new Map<string, string>();
const tokenForms: Record<string, string>[] = [];
let refreshAccepted = true;
const server = setupServer(
  http.post(`${MICROSOFT_AUTHORITY}/token`, async ({ request }) => {
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    const form = Object.fromEntries(new URLSearchParams(await request.text()));
    tokenForms.push(form);
    if (form.grant_type === 'authorization_code') {
      const expected = challenges.get(form.code!);
      const actual = createHash('sha256').update(form.code_verifier!).digest('base64url');
      if (!expected || expected !== actual || form.redirect_uri !== REDIRECT)
        return HttpResponse.json(
          { error: 'invalid_grant', error_description: 'AADSTS501481: The Code_Verifier does not match.' },
          { status: 400 },
        );
      return HttpResponse.json({
        token_type: 'Bearer',
        scope: 'Calendars.ReadWrite',
        expires_in: 3600,
        access_token: 'at-code',
        refresh_token: 'rt-1',
      });
    }
    if (form.grant_type === 'refresh_token' && refreshAccepted && form.refresh_token === 'rt-1')
      return HttpResponse.json({
        token_type: 'Bearer',
        expires_in: 3600,
        access_token: 'at-refreshed',
        refresh_token: 'rt-2',
      });
    return HttpResponse.json(
      {
        error: 'invalid_grant',
        error_description:
          'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00.',
      },
      { status: 400 },
    );
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  fakeBrowser.reset();
  challenges.clear();
  tokenForms.length = 0;
  refreshAccepted = true;
});

/** An authority where silent sign-in needs interaction unless `silentOk`. */
function authority(opts: { silentOk?: boolean; wrongState?: boolean } = {}) {
  return fakeIdentity((url, interactive) => {
    const p = url.searchParams;
    if (!interactive && !opts.silentOk) return `${REDIRECT}?error=login_required&state=${p.get('state')}`;
    const code = `code-${challenges.size + 1}`;
    challenges.set(code, p.get('code_challenge')!);
    return `${REDIRECT}?code=${code}&state=${opts.wrongState ? 'forged' : p.get('state')}&session_state=x`;
  });
}

function source(identity: ReturnType<typeof authority>['identity'], interactive: boolean, now = () => NOW) {
  const cache = createTokenCache(fakeBrowser.storage.session, now);
  return { cache, tokens: createMicrosoftTokenSource({ identity, cache, settings, interactive, now }) };
}

describe('Microsoft sign-in', () => {
  it('tries silently, then signs in with code + PKCE (S256) and stores the tokens in session storage only', async () => {
    const { identity, calls } = authority();
    const { tokens } = source(identity, true);
    expect(await tokens.getToken()).toBe('at-code');
    expect(calls.map((c) => c.interactive)).toEqual([false, true]);
    const [silent, interactive] = calls;
    expect(silent!.url.searchParams.get('prompt')).toBe('none');
    const p = interactive!.url.searchParams;
    expect(`${interactive!.url.origin}${interactive!.url.pathname}`).toBe(`${MICROSOFT_AUTHORITY}/authorize`);
    expect(Object.fromEntries(p)).toEqual({
      client_id: settings.microsoftClientId,
      response_type: 'code',
      redirect_uri: REDIRECT,
      response_mode: 'query',
      scope: 'Calendars.ReadWrite offline_access',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
    });
    expect(p.get('state')).not.toBe(silent!.url.searchParams.get('state'));
    const form = tokenForms[0]!;
    expect(form).toMatchObject({
      client_id: settings.microsoftClientId,
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: REDIRECT,
      scope: 'Calendars.ReadWrite offline_access',
    });
    expect(form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const session = await fakeBrowser.storage.session.get(null);
    expect(session['accord.auth.microsoft']).toEqual({
      accessToken: 'at-code',
      expiresAt: NOW + 3_600_000,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + SPA_REFRESH_LIFETIME_MS,
      // The scopes granted, as the authority said: exact mail reading checks for Mail.Read here.
      scope: 'Calendars.ReadWrite',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('rejects an answer whose state is not the one it sent', async () => {
    const { identity } = authority({ silentOk: true, wrongState: true });
    await expect(source(identity, true).tokens.getToken()).rejects.toBeInstanceOf(AuthFlowError);
    expect(tokenForms).toEqual([]);
  });

  it('uses the cached access token while it is valid', async () => {
    const { identity, calls } = authority();
    const { tokens } = source(identity, true);
    await tokens.getToken();
    await tokens.getToken();
    expect(calls).toHaveLength(2);
    expect(tokenForms).toHaveLength(1);
  });

  it('renews with the refresh token without opening any window, keeping the 24-hour limit of the sign-in', async () => {
    const { identity, calls } = authority();
    const { tokens, cache } = source(identity, false);
    await cache.write('microsoft', {
      accessToken: 'old',
      expiresAt: NOW - 1,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + 5_000,
    });
    expect(await tokens.getToken()).toBe('at-refreshed');
    expect(calls).toEqual([]);
    expect(tokenForms[0]).toEqual({
      client_id: settings.microsoftClientId,
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      scope: 'Calendars.ReadWrite offline_access',
    });
    expect(await cache.read('microsoft')).toMatchObject({
      refreshToken: 'rt-2',
      refreshExpiresAt: NOW + 5_000,
    });
  });

  it('renews a refused access token through the refresh token', async () => {
    const { identity } = authority();
    const { tokens, cache } = source(identity, false);
    await cache.write('microsoft', {
      accessToken: 'refused',
      expiresAt: NOW + 3_600_000,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + 5_000,
    });
    expect(await tokens.getToken()).toBe('refused');
    expect(await tokens.renewToken()).toBe('at-refreshed');
  });

  it('after the refresh token expires, signs in silently when the session allows it', async () => {
    const { identity, calls } = authority({ silentOk: true });
    const { tokens, cache } = source(identity, false);
    await cache.write('microsoft', {
      accessToken: 'old',
      expiresAt: NOW - 1,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW - 1,
    });
    expect(await tokens.getToken()).toBe('at-code');
    expect(calls.map((c) => c.interactive)).toEqual([false]);
    expect(tokenForms.map((f) => f.grant_type)).toEqual(['authorization_code']);
  });

  it('asks the user to sign in again when nothing silent works and no window may open', async () => {
    const { identity } = authority();
    const { tokens, cache } = source(identity, false);
    refreshAccepted = false;
    await cache.write('microsoft', {
      accessToken: 'old',
      expiresAt: NOW - 1,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + 5_000,
    });
    await expect(tokens.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(await cache.read('microsoft')).toBeNull();
  });

  it('says how to set it up when no client id is configured', async () => {
    const { identity, calls } = authority();
    const cache = createTokenCache(fakeBrowser.storage.session);
    const tokens = createMicrosoftTokenSource({ identity, cache, settings: {}, interactive: true });
    const err = await tokens.getToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotConfiguredError);
    expect((err as Error).message).toMatch(/single-page application.*chromiumapp\.org.*Calendars\.ReadWrite/);
    expect(calls).toEqual([]);
  });
});

describe('Microsoft scopes for exact mail reading', () => {
  it('asks for Mail.Read only when the user turned exact reading on', async () => {
    const asked: string[] = [];
    const { identity } = fakeIdentity((url) => {
      asked.push(url.searchParams.get('scope')!);
      return new Error('closed');
    });
    const cache = createTokenCache(fakeBrowser.storage.session, () => NOW);
    for (const microsoftMailRead of [false, true]) {
      const source = createMicrosoftTokenSource({
        identity,
        cache,
        settings: { ...settings, microsoftMailRead },
        interactive: false,
        now: () => NOW,
      });
      await source.getToken().catch(() => undefined);
    }
    expect(asked).toEqual([
      'Calendars.ReadWrite offline_access',
      'Calendars.ReadWrite offline_access Mail.Read',
    ]);
  });
});
