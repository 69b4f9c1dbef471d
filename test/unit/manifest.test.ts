import config from '../../wxt.config';

/**
 * Permissions are a promise to users. This test pins them: changing one means changing
 * this list too, on purpose, with the reason in the commit. (The built manifest is
 * checked against the same list in test/e2e/manifest.e2e.ts.)
 */
export const PINNED_PERMISSIONS = ['storage', 'unlimitedStorage', 'scripting'];
export const PINNED_HOST_PERMISSIONS = ['https://mail.google.com/*'];

describe('the manifest', () => {
  const manifest = config.manifest as { permissions?: string[]; host_permissions?: string[] };

  it('asks for exactly the pinned permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...PINNED_PERMISSIONS].sort());
  });

  it('reaches only the pinned hosts, never every URL', () => {
    expect(manifest.host_permissions).toEqual(PINNED_HOST_PERMISSIONS);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('does not ask for the tabs permission', () => {
    expect(manifest.permissions).not.toContain('tabs');
  });
});
