/**
 * Only the user acts. Script in the mail page's own world can create events
 * (`el.click()`, `dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))`, `requestSubmit()`),
 * and could otherwise accept suggestions or change the ledger on the user's behalf. Browsers
 * mark every event they did not get from real input `isTrusted: false`; such events are
 * stopped before any of Accord's handlers sees them.
 *
 * This is one of two walls (issue 10, item 8): the sidebar's shadow root is also closed
 * (mountSidebar.tsx), so page script cannot reach its elements or read its text at all.
 */

/** Every event type a handler in the sidebar or a chip acts on. `input`/`change` only edit a form, never write. */
export const ACTION_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'keydown',
  'keypress',
  'keyup',
  'submit',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
] as const;

export function isUserEvent(event: Event): boolean {
  return event.isTrusted;
}

/**
 * Stops untrusted action events at `root` in the capture phase, before they reach any
 * element inside (Preact binds its handlers on the elements themselves). Returns a function
 * that removes the guard.
 */
export function ignoreUntrustedEvents(root: EventTarget): () => void {
  const stop = (event: Event) => {
    if (isUserEvent(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTION_EVENTS) root.addEventListener(type, stop, { capture: true });
  return () => {
    for (const type of ACTION_EVENTS) root.removeEventListener(type, stop, { capture: true });
  };
}
