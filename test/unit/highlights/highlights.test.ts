// @vitest-environment happy-dom
import { applyHighlights, clearHighlights, type Mark } from '../../../src/content/highlights';
import { findQuote } from '../../../src/content/highlights/findQuote';
import { bodyText } from '../../../src/mail/gmail/bodyText';
import { gmailMessageBodies } from '../../../src/mail/gmail/messageBodies';
import { loadFixture } from '../../fixtures/gmail';

/** Gmail's bodies, as the Gmail adapter gives them to the highlights in the content script. */
const apply = (doc: Document, marks: Mark[], onActivate: (id: string) => void) =>
  applyHighlights(doc, marks, onActivate, gmailMessageBodies(doc));

function pageWith(html: string, messageId = 'abc123'): { doc: Document; body: Element } {
  document.body.replaceChildren();
  const message = document.createElement('div');
  message.className = 'adn ads';
  message.setAttribute('data-legacy-message-id', messageId);
  const body = document.createElement('div');
  body.className = 'a3s aiL';
  // Test-authored markup, parsed by the test environment: the module under test never parses HTML.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  body.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  message.append(body);
  document.body.append(message);
  return { doc: document, body };
}

const mark = (overrides: Partial<Mark>): Mark => ({
  id: 'item-1',
  messageId: 'abc123',
  quote: '',
  status: 'proposed',
  label: 'Send the revised proposal',
  owner: 'us',
  due: '2026-03-06',
  ...overrides,
});

/** The body's exact DOM (every element and text node), read without touching innerHTML. */
const serialize = (node: Node) => new XMLSerializer().serializeToString(node);

/** Every text node's data, in order: tells "ab" from "a" + "b", which serializing does not. */
function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n as Text).data);
  return out;
}

/**
 * An event as real input makes it. happy-dom lets a test set `isTrusted` on its own event
 * (browsers do not: there it is unforgeable, which is what the chip relies on).
 */
function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const chips = (doc: Document) => Array.from(doc.querySelectorAll('accord-chip'));

afterEach(() => clearHighlights(document));

