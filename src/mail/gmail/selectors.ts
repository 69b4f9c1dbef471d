/**
 * Every Gmail selector Accord depends on, in one place.
 *
 * Gmail's class names are obfuscated and change without notice; when Accord stops reading
 * threads, this is the file to update (and a new dated fixture folder under
 * test/fixtures/gmail/ to prove it). Each constant says what it matches and the layout it
 * was written against. "Web UI 2025-2026" means the standard desktop Gmail at
 * mail.google.com with conversation view on and no reading pane, as seen in 2025 and 2026.
 *
 * Class names are preferred only where Gmail has no attribute or ARIA role to key on;
 * data-* attributes and roles are more stable and are used where they exist.
 */

// ---------------------------------------------------------------------------
// Page regions
// ---------------------------------------------------------------------------

/** The main content region: the thread list or the open thread. Web UI 2025-2026 (ARIA role, stable for years). */
export const MAIN = 'div[role="main"]';

/** Google's top bar (account button lives here). Web UI 2025-2026: `div#gb` / `header#gb`. */
export const TOP_BAR = '#gb, header[role="banner"], div[role="banner"]';

/**
 * The signed-in account button in the top bar; its aria-label reads
 * "Google Account: Dana Whitfield (dana@northwind.io)". Web UI 2025-2026.
 */
export const ACCOUNT_BUTTON = 'a[aria-label*="@"]';

/**
 * The app's row below the top bar: navigation (`div.aeN`), the main area (`div.nH.bkK`) and
 * Gmail's own side panel strip (Calendar, Keep, Tasks, add-ons; `div.brC-aT5-aOt-Jw`), laid
 * out side by side. Narrowing this row is how Gmail itself makes room when its side panel
 * opens, so Accord's panel takes its column the same way. Web UI 2024-2026 (checked
 * 2026-12 against InboxSDK's element getter, which keys the main area on `.bkK` and the
 * side panel on `.brC-aT5-aOt-Jw` / `.brC-brG`).
 */
export const APP_ROW = 'div.nH.bkL';

/** The main column inside APP_ROW (the list or the open thread). Web UI 2024-2026. */
export const MAIN_COLUMN = 'div.nH.bkK';

// ---------------------------------------------------------------------------
// Thread
// ---------------------------------------------------------------------------

/**
 * The thread's subject heading. Carries `data-thread-perm-id="thread-f:<decimal>"` and
 * `data-legacy-thread-id="<hex>"`. Its presence means a thread is rendered. Web UI 2025-2026.
 */
export const SUBJECT = 'h2.hP';

/** Attribute on SUBJECT: the thread id Gmail's own URLs and API use (hex). */
export const ATTR_LEGACY_THREAD_ID = 'data-legacy-thread-id';

/**
 * Attribute on SUBJECT: the permanent thread id, "thread-f:<decimal>" (hex of it = legacy id).
 * Unreliable since 2025-11 (InboxSDK commits of 2025-11-10 and 2025-11-25): sometimes
 * missing, sometimes the literal string "undefined". Only a well-formed "thread-f:<digits>"
 * is ever converted to an id (src/mail/gmail/ids.ts); anything else is ignored.
 */
export const ATTR_THREAD_PERM_ID = 'data-thread-perm-id';

/**
 * One message of the thread: expanded messages are `div.adn.ads`, collapsed ones
 * `div.adf.ads`, with `data-message-id="#msg-f:<decimal>"` and usually
 * `data-legacy-message-id="<hex>"`. Collapsed and hidden rows may carry neither (a dated
 * capture of 2025 shows `div.kv > div.adf.ads` without one; InboxSDK reads an id only once a
 * message is expanded), so the thread is read row by row (MESSAGE_ROW) and this element is
 * only where a row's id comes from when it has one. Web UI 2025-2026.
 */
export const MESSAGE = 'div[data-message-id], div[data-legacy-message-id]';

