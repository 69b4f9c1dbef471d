/**
 * What each calendar connection needs from the browser, asked for only when the user
 * connects it (optional permissions), so a default install asks for nothing beyond Gmail.
 * The manifest's optional lists (wxt.config.ts) must cover these; test/pinnedPermissions.ts pins them.
 */
import type { AuthProviderId } from '../auth/settings';

/** `identity`: the sign-in window (launchWebAuthFlow) or Chrome's getAuthToken. */
export const CALENDAR_API_PERMISSIONS = ['identity'] as const;

export const CALENDAR_HOSTS: Record<AuthProviderId, readonly string[]> = {
  // Chrome ignores a host permission's path (2026-12: "the path is required but ignored"), so
  // this grants the host; the path says, and pins, that only the Calendar API is called.
  google: ['https://www.googleapis.com/calendar/*'],
  // The token endpoint is called from the worker (code + PKCE redemption and refresh).
  microsoft: ['https://graph.microsoft.com/*', 'https://login.microsoftonline.com/*'],
};

/** The request to pass to `browser.permissions.request` / `contains` for one provider. */
export function permissionsFor(provider: AuthProviderId): {
  permissions: (typeof CALENDAR_API_PERMISSIONS)[number][];
  origins: string[];
} {
  return { permissions: [...CALENDAR_API_PERMISSIONS], origins: [...CALENDAR_HOSTS[provider]] };
}
