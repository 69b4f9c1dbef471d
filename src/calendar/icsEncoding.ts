/**
 * Encoding of untrusted words (a sender's display name, a client's name in a title, an
 * agenda) for an iCalendar file, so that nothing a client writes can add a property or a
 * parameter (issue 10: a name `Sam":mailto:spy@evil.example;X-Z="` became an attendee).
 *
 * The `ics` library quotes parameter values but escapes `"` as `\"`, which RFC 5545 does
 * not know (a quoted parameter value ends at the next `"`). So every parameter value is
 * encoded here first, per RFC 6868 (`^` → `^^`, newline → `^n`, `"` → `^'`), leaving the
 * library nothing to escape; characters RFC 5545 allows nowhere (controls other than tab)
 * are dropped, since no encoding can carry them. So is a backslash in a parameter value:
 * RFC 5545 gives it no meaning there, but common parsers (ical.js, 2026-12) read `\,` and
 * `\n` inside one as escapes, so no spelling of it reads back the same everywhere.
 */

/** RFC 5545 CONTROL, minus the line breaks handled on their own: never valid in a file. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * A TEXT value (SUMMARY, DESCRIPTION): controls dropped, any line break made `\n` (the `ics`
 * library then escapes `\`, `;`, `,` and newlines per RFC 5545 §3.3.11).
 */
export function icsTextValue(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROLS, '');
}

/**
 * A parameter value's content, RFC 6868-encoded and safe to put between double quotes.
 * Line breaks become `^n` (RFC 6868 has no other way to carry one); backslashes are dropped.
 */
export function icsParamValue(value: string): string {
  return icsTextValue(value).replace(/\\/g, '').replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
}

/** A parameter value as written after `NAME=`: bare when it is a plain token, else quoted. */
export function icsParam(value: string): string {
  return /^[A-Za-z0-9_/+.-]+$/.test(value) ? value : `"${icsParamValue(value)}"`;
}
