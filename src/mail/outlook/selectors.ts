/**
 * Every Outlook on the web selector Accord depends on, in one place.
 *
 * Outlook's generated class names have changed at least four times since 2019, so none is
 * used here: only ids, `data-*` attributes and ARIA roles/labels that Outlook keeps. Each
 * constant says what it matches and when it was checked. "Checked 2026-12" means: seen in
 * the source of maintained open-source extensions for Outlook on the web (Mailvelope's
 * outlook-api branch, zero-for-outlook, Trocker and others found through code search, late
 * 2025 to mid 2026) and modelled in test/fixtures/outlook/2026-12. Where only one source
 * was found, the comment says so. When Accord stops reading Outlook, this is the file to
 * update, with a new dated fixture folder to prove it.
 *
 * Labels Outlook localises are listed for English and German, the languages the fixtures
 * cover; a structural fallback (language-independent) is given where one exists.
 */

// ---------------------------------------------------------------------------
// Page regions
// ---------------------------------------------------------------------------

/**
 * The reading pane, in every layout seen: the new Outlook's `#ReadingPaneContainerId`,
 * the conversation container (`#ConversationReadingPaneContainer`,
 * `data-app-section="ConversationContainer"`) and the read/compose main region of a message
 * opened in its own view. Checked 2026-12 (several sources).
 */
export const READING_PANE =
  '#ReadingPaneContainerId, #ConversationReadingPaneContainer, [data-app-section="ConversationContainer"], div[role="main"][data-app-section="MailReadCompose"]';

/** The message list (`#MailList`), holding one `role="option"` row per conversation. Checked 2026-12. */
export const MAIL_LIST = '#MailList';

/** The selected row of the message list; `data-convid` is the conversation id. Checked 2026-12 (Mailvelope). */
export const SELECTED_ROW = '#MailList [role="option"][aria-selected="true"][data-convid]';

/** Attribute on list rows: the conversation id (base64, Exchange ConversationId). Checked 2026-12. */
export const ATTR_CONVERSATION_ID = 'data-convid';

/**
 * The conversation's subject: a `role="heading"` element. Outlook gives the conversation's
 * heading an id ending `_SUBJECT` (`CONV_…_SUBJECT`); a date line can also be marked as a
 * heading, so the id wins and `aria-level="2"` is the fallback. Checked 2026-12 (two sources).
 */
export const SUBJECT_BY_ID = '[role="heading"][id$="_SUBJECT"]';
export const SUBJECT_FALLBACK = '[role="heading"][aria-level="2"]';

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

/**
 * One message of the conversation, expanded or collapsed; `aria-expanded` tells which.
 * English "Email message", German "E-Mail-Nachricht". Checked 2026-12 (several sources).
 */
export const MESSAGE_LABELS = ['Email message', 'E-Mail-Nachricht'];
export const MESSAGE = MESSAGE_LABELS.map((label) => `[aria-label="${label}"]`).join(', ');

/**
 * Language-independent fallback for MESSAGE: an element with `aria-expanded` that holds a
 * sent time (SENT_AT). Used only when no labelled message is found (another UI language).
 */
export const MESSAGE_FALLBACK = '[aria-expanded]';

/**
 * The sender: an element whose `aria-label` starts "From:" (German "Von:"), e.g.
 * `aria-label="From: Priya Raman"`; the address is in its text ("<priya@acme.com>") or a
 * `title`. Outlook shows only the name for people in the user's own organisation; the
 * address then comes from a `title` if present. Checked 2026-12 (two sources).
 */
export const SENDER_LABEL_PREFIXES = ['From:', 'Von:'];
export const SENDER = SENDER_LABEL_PREFIXES.map((p) => `[aria-label^="${p}"]`).join(', ');

/**
 * One line of recipients ("To:" or "Cc:", German "An:" / "Cc:"), each person a `[title]`
 * holding the address with the name as text. Checked 2026-12 (one source).
 */
export const RECIPIENT_WELL = '[data-testid="RecipientWell"]';
/** A person in a RecipientWell or the sender: the address in `title`. */
export const PERSON_WITH_ADDRESS = '[title*="@"]';

/**
 * When the message was sent, as text in the user's locale and settings:
 * "Tue 11/17/2026 9:15 AM" (en-US), "Tue 17/11/2026 09:15" (en-GB), "Di 17.11.2026 09:15"
 * (de), "Yesterday 4:40 PM", "Mon 9:15 AM". Checked 2026-12 (several sources).
 */
export const SENT_AT = '[data-testid="SentReceivedSavedTime"]';

/**
 * A message's body: the element with id `UniqueMessageBody_<n>` directly inside the
 * `role="document"` labelled "Message body" (German "Nachrichtentext"), or carrying that
 * role itself. `<n>` is a counter of the page, not an id of the mail. Checked 2026-12
 * (several sources; both nestings seen).
 */
