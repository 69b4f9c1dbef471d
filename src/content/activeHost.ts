import type { HostAdapter } from '../mail/adapter';

/**
 * The host adapter of this content script (one per page: Gmail's or Outlook's), for the
 * few sidebar actions that act on the host page itself ("Send recap" opening the host's
 * reply). Set once by the controller when it starts.
 */
let current: HostAdapter | null = null;

export function setActiveHost(adapter: HostAdapter): void {
  current = adapter;
}

export function activeHost(): HostAdapter | null {
  return current;
}
