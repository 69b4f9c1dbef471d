/**
 * Microsoft sign-in: authorization code with PKCE and `state` through launchWebAuthFlow, for an
 * Entra "single-page application" registration (no client secret; the browser sends the
 * extension's Origin on the token request, which SPA registrations require). Refresh tokens of
 * SPA registrations last 24 hours from sign-in and rolling them does not extend that, so
 * renewal goes: refresh token → silent sign-in (prompt=none) → interactive sign-in.
 */
import { OfflineError } from '../http/errors';
import type { TokenSource } from '../http/faultPolicy';
import { redirectParams, type IdentityApi } from './identity';
import { challengeFor, createVerifier, randomToken } from './pkce';
import { AuthFlowError, SignInRequiredError, requireClientId, type AuthSettings } from './settings';
import type { StoredToken, TokenCache } from './tokenCache';

export const MICROSOFT_SCOPES = ['Calendars.ReadWrite', 'offline_access'] as const;
/** Asked for only when the user turns on exact reading of Outlook conversations. */
export const MICROSOFT_MAIL_SCOPE = 'Mail.Read';
export const MICROSOFT_AUTHORITY = 'https://login.microsoftonline.com/common/oauth2/v2.0';
export const SPA_REFRESH_LIFETIME_MS = 24 * 3_600_000;

const PROVIDER = 'microsoft';

export interface MicrosoftAuthDeps {
  identity: IdentityApi;
  cache: TokenCache;
  settings: AuthSettings;
  interactive: boolean;
  fetch?: typeof fetch;
  now?: () => number;
}

interface TokenResponse {
  access_token?: string;
  scope?: string;
  refresh_token?: string;
  expires_in?: number;
  error?: string;
  error_description?: string;
}

export function createMicrosoftTokenSource(deps: MicrosoftAuthDeps): TokenSource {
  const now = deps.now ?? Date.now;
  const fetchImpl = deps.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const scope = [
    ...MICROSOFT_SCOPES,
    ...(deps.settings.microsoftMailRead ? [MICROSOFT_MAIL_SCOPE] : []),
  ].join(' ');

  async function tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
    let res: Response;
    try {
      res = await fetchImpl(`${MICROSOFT_AUTHORITY}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
    } catch (err) {
      throw new OfflineError('Microsoft sign-in could not be reached', { cause: err });
    }
    const body = (await res.json().catch(() => ({}))) as TokenResponse;
    return res.ok ? body : { ...body, error: body.error ?? `http_${res.status}` };
  }

  async function store(t: TokenResponse, refreshExpiresAt: number): Promise<string> {
    if (!t.access_token) throw new AuthFlowError('Microsoft sign-in returned no access token');
    const stored: StoredToken = {
      accessToken: t.access_token,
      expiresAt: now() + (t.expires_in ?? 3600) * 1000,
      ...(t.scope ? { scope: t.scope } : {}),
      ...(t.refresh_token ? { refreshToken: t.refresh_token, refreshExpiresAt } : {}),
    };
    await deps.cache.write(PROVIDER, stored);
    return t.access_token;
  }

  async function viaRefresh(clientId: string): Promise<string | null> {
    const old = await deps.cache.read(PROVIDER);
    if (!old?.refreshToken || (old.refreshExpiresAt ?? 0) <= now()) return null;
    const t = await tokenRequest({
      client_id: clientId,
      grant_type: 'refresh_token',
      refresh_token: old.refreshToken,
      scope,
    });
    if (t.error) return null; // invalid_grant: expired or revoked; fall through to sign-in
    // The 24-hour limit counts from the original sign-in, not from this refresh.
    return store(t, old.refreshExpiresAt!);
  }

  async function viaAuthorize(clientId: string, interactive: boolean): Promise<string | null> {
    const verifier = createVerifier();
    const state = randomToken(16);
    const redirectUri = deps.identity.getRedirectURL();
    const url = new URL(`${MICROSOFT_AUTHORITY}/authorize`);
    url.search = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: redirectUri,
      response_mode: 'query',
      scope,
      state,
      code_challenge: await challengeFor(verifier),
      code_challenge_method: 'S256',
      ...(interactive ? {} : { prompt: 'none' }),
    }).toString();
    let redirect: string | undefined;
    try {
      redirect = await deps.identity.launchWebAuthFlow({ url: url.toString(), interactive });
    } catch {
      return null;
    }
    if (!redirect) return null;
    const p = redirectParams(redirect);
    if (p.get('state') !== state)
      throw new AuthFlowError('Microsoft sign-in answered with a different state');
    if (p.get('error')) return null; // login_required, interaction_required, consent_required, access_denied
    const code = p.get('code');
    if (!code) throw new AuthFlowError('Microsoft sign-in returned no code');
    const t = await tokenRequest({
      client_id: clientId,
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
      scope,
    });
    if (t.error) throw new AuthFlowError(`Microsoft sign-in failed: ${t.error_description ?? t.error}`);
    return store(t, now() + SPA_REFRESH_LIFETIME_MS);
  }

  async function renew(): Promise<string> {
    const clientId = requireClientId(PROVIDER, deps.settings);
    const token =
      (await viaRefresh(clientId)) ??
      (await viaAuthorize(clientId, false)) ??
      (deps.interactive ? await viaAuthorize(clientId, true) : null);
    if (token) return token;
    await deps.cache.clear(PROVIDER);
    throw deps.interactive
      ? new AuthFlowError('Microsoft sign-in was cancelled.')
      : new SignInRequiredError(PROVIDER);
  }

  return {
    async getToken() {
      requireClientId(PROVIDER, deps.settings);
      return (await deps.cache.validAccessToken(PROVIDER)) ?? renew();
    },
    async renewToken() {
      // Keep the refresh token; only the access token was refused.
      const old = await deps.cache.read(PROVIDER);
      if (old) await deps.cache.write(PROVIDER, { ...old, expiresAt: 0 });
      return renew();
    },
  };
}