describe('finding a quote in a message body', () => {
  it('finds a sentence split across bold, links and several text nodes', () => {
    const { body } = pageWith(
      '<div>Hi. I’ll send <b>the revised</b> <a href="#">proposal</a> by Friday. Thanks</div>',
    );
    const range = findQuote(body, 'I’ll send the revised proposal by Friday.');
    expect(range?.toString()).toBe('I’ll send the revised proposal by Friday.');
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('matches whatever the whitespace: line breaks, runs of spaces, no-break spaces', () => {
    const { body } = pageWith('<div>Payment   is\n  $12,500,&nbsp;due<br>net 30.</div>');
    const range = findQuote(body, 'Payment is $12,500, due net 30.');
    // A <br> is not text: the range runs across it.
    expect(range?.toString().replace(/[\s\u00a0]+/g, ' ')).toBe('Payment is $12,500, duenet 30.');
    expect(range?.endContainer.textContent).toBe('net 30.');
  });

  it('does not join words across a block boundary', () => {
    const { body } = pageWith('<div>Send it</div><div>today please</div>');
    expect(findQuote(body, 'Send ittoday')).toBeNull();
    expect(findQuote(body, 'Send it today please')?.toString()).toBe('Send ittoday please');
  });

  it('finds right-to-left sentences as they were written', () => {
    const { body } = pageWith(
      '<div dir="rtl">שלום דנה,<br>נשלח את ההצעה המעודכנת עד יום שישי. התשלום ₪18,000.</div>',
    );
    expect(findQuote(body, 'נשלח את ההצעה המעודכנת עד יום שישי.')?.toString()).toBe(
      'נשלח את ההצעה המעודכנת עד יום שישי.',
    );
  });

  it('matches across invisible characters on either side and keeps the DOM’s own offsets', () => {
    const { body } = pageWith(
      '<div>Hi.\u200B Please pay $9\u200B,<b>9\u200D00</b> by Friday.\u202C Thanks</div>',
    );
    const range = findQuote(body, 'Please pay $9,900 by Friday.');
    expect(range?.toString()).toBe('Please pay $9\u200B,9\u200D00 by Friday.');
    const forged = pageWith('<div>Please pay $9,900 by Friday.</div>').body;
    expect(findQuote(forged, 'Please pay $9\u2060,900 by \u202EFriday.')?.toString()).toBe(
      'Please pay $9,900 by Friday.',
    );
  });

  it('marks the sentence the reader sees, never a hidden copy of it', () => {
    const { body } = pageWith(
      '<style>.gone{display:none}</style><div style="font-size:0">Please pay $9,900 by Friday.</div>' +
        '<div class="gone">Please pay $9,900 by Friday.</div><div id="shown">Please pay $9,900 by Friday.</div>',
    );
    const range = findQuote(body, 'Please pay $9,900 by Friday.');
    expect(range?.startContainer.parentElement?.id).toBe('shown');
    const hiddenOnly = pageWith('<div style="opacity:0">Send the deck by Friday.</div>').body;
    expect(findQuote(hiddenOnly, 'Send the deck by Friday.')).toBeNull();
  });

  it('ignores the same sentence in quoted history and reports a sentence that is not there', () => {
    const { body } = pageWith(
      '<div>New text.</div><div class="gmail_quote">I’ll send the revised proposal by Friday.</div>',
    );
    expect(findQuote(body, 'I’ll send the revised proposal by Friday.')).toBeNull();
    expect(findQuote(body, 'Something nobody wrote.')).toBeNull();
    expect(findQuote(body, '   ')).toBeNull();
  });
});

describe('applying highlights (no Highlight API: chips only)', () => {
  const html =
    '<div>Hi Dana,</div><ul><li>You’ll send the revised proposal by Friday, including the timeline.</li>' +
    '<li>We will share the <b>brand guidelines</b> before Nov 30. More words after it.</li></ul>';

  it('puts one chip after each quote found and reports the ones it could not find', () => {
    const { doc, body } = pageWith(html);
    const result = apply(
      doc,
      [
        mark({ id: 'a', quote: 'You’ll send the revised proposal by Friday, including the timeline.' }),
        mark({ id: 'b', status: 'suggested', quote: 'We will share the brand guidelines before Nov 30.' }),
        mark({ id: 'c', quote: 'Not in this email.' }),
        mark({ id: 'd', messageId: 'other', quote: 'Hi Dana,' }),
      ],
      () => {},
    );
    expect(result).toEqual({ applied: ['a', 'b'], missing: ['c', 'd'] });
    expect(chips(doc).map((c) => c.getAttribute('data-accord-mark'))).toEqual(['a', 'b']);
    const second = chips(doc)[1]!;
    expect(second.previousSibling?.textContent).toBe(' before Nov 30.');
    expect(second.nextSibling?.textContent).toBe(' More words after it.');
    expect(body.contains(second)).toBe(true);
  });

  it('never changes the body’s text, and clearing restores its exact DOM', () => {
    const { doc, body } = pageWith(html);
    const text = body.textContent;
    const structure = serialize(body);
    const nodes = textNodes(body);
    const read = bodyText(body);
    apply(
      doc,
      [
        mark({ id: 'a', quote: 'We will share the brand guidelines before Nov 30.' }),
        mark({ id: 'b', quote: 'Hi Dana,' }),
        mark({ id: 'c', quote: 'Hi' }),
      ],
      () => {},
    );
    expect(chips(doc)).toHaveLength(3);
    expect(body.textContent).toBe(text);
    expect(bodyText(body)).toBe(read);
    clearHighlights(doc);
    expect(chips(doc)).toHaveLength(0);
    expect(serialize(body)).toBe(structure);
    expect(textNodes(body)).toEqual(nodes);
    expect(body.textContent).toBe(text);
  });

  it('is idempotent: applying the same marks twice leaves one chip per mark', () => {
    const { doc, body } = pageWith(html);
    const marks = [mark({ id: 'a', quote: 'We will share the brand guidelines before Nov 30.' })];
    const structure = serialize(body);
    const nodes = textNodes(body);
    apply(doc, marks, () => {});
    apply(doc, [...marks, ...marks], () => {});
    expect(chips(doc)).toHaveLength(1);
    clearHighlights(doc);
    expect(serialize(body)).toBe(structure);
    expect(textNodes(body)).toEqual(nodes);
  });

  it('chips are labelled buttons that show the item and ask for it on click, Enter or Space', () => {
    const { doc } = pageWith(html);
    const activated: string[] = [];
    apply(
      doc,
      [mark({ id: 'a', quote: 'Hi Dana,', label: 'Send the revised proposal', status: 'confirmed' })],
      (id) => activated.push(id),
    );
    const chip = chips(doc)[0] as HTMLElement;
    expect(chip.getAttribute('role')).toBe('button');
    expect(chip.getAttribute('tabindex')).toBe('0');
    expect(chip.getAttribute('aria-label')).toMatch(
      /Send the revised proposal.*We owe them.*Due .*2026.*Confirmed/,
    );
    const tip = chip.shadowRoot?.querySelector('[role="tooltip"]');
    expect(tip?.textContent).toContain('Send the revised proposal');
    expect(tip?.textContent).toContain('Status: Confirmed');
    expect(chip.shadowRoot?.querySelector('.chip')?.textContent).toBe('Confirmed');

    chip.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true })));
    chip.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    chip.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    chip.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(activated).toEqual(['a', 'a', 'a']);

    // Escape hides the tooltip until the chip is left, without activating it.
    chip.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(chip.classList.contains('tip-dismissed')).toBe(true);
    chip.dispatchEvent(new FocusEvent('blur'));
    expect(chip.classList.contains('tip-dismissed')).toBe(false);
    expect(activated).toHaveLength(3);
  });

  it('chips ignore events page script makes up (isTrusted false)', () => {
    const { doc } = pageWith(html);
    const activated: string[] = [];
    applyHighlights(
      doc,
      [mark({ id: 'a', quote: 'Hi Dana,' })],
      (id) => activated.push(id),
      gmailMessageBodies(doc),
    );
    const chip = chips(doc)[0] as HTMLElement;
    chip.click();
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(activated).toEqual([]);
  });

  it('removes chips an earlier copy of Accord left behind', () => {
    const { doc, body } = pageWith(html);
    body.append(doc.createElement('accord-chip'));
    clearHighlights(doc);
    expect(chips(doc)).toHaveLength(0);
  });

  it('marks the sentences of the one-message fixture by their message id', () => {
    const parsed = new DOMParser().parseFromString(loadFixture('one-message.html'), 'text/html');
    document.body.replaceChildren(
      ...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)),
    );
    const bodies = gmailMessageBodies(document);
    const [[id, body]] = Array.from(bodies.entries()) as [[string, Element]];
    const text = body.textContent;
    const result = applyHighlights(
      document,
      [
        mark({
          id: 'x',
          messageId: id,
          quote: 'Payment for phase 1 is $12,500, due net 30 from the invoice date.',
        }),
      ],
      () => {},
      bodies,
    );
    expect(result.applied).toEqual(['x']);
    expect(body.textContent).toBe(text);
  });
});