/** Attribute on MESSAGE: the hex message id (Gmail API id). */
export const ATTR_LEGACY_MESSAGE_ID = 'data-legacy-message-id';

/** Attribute on MESSAGE: "#msg-f:<decimal>" (sent/received) or "#msg-a:r<n>" (just sent by the user). */
export const ATTR_MESSAGE_ID = 'data-message-id';

/**
 * The row around one message in the thread's `div[role="list"]`: `div.h7` expanded,
 * `div.kv` collapsed, `div.kQ` / `div.kx` hidden behind the "older messages" bar.
 * Web UI 2025-2026 (same classes InboxSDK keys its message view state on).
 */
export const ROW_EXPANDED_CLASS = 'h7';
/** `ky` is collapsed too (InboxSDK, checked 2026-12). */
export const ROW_COLLAPSED_CLASSES = ['kv', 'ky'] as const;
export const ROW_HIDDEN_CLASSES = ['kQ', 'kx'] as const;

/** Every message row of the conversation list, whatever its state; each row is one message. */
export const MESSAGE_ROW = [ROW_EXPANDED_CLASS, ...ROW_COLLAPSED_CLASSES, ...ROW_HIDDEN_CLASSES]
  .map((cls) => `div.${cls}`)
  .join(', ');

/** Class on an expanded MESSAGE element (collapsed ones have `adf`). Web UI 2025-2026. */
export const MESSAGE_EXPANDED_CLASS = 'adn';

/**
 * The "N older messages" bar in a long thread: `div.adv`, count in `span.adx`.
 * Web UI 2025-2026. The hidden messages themselves are the `div.kQ` rows.
 */
export const OLDER_MESSAGES_BAR = 'div.adv';
export const OLDER_MESSAGES_COUNT = 'span.adx';

// ---------------------------------------------------------------------------
// Message header
// ---------------------------------------------------------------------------

/**
 * Sender of a message, expanded or collapsed: `span.gD`; `email` attribute = address,
 * `name` attribute = display name (text as fallback). Web UI 2025-2026 (InboxSDK, checked
 * 2026-12).
 */
export const SENDER = 'span.gD[email]';

/**
 * `span.zF` is the thread *list*'s unread-sender class (`.yW span.zF`), not a message's
 * sender: in split view it matches list rows beside the thread. Read only inside a message
 * row, and only when the row has no `span.gD` (older captures). Checked 2026-12.
 */
export const SENDER_FALLBACK = 'span.zF[email]';

/**
 * Recipients shown in an expanded header ("to me, Priya"): `span.g2[email]`; the user
 * appears with name "me". Gmail does not separate To and Cc here. Web UI 2025-2026.
 */
export const RECIPIENT = 'span.g2[email]';

/**
 * The header details table (opened with the "show details" arrow): one row per field,
 * label in `td.gG` ("from:", "to:", "cc:", "date:", English UI), values in `td.gL`.
 * Only in the DOM once the user has opened it. Web UI 2025-2026.
 */
export const DETAILS_TABLE = 'table.ajC';
export const DETAILS_LABEL = 'td.gG';
export const DETAILS_VALUE = 'td.gL';

/**
 * Sent time: `span.g3`; `title` holds the full local date ("Mon, Mar 2, 2026, 9:15 AM" in
 * en-US, "Mon, 2 Mar 2026, 09:15" in en-GB); the text is the short or relative form
 * ("9:15 AM (3 days ago)"). Web UI 2025-2026.
 */
export const SENT_AT = 'span.g3';

// ---------------------------------------------------------------------------
// Message body
// ---------------------------------------------------------------------------

/** The rendered body of an expanded message: `div.a3s` (with `.aiL` since 2019). Web UI 2025-2026. */
export const BODY = 'div.a3s';

/** The one-line snippet Gmail shows for a collapsed (or hidden) message. Web UI 2025-2026. */
export const SNIPPET = 'div.iA.g6, span.iA.g6, span.y2';

