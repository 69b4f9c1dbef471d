/**
 * The browser side of the calendar feature, for the worker: the outbox in the ledger's IndexedDB,
 * the retry alarm, sign-in through `browser.identity` (an optional permission, so it may be
 * missing until the user connects a calendar), tokens in storage.session only.
 * Handlers take this as a parameter so tests can hand in fakes instead.
 */
import { browser } from 'wxt/browser';
import { createGoogleTokenSource } from '../auth/google';
import type { IdentityApi } from '../auth/identity';
import { createMicrosoftTokenSource } from '../auth/microsoft';
import type { AuthProviderId, AuthSettings } from '../auth/settings';
import { createTokenCache, type SessionArea, type TokenCache } from '../auth/tokenCache';
import type { TokenSource } from '../http/faultPolicy';
import { createOutbox, type Outbox } from '../calendar/outbox';
import { clearOutboxRetry, scheduleOutboxRetry, type AlarmsApi } from '../calendar/outboxAlarm';
import { permissionsFor } from '../calendar/permissions';
import { createProviderFactory } from '../calendar/providerFactory';
import type { CalendarServiceDeps } from '../calendar/service';
import type { Settings } from '../ledger/settings';
import type { CalendarAccountStatus } from '../messaging/protocol';
import { ledger } from './ledgerConnection';
import { ledgerOutboxStore } from './outboxStore';

export interface CalendarAccounts {
  status(settings: Settings): Promise<Record<AuthProviderId, CalendarAccountStatus>>;
  /** Interactive sign-in; the page has already asked for the optional permissions. */
  connect(provider: AuthProviderId, settings: Settings): Promise<void>;
  disconnect(provider: AuthProviderId): Promise<void>;
}

export interface CalendarEnv {
  /** The worker's one outbox (also inside every `deps()`), readable without the ledger. */
  outbox: Outbox;
  /** The service's dependencies; `interactive` is true only when the user just clicked. */
  deps(settings: Settings, interactive: boolean): CalendarServiceDeps;
  accounts: CalendarAccounts;
  /** Microsoft sign-in as the settings ask (with Mail.Read when exact reading is on). */
  microsoftTokens(settings: Settings, interactive: boolean): TokenSource;
  /** Where Microsoft and Google tokens live (storage.session). */
  tokenCache: TokenCache;
}

const authSettings = (s: Settings): AuthSettings => ({
  googleClientId: s.googleClientId,
  microsoftClientId: s.microsoftClientId,
  microsoftMailRead: s.outlookExactReading,
});

/** `browser.identity` exists only once the user granted the optional `identity` permission. */
function identityOrThrow() {
  const identity = (browser as { identity?: typeof browser.identity }).identity;
  if (!identity)
    throw new Error('Accord may not open a sign-in window yet. Connect the calendar in Accord’s settings.');
  return identity;
}

/** Read at call time, not at start-up: the permission can be granted while the worker runs. */
function identityApi(useGetAuthToken: boolean): IdentityApi {
  const api: IdentityApi = {
    launchWebAuthFlow: (details) => identityOrThrow().launchWebAuthFlow(details),
    getRedirectURL: (path) => identityOrThrow().getRedirectURL(path),
  };
  if (useGetAuthToken) {
    api.getAuthToken = async (details) => {
      const got = await identityOrThrow().getAuthToken(details);
      return { token: got.token, grantedScopes: got.grantedScopes };
    };
    api.removeCachedAuthToken = (details) => identityOrThrow().removeCachedAuthToken(details);
  }
  return api;
}

/** Chrome builds made with WXT_GOOGLE_OAUTH_CLIENT_ID carry it as the manifest's oauth2 client id. */
function manifestClientId(): string | undefined {
  const manifest = browser.runtime.getManifest() as { oauth2?: { client_id?: string } };
  return manifest.oauth2?.client_id || undefined;
}

export function createBrowserCalendarEnv(now: () => Date = () => new Date()): CalendarEnv {
  const session = browser.storage.session as unknown as SessionArea;
  const cache = createTokenCache(session);
  // One outbox per worker: its internal queue keeps concurrent writes from overwriting each other.
  // In the ledger's IndexedDB, never storage.local: content scripts can write that (issue 10).
  const outbox: Outbox = createOutbox(ledgerOutboxStore(ledger), now);
  const alarms = browser.alarms as unknown as AlarmsApi;
  const chromeGoogle = () => Boolean(manifestClientId());

  const tokenSource = (provider: AuthProviderId, settings: Settings, interactive: boolean) => {
    const identity = identityApi(provider === 'google' && chromeGoogle());
    const auth = authSettings(settings);
    const id = manifestClientId();
    return provider === 'google'
      ? createGoogleTokenSource({
          identity,
          cache,
          settings: auth,
          interactive,
          ...(id ? { manifestClientId: id } : {}),
        })
      : createMicrosoftTokenSource({ identity, cache, settings: auth, interactive });
  };

  return {
    outbox,
    tokenCache: cache,
    microsoftTokens: (settings, interactive) => tokenSource('microsoft', settings, interactive),
    deps(settings, interactive) {
      const id = manifestClientId();
      return {
        provider: createProviderFactory({
          identity: identityApi(chromeGoogle()),
          session,
          settings: authSettings(settings),
          interactive,
          ...(id ? { manifestClientId: id } : {}),
        }),
        outbox,
        now,
        retry: { schedule: () => scheduleOutboxRetry(alarms), clear: () => clearOutboxRetry(alarms) },
      };
    },
    accounts: {
      async status(settings) {
        const one = async (provider: AuthProviderId): Promise<CalendarAccountStatus> => {
          const token = await cache.read(provider);
          const live =
            token !== null && (token.expiresAt > Date.now() || (token.refreshExpiresAt ?? 0) > Date.now());
          const clientId = provider === 'google' ? settings.googleClientId : settings.microsoftClientId;
          const configured = Boolean(clientId.trim()) || (provider === 'google' && chromeGoogle());
          return { configured, connected: live };
        };
        return { google: await one('google'), microsoft: await one('microsoft') };
      },
      async connect(provider, settings) {
        const granted = await browser.permissions.contains(permissionsFor(provider));
        if (!granted)
          throw new Error(
            'Accord was not allowed to reach this calendar. Connect it again and allow access.',
          );
        await tokenSource(provider, settings, true).getToken();
      },
      async disconnect(provider) {
        const token = await cache.read(provider);
        await cache.clear(provider);
        const identity = (browser as { identity?: typeof browser.identity }).identity;
        // Chrome keeps its own copy of getAuthToken tokens; drop it too.
        if (provider === 'google' && token && identity?.removeCachedAuthToken)
          await identity.removeCachedAuthToken({ token: token.accessToken }).catch(() => undefined);
      },
    },
  };
}
