import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIRS } from './browser';
import {
  PINNED_CONTENT_SCRIPT_MATCHES,
  PINNED_HOST_PERMISSIONS,
  PINNED_OPTIONAL_HOST_PERMISSIONS,
  PINNED_OPTIONAL_PERMISSIONS,
  PINNED_PERMISSIONS,
} from '../pinnedPermissions';

describe('the built manifest', () => {
  const manifest = JSON.parse(
    readFileSync(join(EXTENSION_DIRS.production, 'manifest.json'), 'utf8'),
  ) as Record<string, unknown>;

  it('asks for exactly the pinned permissions and hosts', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual([...PINNED_PERMISSIONS].sort());
    expect(manifest.host_permissions).toEqual(PINNED_HOST_PERMISSIONS);
  });

  it('asks for the calendar permissions only as optional ones', () => {
    expect(manifest.optional_permissions).toEqual(PINNED_OPTIONAL_PERMISSIONS);
    expect(manifest.optional_host_permissions).toEqual(PINNED_OPTIONAL_HOST_PERMISSIONS);
  });

  it('runs content scripts on Gmail and Outlook’s mail pages only', () => {
    const scripts = manifest.content_scripts as { matches: string[] }[];
    expect(scripts.flatMap((s) => s.matches).sort()).toEqual([...PINNED_CONTENT_SCRIPT_MATCHES].sort());
  });

  it('loads no remote code', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/https?:/);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>/);
  });

  it('is the same in the e2e build the rest of the suite runs (only the shadow root differs)', () => {
    const e2e = JSON.parse(readFileSync(join(EXTENSION_DIRS.e2e, 'manifest.json'), 'utf8')) as unknown;
    expect(e2e).toEqual(manifest);
  });
});