/**
 * Parts of a body that are not this message's own words, removed before reading:
 * - `.gmail_quote`, `.gmail_quote_container`, `blockquote.gmail_quote`: quoted history in
 *   mail written with Gmail (also class-prefixed copies like `m_123gmail_quote`);
 *   a quote whose `.gmail_attr` says "Forwarded message" is kept (see FORWARD_MARKER);
 * - `blockquote[type="cite"]`: quoted history from Apple Mail and Thunderbird;
 * - `div.adm`, `div.ajR`, `.adL`, `.im`: Gmail's trimmed content (the "..." toggle, the
 *   `div.HOEnZb.adL` text behind it, and repeated text it recognised from earlier messages);
 * - `.gmail_signature`, `[data-smartmail="gmail_signature"]`: signatures Gmail marks.
 * Web UI 2025-2026.
 */
export const QUOTED = [
  '[class*="gmail_quote"]',
  'blockquote[type="cite"]',
  'div.adm',
  'div.ajR',
  '.adL',
  '.im',
].join(', ');
export const SIGNATURE = '[class*="gmail_signature"], [data-smartmail="gmail_signature"]';

/** The attribution line of a Gmail quote ("On Mon, … wrote:" or "---------- Forwarded message ---------"). */
export const QUOTE_ATTRIBUTION = '[class*="gmail_attr"]';

/** Text of a Gmail forward's attribution line (English UI and English-composed mail). */
export const FORWARD_MARKER = /-{3,}\s*Forwarded message\s*-{3,}/i;

// ---------------------------------------------------------------------------
// What tells the lead's MutationObserver a thread is on screen
// ---------------------------------------------------------------------------

/**
 * The reading pane of split view (Settings → Reading pane → right of or below the inbox):
 * `div.aia` in the main area holds the list and the open thread (`.a98.iY` views) side by
 * side; the URL may stay on the list while a thread shows there. InboxSDK decides "preview
 * pane mode" on `.aia` (checked 2026-12).
 */
export const READING_PANE = 'div.aia';

/** Present exactly when a thread is rendered in the main area. Web UI 2025-2026. */
export const THREAD_READY_SELECTOR = `${MAIN} ${SUBJECT}`;

// ---------------------------------------------------------------------------
// Replying ("Send recap" writes into Gmail's own reply; Accord never sends)
// ---------------------------------------------------------------------------

/**
 * The "Reply" button in the footer under the last message (beside "Reply all" and
 * "Forward"): `span.ams.bkH`, role "link". Replies to the thread's last message, which is
 * what a recap answers. Gmail can render several footers (`div.amn`) at once for A/B tests,
 * all but one hidden (InboxSDK, checked 2026-12): the visible one is used. Gmail web UI as
 * of 2026-11 (checked 2026-11-24).
 */
export const REPLY_FOOTER_BUTTON = 'span.ams.bkH';

/**
 * The reply arrow in an expanded message's header: `div[role="button"]` whose
 * `aria-label` / `data-tooltip` is "Reply" (English UI). Used when the footer is not there.
 * Gmail web UI as of 2026-11 (checked 2026-11-24).
 */
export const REPLY_HEADER_BUTTON =
  'div[role="button"][aria-label="Reply"], div[role="button"][data-tooltip="Reply"]';

/**
 * The body of an open compose or inline reply: `div.Am.Al.editable` with
 * `contenteditable="true"`, `role="textbox"`, `g_editable="true"` and aria-label "Message
 * Body" (English UI; the class and g_editable match in any language).
 * Gmail web UI as of 2026-11 (checked 2026-11-24).
 */
export const COMPOSE_EDITOR = [
  'div.Am.Al.editable[contenteditable="true"]',
  'div[contenteditable="true"][g_editable="true"]',
  'div[contenteditable="true"][role="textbox"][aria-label="Message Body"]',
].join(', ');
