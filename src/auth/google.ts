/**
 * Google sign-in for the calendar. Chrome (with an `oauth2` client id in the manifest) uses
 * chrome.identity.getAuthToken; every other browser uses launchWebAuthFlow with the implicit
 * flow and the client id from Accord's settings. Scopes are the two narrowest that cover
 * availability and booking; nothing else is ever requested.
 */
import type { TokenSource } from '../http/faultPolicy';
import { redirectParams, type IdentityApi } from './identity';
import { randomToken } from './pkce';
import {
  AuthFlowError,
  NotConfiguredError,
  SignInRequiredError,
  requireClientId,
  type AuthSettings,
} from './settings';
import type { TokenCache } from './tokenCache';

export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.freebusy',
] as const;

export const GOOGLE_AUTHORIZE = 'https://accounts.google.com/o/oauth2/v2/auth';

const PROVIDER = 'google';
/** getAuthToken reports no lifetime; Google access tokens last an hour, so assume a bit less. */
const CHROME_TOKEN_LIFETIME_MS = 50 * 60_000;

export interface GoogleAuthDeps {
  identity: IdentityApi;
  cache: TokenCache;
  settings: AuthSettings;
  /** `browser.runtime.getManifest().oauth2?.client_id`: set only for Chrome builds that use getAuthToken. */
  manifestClientId?: string;
  /** May a window open? True for a click in the sidebar, false for background retries. */
  interactive: boolean;
  now?: () => number;
}

export function createGoogleTokenSource(deps: GoogleAuthDeps): TokenSource {
  const now = deps.now ?? Date.now;
  const useChrome = Boolean(deps.identity.getAuthToken && deps.manifestClientId);

  async function chromeToken(interactive: boolean): Promise<string | null> {
    try {
      const got = await deps.identity.getAuthToken!({ interactive, scopes: [...GOOGLE_SCOPES] });
      const token = typeof got === 'string' ? got : got?.token;
      return token ?? null;
    } catch {
      return null; // "The user did not approve access", or no signed-in Chrome profile.
    }
  }

  async function webFlow(interactive: boolean): Promise<string | null> {
    const clientId = requireClientId(PROVIDER, deps.settings);
    const state = randomToken(16);
    const url = new URL(GOOGLE_AUTHORIZE);
    url.search = new URLSearchParams({
      client_id: clientId,
      response_type: 'token',
      redirect_uri: deps.identity.getRedirectURL(),
      scope: GOOGLE_SCOPES.join(' '),
      state,
      ...(interactive ? {} : { prompt: 'none' }),
    }).toString();
    let redirect: string | undefined;
    try {
      redirect = await deps.identity.launchWebAuthFlow({ url: url.toString(), interactive });
    } catch {
      return null; // closed by the user, or a silent attempt that needs interaction
    }
    if (!redirect) return null;
    const p = redirectParams(redirect);
    if (p.get('state') !== state) throw new AuthFlowError('Google sign-in answered with a different state');
    if (p.get('error')) return null;
    const token = p.get('access_token');
    if (!token) throw new AuthFlowError('Google sign-in returned no access token');
    const granted = (p.get('scope') ?? '').split(' ');
    if (p.get('scope') && !GOOGLE_SCOPES.every((s) => granted.includes(s))) {
      throw new AuthFlowError(
        'Accord needs both calendar permissions (events and free/busy); allow both when signing in.',
      );
    }
    const expiresIn = Number(p.get('expires_in') ?? '3600');
    await deps.cache.write(PROVIDER, { accessToken: token, expiresAt: now() + expiresIn * 1000 });
    return token;
  }

  async function fresh(): Promise<string> {
    if (!useChrome && !deps.settings.googleClientId?.trim()) throw new NotConfiguredError(PROVIDER);
    const get = useChrome ? chromeToken : webFlow;
    const token = (await get(false)) ?? (deps.interactive ? await get(true) : null);
    if (!token) {
      throw deps.interactive
        ? new AuthFlowError('Google sign-in was cancelled.')
        : new SignInRequiredError(PROVIDER);
    }
    if (useChrome)
      await deps.cache.write(PROVIDER, { accessToken: token, expiresAt: now() + CHROME_TOKEN_LIFETIME_MS });
    return token;
  }

  return {
    async getToken() {
      return (await deps.cache.validAccessToken(PROVIDER)) ?? fresh();
    },
    async renewToken() {
      const old = await deps.cache.read(PROVIDER);
      await deps.cache.clear(PROVIDER);
      // Chrome would hand back the same rejected token from its own cache otherwise.
      if (useChrome && old && deps.identity.removeCachedAuthToken) {
        await deps.identity.removeCachedAuthToken({ token: old.accessToken });
      }
      return fresh();
    },
  };
}
