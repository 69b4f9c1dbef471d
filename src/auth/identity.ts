/**
 * The part of `browser.identity` (WebExtensions) and `chrome.identity` the sign-in flows use,
 * passed in as a parameter so tests can fake it.
 */
export interface IdentityApi {
  launchWebAuthFlow(details: { url: string; interactive?: boolean }): Promise<string | undefined>;
  getRedirectURL(path?: string): string;
  /** Chrome only; Edge and Firefox lack it (or it does not work with Google accounts there). */
  getAuthToken?(details: {
    interactive?: boolean;
    scopes?: string[];
  }): Promise<{ token?: string; grantedScopes?: string[] } | string | undefined>;
  removeCachedAuthToken?(details: { token: string }): Promise<void>;
}

/** Reads `#a=b&c=d` (implicit flow) or `?a=b` (code flow) from the redirect URL. */
export function redirectParams(redirect: string): URLSearchParams {
  const url = new URL(redirect);
  const merged = new URLSearchParams(url.search);
  for (const [k, v] of new URLSearchParams(url.hash.replace(/^#/, ''))) merged.set(k, v);
  return merged;
}
