import type { HostAdapter } from '../mail/adapter';
import type { SidebarModel, SidebarStore } from './sidebarStore';

/** The column the expanded panel takes: its 320 px plus 8 px of air on each side (sidebar.css). */
export const PANEL_COLUMN_PX = 336;

/**
 * Keeps the host's layout narrowed exactly while the panel is shown and expanded: on a list
 * (panel hidden) or with the panel collapsed the host gets its full width back. Returns the
 * stop function, which also gives the space back (the content script was invalidated).
 */
export function keepPanelSpace(store: SidebarStore, adapter: HostAdapter, doc: Document): () => void {
  const reserve = adapter.reservePanelSpace?.bind(adapter);
  if (!reserve) return () => undefined;
  let undo: (() => void) | null = null;
  const sync = (model: SidebarModel) => {
    const wanted = model.visible && !model.collapsed;
    if (wanted && !undo) undo = reserve(doc, PANEL_COLUMN_PX);
    else if (!wanted && undo) {
      undo();
      undo = null;
    }
  };
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    undo?.();
    undo = null;
  };
}
