// @vitest-environment happy-dom
import { ignoreUntrustedEvents } from '../../../src/content/trustedEvents';

/** As real input makes it: happy-dom lets a test set `isTrusted` (a browser never does). */
function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('the sidebar’s guard against made-up events', () => {
  function panel() {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    const form = document.createElement('form');
    root.append(button, form);
    const acted: string[] = [];
    button.addEventListener('click', () => acted.push('click'));
    button.addEventListener('keydown', (e) => acted.push(`key ${e.key}`));
    form.addEventListener('submit', (e) => (e.preventDefault(), acted.push('submit')));
    const unguard = ignoreUntrustedEvents(root);
    return { button, form, acted, unguard };
  }

  it('stops clicks, keys and submits page script dispatches before any handler inside', () => {
    const { button, form, acted } = panel();
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(acted).toEqual([]);
  });

  it('lets real input through, and lets go when removed', () => {
    const { button, acted, unguard } = panel();
    button.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true })));
    button.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(acted).toEqual(['click', 'key a']);
    unguard();
    button.click();
    expect(acted).toEqual(['click', 'key a', 'click']);
  });
});