export const BODY =
  '[role="document"] > [id^="UniqueMessageBody"], [id^="UniqueMessageBody"][role="document"]';
/** Every body-like element, for "is this inside a body" checks (any nesting). */
export const ANY_BODY = '[id^="UniqueMessageBody"]';

/** The message's own toolbar (Reply, Reply all, Forward, More). Checked 2026-12. */
export const MESSAGE_TOOLBAR = '[role="toolbar"]';

// ---------------------------------------------------------------------------
// Quoted history inside a body (Outlook prefixes the mail's own ids with "x_")
// ---------------------------------------------------------------------------

/**
 * Where an Outlook reply's quoted history starts: `divRplyFwdMsg` (the From/Sent/To/Subject
 * block), `appendonsend` (the marker Outlook puts before it) and the newer
 * `mail-editor-reference-message-container`, with any number of the `x_` prefixes Outlook
 * on the web adds to ids of displayed mail (`x_x_divRplyFwdMsg` once a reply was itself
 * quoted). Checked 2026-12 (mail archives and several open-source quote strippers).
 */
export const HISTORY_START = [
  '#divRplyFwdMsg',
  '[id$="_divRplyFwdMsg"]',
  '#appendonsend',
  '[id$="_appendonsend"]',
  '#mail-editor-reference-message-container',
  '[id$="_mail-editor-reference-message-container"]',
].join(', ');

/** Quotes written by other mail programs, as Outlook shows them (classes get `x_` too). */
export const OTHER_QUOTES = '[class*="gmail_quote"], blockquote[type="cite"]';

/** Outlook's own signature block (`id="Signature"`, shown as `x_Signature`). */
export const SIGNATURE = '#Signature, #x_Signature, [id^="x_Signature"]';

/**
 * The header lines of a quoted message, per language: the block after an `<hr>` that
 * starts with "From:" and has "Sent:" (Outlook for Mac: "Date:") and "Subject:" is history
 * (German: Von / Gesendet or Datum / Betreff). Plain substring tests, no patterns.
 */
export const HISTORY_HEADER_LABELS: readonly { from: string; sent: readonly string[]; subject: string }[] = [
  { from: 'From:', sent: ['Sent:', 'Date:'], subject: 'Subject:' },
  { from: 'Von:', sent: ['Gesendet:', 'Datum:'], subject: 'Betreff:' },
];

// ---------------------------------------------------------------------------
// The signed-in account
// ---------------------------------------------------------------------------

/** The account manager's address line (Microsoft's "MeControl"). Checked 2026-12. */
export const ACCOUNT_ADDRESS = '#mectrl_currentAccount_secondary';
/** The account manager's name line. Checked 2026-12. */
export const ACCOUNT_NAME = '#mectrl_currentAccount_primary';
/** The account button in the header; aria-label "Account manager for Dana Whitfield". Checked 2026-12. */
export const ACCOUNT_BUTTON = '#O365_MainLink_Me';
/**
 * The user's own mailbox in the folder tree; `data-folder-name` or `title` holds its
 * address (both seen). Present without opening anything, unlike MeControl's lines, which
 * some sources only find after clicking the account button. Checked 2026-12.
 */
export const MAILBOX_ROOT = '[id^="primaryMailboxRoot"]';

// ---------------------------------------------------------------------------
// Reply
// ---------------------------------------------------------------------------

/** Reply in a message's toolbar (English, German) and its language-independent icon. Checked 2026-12. */
export const REPLY_BUTTON = [
  '[role="toolbar"] button[aria-label="Reply"]',
  '[role="toolbar"] button[aria-label="Antworten"]',
].join(', ');
export const REPLY_ICON = '[role="toolbar"] [data-icon-name="ArrowReplyRegular"]';

/**
 * Outlook's reply editor: a contenteditable labelled "Message body" (German
 * "Nachrichtentext"), or a contenteditable textbox; it may sit in an open shadow root.
 * Checked 2026-12 (two sources).
 */
export const COMPOSE_EDITOR = [
  'div[contenteditable="true"][aria-label="Message body"]',
  'div[contenteditable="true"][aria-label="Nachrichtentext"]',
  'div[contenteditable="true"][role="textbox"]',
].join(', ');

// ---------------------------------------------------------------------------
// Layout (making room for Accord's panel)
// ---------------------------------------------------------------------------

/**
 * Outlook's app root, the element that fills the window under `<body>`; narrowing it
 * narrows header, folder pane, list and reading pane together, as Outlook's own side panes
 * do. `#appRoot` is NOT confirmed by any public source found (2026-12): the fallback, the
 * child of `<body>` that holds the reading pane or the message list, is what real pages
 * rely on until it is checked on a live mailbox.
 */
export const APP_ROOT = '#appRoot';
