import config from '../../wxt.config';
import { CALENDAR_API_PERMISSIONS, CALENDAR_HOSTS } from '../../src/calendar/permissions';
import { GOOGLE_API } from '../../src/calendar/google';
import { GRAPH_API } from '../../src/graph/graphClient';
import { MICROSOFT_AUTHORITY } from '../../src/auth/microsoft';
import {
  CHROME_ONLY_PERMISSIONS,
  PINNED_HOST_PERMISSIONS,
  PINNED_OPTIONAL_HOST_PERMISSIONS,
  PINNED_OPTIONAL_PERMISSIONS,
  PINNED_PERMISSIONS,
} from '../pinnedPermissions';

type ManifestShape = {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  oauth2?: unknown;
};

/** The manifest wxt.config.ts gives for a browser (it is a function of the target). */
async function manifestFor(browser: string): Promise<ManifestShape> {
  const m = config.manifest;
  const env = { browser, manifestVersion: 3, mode: 'production', command: 'build' } as const;
  return (typeof m === 'function' ? await m(env as never) : m) as ManifestShape;
}

describe('the manifest', async () => {
  const manifest = await manifestFor('chrome');

  it('is the same list of permissions for Firefox, less Chrome-only APIs', async () => {
    const firefox = await manifestFor('firefox');
    expect(firefox.permissions).toEqual(
      manifest.permissions?.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p)),
    );
    expect(firefox.host_permissions).toEqual(manifest.host_permissions);
  });

  it('asks for exactly the pinned permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...PINNED_PERMISSIONS].sort());
  });

  it('reaches only the pinned hosts, never every URL', () => {
    expect(manifest.host_permissions).toEqual(PINNED_HOST_PERMISSIONS);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('keeps the calendar permissions optional, exactly as pinned', () => {
    expect(manifest.optional_permissions).toEqual(PINNED_OPTIONAL_PERMISSIONS);
    expect(manifest.optional_host_permissions).toEqual(PINNED_OPTIONAL_HOST_PERMISSIONS);
    expect(manifest.permissions).not.toContain('identity');
  });

  it('can grant at run time everything a calendar connection asks for', () => {
    const asked = [...CALENDAR_HOSTS.google, ...CALENDAR_HOSTS.microsoft];
    expect(asked.every((h) => manifest.optional_host_permissions?.includes(h))).toBe(true);
    expect(CALENDAR_API_PERMISSIONS.every((p) => manifest.optional_permissions?.includes(p))).toBe(true);
  });

  it('asks, for each provider, for the paths its code calls and no wider pattern', () => {
    const matches = (pattern: string, url: string) =>
      new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url);
    const covered = (provider: keyof typeof CALENDAR_HOSTS, url: string) =>
      CALENDAR_HOSTS[provider].some((p) => matches(p, url));
    expect(covered('google', `${GOOGLE_API}/calendars/primary/events`)).toBe(true);
    expect(covered('google', `${GOOGLE_API}/freeBusy`)).toBe(true);
    // Issue 10: the Google pattern names the Calendar API's path, not the whole googleapis.com.
    expect(covered('google', 'https://www.googleapis.com/drive/v3/files')).toBe(false);
    expect(covered('microsoft', `${GRAPH_API}/me/events`)).toBe(true);
    expect(covered('microsoft', `${MICROSOFT_AUTHORITY}/token`)).toBe(true);
  });

  it('carries no OAuth client id unless the build is given one', () => {
    if (!process.env.WXT_GOOGLE_OAUTH_CLIENT_ID) expect(manifest.oauth2).toBeUndefined();
    else expect(manifest.oauth2).toMatchObject({ client_id: process.env.WXT_GOOGLE_OAUTH_CLIENT_ID.trim() });
  });

  it('reaches Outlook on the web only on its mail pages', () => {
    const outlook = (manifest.host_permissions ?? []).filter((h) => h.includes('outlook'));
    expect(outlook).toHaveLength(4);
    for (const host of outlook) expect(host).toMatch(/^https:\/\/outlook\.[a-z0-9.]+\/mail\/\*$/);
  });

  it('does not ask for the tabs permission', () => {
    expect(manifest.permissions).not.toContain('tabs');
  });
});
