import { useEffect, useRef } from 'preact/hooks';
import { SHORTCUTS } from './shortcuts';

/** `?`: every shortcut, in a modal dialog (Esc closes it and focus returns where it was). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {SHORTCUTS.map((group) => (
        <section key={group.group} aria-label={group.group}>
          <h3>{group.group}</h3>
          <dl>
            {group.list.map((s) => (
              <div key={s.keys}>
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p class="hint">Shortcuts do nothing while you type in a field. Every action is also a button.</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
