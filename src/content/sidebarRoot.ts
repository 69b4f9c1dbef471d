/**
 * The sidebar's shadow root, kept by this copy of the content script. The root is closed
 * (mountSidebar.tsx), so `host.shadowRoot` is null for everyone, Accord included: code that
 * must reach inside (bringing an item into view from a chip in the mail) asks here.
 */
let current: ShadowRoot | null = null;

export function setSidebarRoot(root: ShadowRoot | null): void {
  current = root;
}

export function sidebarRoot(): ShadowRoot | null {
  return current;
}
