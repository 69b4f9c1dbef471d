import config from '../../wxt.config';
import { PINNED_HOST_PERMISSIONS, PINNED_PERMISSIONS } from '../pinnedPermissions';

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
