import type { MailMessage } from '../../core/mail';
import type { Steps } from '../slices';
import { bodyText, bodyTextSteps } from './bodyText';
import { queryOutsideBodies } from './domQuery';
import { gmailDateToIso, type ZoneOffset } from './gmailDate';
import { stableId } from './ids';
import { readRecipients, readSender } from './people';
import {
  ATTR_LEGACY_MESSAGE_ID,
  ATTR_MESSAGE_ID,
  BODY,
  MESSAGE_EXPANDED_CLASS,
  ROW_EXPANDED_CLASS,
  ROW_HIDDEN_CLASSES,
  SENT_AT,
  SNIPPET,
} from './selectors';

export type MessageState = 'expanded' | 'collapsed' | 'hidden';

export type MessageRead =
  | { ok: true; message: MailMessage; state: MessageState }
  | { ok: false; reason: string; state: MessageState };

/** Expanded (body on screen), collapsed (header and snippet) or hidden behind "N older messages". */
export function messageState(el: Element): MessageState {
  const hiddenRow = ROW_HIDDEN_CLASSES.some((cls) => el.closest(`.${cls}`) != null);
  if (hiddenRow) return 'hidden';
  // `el` is the message element, or its row when the row has no message element with an id.
  const expandedEl =
    el.classList.contains(MESSAGE_EXPANDED_CLASS) || el.classList.contains(ROW_EXPANDED_CLASS)
      ? el
      : queryOutsideBodies(el, `div.${MESSAGE_EXPANDED_CLASS}`);
  const expanded = expandedEl != null && queryOutsideBodies(expandedEl, BODY) != null;
  return expanded ? 'expanded' : 'collapsed';
}

function readSentAt(el: Element, now: Date, zone: ZoneOffset | undefined): string | null {
  const stamp = queryOutsideBodies(el, SENT_AT);
  if (!stamp) return null;
  // The title carries the full date; the text ("9:15 AM (3 days ago)") is the fallback.
  const title = stamp.getAttribute('title');
  const fromTitle = title ? gmailDateToIso(title, now, zone) : null;
  return fromTitle ?? gmailDateToIso(stamp.textContent ?? '', now, zone);
}

/** Gives an id to a row Gmail shows without one, from what was read of it. */
export type RowIdDeriver = (senderEmail: string, sentAt: string) => string;

/**
 * One message (its element, or its row when Gmail gave the row no message element with an
 * id) → MailMessage. Reasons never quote the message: they are shown to the user and may
 * end up in bug reports.
 */
export function* readGmailMessage(
  el: Element,
  now: Date,
  zone?: ZoneOffset,
  deriveId?: RowIdDeriver,
): Steps<MessageRead> {
  const state = messageState(el);
  const gmailId = stableId(el.getAttribute(ATTR_LEGACY_MESSAGE_ID), el.getAttribute(ATTR_MESSAGE_ID));
  // An expanded message always has Gmail's id; only folded rows may go without one.
  if (!gmailId && (state === 'expanded' || !deriveId))
    return { ok: false, state, reason: 'A message in this thread has no id Accord can read.' };
  const from = readSender(el);
  if (!from) return { ok: false, state, reason: 'Accord could not read who sent a message in this thread.' };
  const sentAt = readSentAt(el, now, zone);
  if (!sentAt)
    return { ok: false, state, reason: 'Accord could not read when a message in this thread was sent.' };
  const id = gmailId ?? deriveId!(from.email, sentAt);
  const { to, cc } = readRecipients(el);

  if (state === 'expanded') {
    const body = queryOutsideBodies(el, BODY)!;
    // A body can be long: read in steps (src/mail/slices.ts).
    const text = yield* bodyTextSteps(body);
    return { ok: true, state, message: { id, from, to, cc, sentAt, text, fullyRead: true } };
  }
  const snippet = queryOutsideBodies(el, SNIPPET);
  const text = snippet ? bodyText(snippet, { removeQuotes: false }) : '';
  return { ok: true, state, message: { id, from, to, cc, sentAt, text, fullyRead: false } };
}
