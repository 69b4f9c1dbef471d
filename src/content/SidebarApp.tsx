import { useEffect, useState } from 'preact/hooks';
import { Sidebar } from '../ui/sidebar/Sidebar';
import type { SidebarActions } from '../ui/sidebar/actions';
import type { SidebarModel, SidebarStore } from './sidebarStore';

/** Binds the store to the Sidebar component; renders nothing while the page is a list. */
export function SidebarApp({
  store,
  actions,
  onToggle,
}: {
  store: SidebarStore;
  actions: SidebarActions;
  onToggle(): void;
}) {
  const [model, setModel] = useState<SidebarModel>(store.get());
  useEffect(() => {
    setModel(store.get());
    return store.subscribe(setModel);
  }, [store]);
  if (!model.visible) return null;
  return <Sidebar state={model.state} collapsed={model.collapsed} onToggle={onToggle} actions={actions} />;
}
