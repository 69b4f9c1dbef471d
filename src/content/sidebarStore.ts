import type { SidebarState } from '../ui/sidebar/state';

export interface SidebarModel {
  /** False on the inbox and other lists: the sidebar is hidden, not destroyed. */
  visible: boolean;
  collapsed: boolean;
  state: SidebarState;
}

/** A tiny observable holding what the sidebar shows; the controller writes, the UI reads. */
export function createSidebarStore(initial: SidebarModel) {
  let model = initial;
  const listeners = new Set<(m: SidebarModel) => void>();
  return {
    get: () => model,
    set(patch: Partial<SidebarModel>) {
      model = { ...model, ...patch };
      listeners.forEach((l) => l(model));
    },
    subscribe(listener: (m: SidebarModel) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;
