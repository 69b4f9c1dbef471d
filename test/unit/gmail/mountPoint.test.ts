// @vitest-environment happy-dom
import { THREAD_READY_SELECTOR, findThreadRoot, readGmailThread } from '../../../src/mail/gmail';
import { loadPage } from './loadPage';
import { FIXTURE_NOW, NEW_YORK } from './zones';

describe('knowing when a thread is on screen', () => {
  it('matches the ready selector on every thread fixture and not on the inbox', () => {
    expect(loadPage('one-message.html').document.querySelector(THREAD_READY_SELECTOR)).not.toBeNull();
    expect(loadPage('long-20-messages.html').document.querySelector(THREAD_READY_SELECTOR)).not.toBeNull();
    expect(loadPage('inbox-list.html').document.querySelector(THREAD_READY_SELECTOR)).toBeNull();
  });

  it('finds the element holding the subject and every message', () => {
    const { document } = loadPage('long-20-messages.html');
    const root = findThreadRoot(document);
    expect(root).not.toBeNull();
    expect(root!.querySelector('h2.hP')).not.toBeNull();
    expect(root!.querySelectorAll('[data-legacy-message-id]')).toHaveLength(20);
    expect(root!.closest('div[role="main"]')).not.toBeNull();
  });

  it('finds no thread root on the inbox list or an unreadable layout', () => {
    expect(findThreadRoot(loadPage('inbox-list.html').document)).toBeNull();
    expect(findThreadRoot(loadPage('unreadable-layout.html').document)).toBeNull();
  });

  it('reads the visible thread when Gmail keeps an earlier one hidden in the page', () => {
    const { document, href } = loadPage('one-message.html');
    const stale = loadPage('signatures.html').document.querySelector('div.nH.if')!;
    const main = document.querySelector('div[role="main"]')!;
    const kept = document.importNode(stale, true) as Element;
    kept.setAttribute('style', 'display:none');
    main.insertBefore(kept, main.firstChild);
    const result = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(result.ok && result.thread.subject).toBe('Q1 campaign kickoff: next steps');
    expect(result.ok && result.thread.messages).toHaveLength(1);
  });
});

describe('following what the user expands', () => {
  it('reads a message fully once Gmail expands it in place', () => {
    const { document, href } = loadPage('quoted-replies.html');
    const before = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(before.ok && before.thread.messages[0]!.fullyRead).toBe(false);

    // What Gmail does on click: the row turns h7, the message gets adn and a body.
    const message = document.querySelector('div.adf')!;
    message.closest('.kv')!.classList.replace('kv', 'h7');
    message.classList.replace('adf', 'adn');
    const body = document.createElement('div');
    body.className = 'a3s aiL';
    body.textContent =
      'Hi Dana, could you send over the revised proposal? The board meets on the 27th. Thanks!';
    message.querySelector('.iA')!.replaceWith(body);

    const after = readGmailThread(document, { href }, FIXTURE_NOW, NEW_YORK);
    expect(after.ok && after.thread.messages[0]!.fullyRead).toBe(true);
    expect(after.ok && after.thread.messages[0]!.text).toMatch(/Thanks!$/);
  });
});
