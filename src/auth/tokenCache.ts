/**
 * Access and refresh tokens, kept only in `storage.session`: in memory, cleared when the
 * browser closes, never written to disk, never in IndexedDB, never in a content script
 * (Chrome's default session access level keeps it out of content scripts).
 */

/** The slice of a WebExtension StorageArea the cache needs (browser.storage.session). */
export interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export interface StoredToken {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  refreshToken?: string;
  /** Epoch ms after which the refresh token is useless (24 h after sign-in for SPA registrations). */
  refreshExpiresAt?: number;
  /** The scopes the authority granted this access token (space-separated), when it said. */
  scope?: string;
}

/** True when `token` was granted `scope` ("Mail.Read" matches ".../Mail.Read" too). */
export function tokenHasScope(token: StoredToken | null, scope: string): boolean {
  if (!token?.scope) return false;
  return token.scope.split(/\s+/).some((granted) => granted === scope || granted.endsWith(`/${scope}`));
}

export interface TokenCache {
  read(provider: string): Promise<StoredToken | null>;
  /** The access token if it is still valid for at least `skewMs`. */
  validAccessToken(provider: string, skewMs?: number): Promise<string | null>;
  write(provider: string, token: StoredToken): Promise<void>;
  clear(provider: string): Promise<void>;
}

const key = (provider: string) => `accord.auth.${provider}`;

function isStoredToken(v: unknown): v is StoredToken {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as StoredToken).accessToken === 'string' &&
    typeof (v as StoredToken).expiresAt === 'number'
  );
}

export function createTokenCache(area: SessionArea, now: () => number = Date.now): TokenCache {
  const cache: TokenCache = {
    async read(provider) {
      const got = (await area.get(key(provider)))[key(provider)];
      return isStoredToken(got) ? got : null;
    },
    async validAccessToken(provider, skewMs = 60_000) {
      const t = await cache.read(provider);
      return t && t.accessToken && t.expiresAt - skewMs > now() ? t.accessToken : null;
    },
    async write(provider, token) {
      await area.set({ [key(provider)]: token });
    },
    async clear(provider) {
      await area.remove(key(provider));
    },
  };
  return cache;
}
