/**
 * storage.local's access level, set explicitly at every worker start: trusted contexts only
 * (Accord's worker and pages). Chrome's default lets content scripts read and write it, and a
 * content script runs in a page full of untrusted mail (issue 10). Firefox (2026-12) supports
 * access levels on storage.session only; there the call fails and nothing the worker acts on
 * lives in storage.local anyway (the outbox is in the ledger's IndexedDB, the sidebar's Hide
 * in the ledger's settings).
 */
export interface AccessLevelArea {
  setAccessLevel?(options: {
    accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
  }): Promise<void>;
}

export async function restrictLocalStorage(area: AccessLevelArea): Promise<boolean> {
  try {
    if (typeof area.setAccessLevel !== 'function') return false;
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