describe('applying highlights with the Highlight API', () => {
  class FakeHighlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const registry = new Map<string, FakeHighlight>();

  beforeEach(() => {
    registry.clear();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => {
    clearHighlights(document);
    vi.unstubAllGlobals();
  });

  it('registers one highlight per status, with a page style for it, and removes both on clear', () => {
    const { doc } = pageWith('<div>One thing. Another thing. A third thing.</div>');
    registry.set('gmail-own', new FakeHighlight());
    apply(
      doc,
      [
        mark({ id: 'a', quote: 'One thing.' }),
        mark({ id: 'b', quote: 'Another thing.' }),
        mark({ id: 'c', quote: 'A third thing.', status: 'suggested' }),
      ],
      () => {},
    );
    expect([...registry.keys()].sort()).toEqual(['accord-proposed', 'accord-suggested', 'gmail-own']);
    expect(registry.get('accord-proposed')?.ranges.map(String)).toEqual(['One thing.', 'Another thing.']);
    const style = doc.querySelector('style[data-accord-highlights]');
    expect(style?.textContent).toContain('::highlight(accord-suggested)');

    clearHighlights(doc);
    expect([...registry.keys()]).toEqual(['gmail-own']);
    expect(doc.querySelector('style[data-accord-highlights]')).toBeNull();
  });
});
