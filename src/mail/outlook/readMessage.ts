import type { Person } from '../../core/mail';
import type { ZoneOffset } from '../gmail/gmailDate';
import { formatWithOffset, localZoneOffset } from '../gmail/gmailDate';
import { runToEnd, type Steps } from '../slices';
import { outlookBodyTextSteps } from './bodyText';
import { isInsideBody, queryOutsideBodies } from './domQuery';
import { parseOutlookWallClock, type DateOrder } from './outlookDate';
import { readRecipients, readSender } from './people';
import { BODY, MESSAGE_TOOLBAR, RECIPIENT_WELL, SENDER, SENT_AT } from './selectors';

/** One message as read from the page, before it gets its derived id. */
export interface RawMessage {
  element: Element;
  body: Element | null;
  from: Person;
  to: Person[];
  cc: Person[];
  sentAt: string;
  text: string;
  fullyRead: boolean;
}

export type RawRead = { ok: true; message: RawMessage } | { ok: false; reason: string };

export interface ReadContext {
  self: Person | null;
  order: DateOrder;
  now: Date;
  zone: ZoneOffset | undefined;
  /** Only who sent what when, and which body: the text is left empty (nothing walks the body). */
  withoutText?: boolean;
}

/** Header parts of a collapsed message that are Outlook's chrome, not the preview text. */
const HEADER_PARTS = [
  SENDER,
  SENT_AT,
  RECIPIENT_WELL,
  MESSAGE_TOOLBAR,
  '[role="heading"]',
  '[role="button"]',
  '[aria-hidden="true"]',
].join(', ');

/** Expanded: Outlook shows the body. A message with no `aria-expanded` (single view) counts as open. */
function expandedBody(el: Element): Element | null {
  if (el.getAttribute('aria-expanded') === 'false') return null;
  return queryOutsideBodies(el, BODY);
}

/**
 * One message element → its parts. Reasons are shown to the user and never quote mail.
 * Collapsed messages give the preview line Outlook shows under the sender.
 */
export function* readOutlookMessageSteps(el: Element, context: ReadContext): Steps<RawRead> {
  const from = readSender(el, context.self);
  if (!from) return { ok: false, reason: 'Accord could not read who sent a message in this conversation.' };
  const stamp = queryOutsideBodies(el, SENT_AT);
  if (!stamp)
    return { ok: false, reason: 'Accord could not find when a message in this conversation was sent.' };
  const date = parseOutlookWallClock(stamp.textContent ?? '', context.order, context.now, context.zone);
  if (!date.ok) {
    return {
      ok: false,
      reason:
        date.why === 'ambiguous'
          ? 'Accord could not tell the day from the month in a message’s date, so it did not guess. Choosing a date format with the month’s name or a day-first order in Outlook’s settings lets Accord read it.'
          : 'Accord could not read when a message in this conversation was sent.',
    };
  }
  const sentAt = formatWithOffset(date.wall, context.zone ?? localZoneOffset);
  const { to, cc } = readRecipients(el);
  const body = expandedBody(el);
  const message = { element: el, body, from, to, cc, sentAt, text: '', fullyRead: body !== null };
  if (context.withoutText) return { ok: true, message };
  // A body can be long: read in steps (src/mail/slices.ts).
  message.text = body
    ? yield* outlookBodyTextSteps(body)
    : yield* outlookBodyTextSteps(el, {
        removeQuotes: false,
        skip: (node) => !isInsideBody(node) && node.matches(HEADER_PARTS),
      });
  return { ok: true, message };
}

/** One message read at once. */
export function readOutlookMessage(el: Element, context: ReadContext): RawRead {
  return runToEnd(readOutlookMessageSteps(el, context));
}
