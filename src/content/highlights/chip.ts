import { formatDue, SIDE_HEADING, STATUS_LABEL } from '../../ui/format';
import type { Mark, MarkStatus } from './types';
import { isUserEvent } from '../trustedEvents';

/**
 * The small status chip after a marked sentence.
 *
 * A plain element with a custom-element name (never registered: content scripts have no
 * `customElements` in Chrome) and a shadow root holding all of its text and style. Light
 * DOM stays empty, so the body's textContent, and what the adapter reads, are unchanged.
 * It is a button to assistive tech and the keyboard; hovering or focusing shows the item,
 * Escape hides that tooltip again, click / Enter / Space asks the sidebar to show it.
 * Only real input does (`isTrusted`): the chip lives in the page, where page script can
 * dispatch events at it. Its shadow root stays open: it holds only what its `aria-label`
 * already says in the page.
 */

export const CHIP_TAG = 'accord-chip';
/** On the host: the mark id it stands for. */
export const CHIP_MARK_ATTR = 'data-accord-mark';

const STATUS_TEXT: Record<MarkStatus, string> = { suggested: 'Suggested', ...STATUS_LABEL };

const COLORS: Record<MarkStatus, string> = {
  suggested: '#1a73e8',
  proposed: '#b06000',
  confirmed: '#137333',
  done: '#137333',
  missed: '#c5221f',
  cancelled: '#5f6368',
  renegotiated: '#8430ce',
};

const CSS = `
:host { all: initial; position: relative; display: inline-block; vertical-align: baseline;
  margin: 0 2px; cursor: pointer; user-select: none; font: 500 11px/16px 'Google Sans', Roboto, Arial, sans-serif; }
:host(:focus) { outline: none; }
:host(:focus-visible) .chip { outline: 2px solid #1a73e8; outline-offset: 1px; }
.chip { display: inline-block; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor;
  background: #fff; white-space: nowrap; }
.tip { display: none; position: absolute; z-index: 2147482000; left: 0; top: calc(100% + 4px);
  width: max-content; max-width: 280px; padding: 6px 8px; border-radius: 6px; background: #303134;
  color: #fff; font-weight: 400; font-size: 12px; line-height: 1.4; white-space: normal; text-align: start; }
.tip p { margin: 0; }
.tip .label { font-weight: 500; }
:host(:hover) .tip, :host(:focus) .tip { display: block; }
:host(.tip-dismissed) .tip { display: none; }
`;

function lines(mark: Mark): string[] {
  if (mark.chipText) return [mark.label];
  const meta = [mark.owner ? SIDE_HEADING[mark.owner] : null, mark.due ? `Due ${formatDue(mark.due)}` : null];
  return [mark.label, meta.filter(Boolean).join(' · '), `Status: ${STATUS_TEXT[mark.status]}`].filter(
    (line) => line !== '',
  );
}

export function chipLabel(mark: Mark): string {
  return `Accord, ${lines(mark).join('. ')}. Show in the Accord sidebar.`;
}

export function createChip(doc: Document, mark: Mark, onActivate: (id: string) => void): HTMLElement {
  const host = doc.createElement(CHIP_TAG);
  host.setAttribute(CHIP_MARK_ATTR, mark.id);
  host.setAttribute('data-status', mark.status);
  host.setAttribute('role', 'button');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-label', chipLabel(mark));
  // Gmail and screen readers must not take the chip for part of the email.
  host.setAttribute('contenteditable', 'false');
  host.setAttribute('translate', 'no');

  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const chip = doc.createElement('span');
  chip.className = 'chip';
  chip.setAttribute('aria-hidden', 'true');
  chip.style.color = COLORS[mark.status];
  chip.textContent = mark.chipText ?? STATUS_TEXT[mark.status];
  const tip = doc.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('aria-hidden', 'true');
  lines(mark).forEach((text, i) => {
    const p = doc.createElement('p');
    if (i === 0) p.className = 'label';
    p.textContent = text;
    tip.append(p);
  });
  root.append(style, chip, tip);

  const activate = (event: Event) => {
    // The chip may sit inside a link in the email, and Gmail listens on the body.
    event.preventDefault();
    event.stopPropagation();
    onActivate(mark.id);
  };
  host.addEventListener('click', (event) => {
    if (isUserEvent(event)) activate(event);
  });
  host.addEventListener('keydown', (event) => {
    if (!isUserEvent(event)) return;
    if (event.key === 'Enter' || event.key === ' ') activate(event);
    else if (event.key === 'Escape') {
      event.stopPropagation();
      host.classList.add('tip-dismissed');
    }
  });
  const reset = () => host.classList.remove('tip-dismissed');
  host.addEventListener('blur', reset);
  host.addEventListener('mouseleave', reset);
  return host;
}
