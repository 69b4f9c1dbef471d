/**
 * Finds the live part of a plain-text body: what the writer wrote in this message, without
 * quoted history (already extracted from its own message), signatures and legal footers.
 * Works line by line on the normalised text and returns ranges of the original offsets.
 */
import { isSpace } from '../core/whiteSpace';
import { contactBlockStart } from './contactBlock';
import { foreignHistoryAt } from './foreignHistory';
import type { Span } from './types';

export const QUOTED_PATTERNS = {
  /** "On Mon, 2 Mar 2026 at 09:15, Sam <sam@acme.com> wrote:" (may wrap onto the next line). */
  onWrote: /^\s{0,8}On\s.{0,300}wrote:\s{0,8}$/,
  onWroteStart: /^\s{0,8}On\s.{0,200}\d/,
  wroteEnd: /wrote:\s{0,8}$/,
  originalMessage:
    /^\s{0,8}-{2,}\s{0,4}(?:Original Message|Forwarded message|Reply message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original|Mensaje reenviado|Oorspronkelijk bericht|Doorgestuurd bericht|Messaggio originale|Messaggio inoltrato|Mensagem original|Mensagem encaminhada)\s{0,4}-{0,}/i,
  outlookRule: /^\s{0,8}_{8,}\s{0,8}$/,
  headerFrom: /^\s{0,8}\*{0,2}From:\*{0,2}\s/,
  headerSentOrDate: /^\s{0,8}\*{0,2}(?:Sent|Date|To|Subject):\*{0,2}\s/,
  /**
   * The same reply header in the languages Gmail and Outlook write it in: "Le mar. 3 mars 2026 à
   * 09:12, Sam <sam@acme.com> a écrit :", "Am Di., 3. März 2026 um 09:12 Uhr schrieb Sam:", "El
   * mar, 3 mar 2026 a las 9:12, Sam escribió:", "Op di 3 mrt. 2026 om 09:12 schreef Sam:", "Il
   * giorno … ha scritto:", "Em … escreveu:", "W dniu … napisał(a):", "Den … skrev …:".
   */
  foreignWrote:
    /^\s{0,8}(?:Le|Am|El|Op|Il|Em|W dniu|Den|Dne|On)\s.{0,300}(?:(?:a écrit|escribió|ha scritto|escreveu|napisał(?:\(a\)|a)?|kirjoitti|napsal(?:\(a\))?)\s?|(?:schrieb|schreef|skrev)\s.{0,200}):\s{0,8}$/,
  /** Outlook's header block in other languages: "Von:", "De :", "Van:", "Da:", "Od:", "Från:", "Fra:". */
  foreignHeaderFrom: /^\s{0,8}\*{0,2}(?:Von|De|Van|Da|Od|Från|Fra)\s?:\*{0,2}\s/,
  foreignHeaderSent:
    /^\s{0,8}\*{0,2}(?:Gesendet|Datum|An|Betreff|Envoyé|Date|À|Objet|Enviado|Para|Asunto|Verzonden|Aan|Onderwerp|Inviato|Oggetto|Data|Assunto|Wysłano|Do|Temat|Skickat|Till|Ämne|Sendt|Til|Emne)\s?:\*{0,2}\s/,
  /** "Von meinem iPhone gesendet", "Enviado desde mi iPhone", "Envoyé de mon iPhone", "Verstuurd vanaf mijn iPhone". */
  foreignMobileSig:
    /^\s{0,8}(?:Von meinem \w+ gesendet|Enviado desde mi\b|Envoyé de mon\b|Verstuurd vanaf mijn\b|Inviato da\b|Enviado do meu\b|Wysłane z\b|Skickat från min\b)/i,
  quoteLine: /^\s{0,8}>/,
  sigDelimiter: /^-- ?$/,
  mobileSig: /^\s{0,8}(?:Sent from my|Get Outlook for|Sent from Mail for|Sent from Yahoo Mail)\b/i,
  /**
   * A sign-off line, English or as clients abroad write it ("Saludos cordiales,", "Mit
   * freundlichen Grüßen", "Met vriendelijke groet", "何卒よろしくお願い申し上げます。"): what
   * follows it is a signature.
   */
  signOff:
    /^\s{0,8}(?:(?:with )?(?:best|kind|warm|many|warmest|kindest)?\s?(?:regards|wishes)|best|cheers|thanks(?: again| so much| a lot)?|thank you(?: so much)?|many thanks|(?:thanks|thank you) (?:and|&) (?:best |kind )?regards|sincerely|respectfully|yours(?: sincerely| truly| faithfully)?|talk soon|speak soon|all the best|ta|rgds|br|thx|saludos cordiales|un (?:cordial )?saludo|atentamente|(?:bien |très )?cordialement|bien (?:à|a) vous|(?:mit )?(?:freundlichen?|besten|herzlichen) gr(?:ü|ue)(?:ß|ss)en|cumprimentos|(?:viele|beste|liebe) gr(?:ü|ue)(?:ß|ss)e|met vriendelijke groet(?:en)?|(?:hartelijke )?groeten|cordiali saluti|distinti saluti|atenciosamente|abra(?:ç|c)os|pozdrawiam|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|mvh|ng(?:ā|a) mihi(?: nui)?|(?:何卒)?(?:どうぞ)?よろしくお願い(?:いた|致)?し?(?:ます|申し上げます))\s{0,4}[,.!。]?\s{0,4}$/i,
  legalFooter:
    /\b(?:confidentiality notice|disclaimer:|intended (?:only |solely )?for the (?:use of the )?(?:named |individual |addressee)|(?:notify|inform) the sender|if you (?:are not|have received this)|privileged and confidential|(?:this|the) (?:e-?mail|message|communication)(?: and any (?:files|attachments)(?: transmitted with it)?)? (?:is|are|may be|may contain) (?:confidential|intended|privileged)|registered (?:in|office)\b.{0,80}\b(?:company|no\.|number)|unauthori[sz]ed (?:use|disclosure|review)|please consider the environment before printing|\bconfidentiel(?:le)?s?\b|\bconfidencial(?:es)?\b|\bconfidenzial[ei]\b|\bvertraulich|\briservat[oaie]\b|\bdestinatari[oa]?\b|\bvertrouwelijk|\bdestinataires?\b|\bEmpfänger)/i,
  /**
   * A line of its own that only a signature holds: a company's register entry ("Amtsgericht
   * Charlottenburg HRB 215544 · USt-IdNr. DE312555918") or a land acknowledgement that opens the
   * line ("We acknowledge …", "We work on the unceded territories of …"), with nothing asked in it.
   * Only as a whole line: a paragraph of prose may end with one.
   */
  signatureOnlyLine:
    /^(?![^\n]*(?:\?|\b(?:please|could you|can you|would you)\b))(?:[^\n]*(?:\bAmtsgericht \p{Lu}|\bHR[AB] \d|\bUSt-?IdNr\.?:? ?[A-Z]{2} ?\d|\bGeschäftsführ(?:er|erin|ung)?:)|\W{0,3}we (?:respectfully )?(?:acknowledge|(?:live|work|play|operate|meet)\b[^\n]{0,40}? on the (?:unceded|traditional|ancestral)))/iu,
} as const;

interface Line {
  start: number;
  end: number;
  text: string;
  /**
   * The line's first character after its leading white space (as `\s` reads it), or -1. Every
   * line pattern above but `signOff`, `legalFooter` and `signatureOnlyLine` starts with `^\s{0,8}`
   * (or `^`) and one fixed character, so a line whose lead is not that character cannot match:
   * most lines then skip the patterns (about 150,000 pattern calls a pass of the bench corpus).
   */
  lead: number;
}

export function leadOf(text: string, start = 0, end = text.length): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** Character codes of the leads the line patterns need (upper and lower case for the `i` ones). */
export const O = 0x4f;
export const DASH = 0x2d;
export const UNDERSCORE = 0x5f;
export const STAR = 0x2a;
export const F = 0x46;
export const GT = 0x3e;
export const isMobileLead = (c: number) => c === 0x53 || c === 0x73 || c === 0x47 || c === 0x67; // S s G g

/** First letters of the reply headers, header blocks and phone signatures in other languages. */
const codes = (letters: string) => new Set([...letters].map((c) => c.charCodeAt(0)));
const FOREIGN_LEADS = codes('LAEOIWDO');
const FOREIGN_FROM_LEADS = codes('*VDFO');
const FOREIGN_MOBILE_LEADS = codes('VEIWSvewis');

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end), lead: leadOf(text, start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Index of the first line of quoted history (a reply header or an Outlook header block). */
function historyStart(lines: Line[]): number {
  const P = QUOTED_PATTERNS;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const lead = lines[i]!.lead;
    if (t.length > 400) continue;
    if (lead === O && P.onWrote.test(t)) return i;
    if (lead === O && P.onWroteStart.test(t) && !P.wroteEnd.test(t)) {
      // Gmail wraps long "On … wrote:" headers: look one or two lines ahead.
      for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
        const n = lines[j]!.text;
        if (n.length < 300 && P.wroteEnd.test(n)) return i;
      }
    }
    if (FOREIGN_LEADS.has(lead) && P.foreignWrote.test(t)) return i;
    if (lead === DASH && P.originalMessage.test(t)) return i;
    if (
      lead === UNDERSCORE &&
      P.outlookRule.test(t) &&
      i + 1 < lines.length &&
      P.headerFrom.test(lines[i + 1]!.text)
    )
      return i;
    if ((lead === STAR || lead === F) && P.headerFrom.test(t)) {
      let headers = 0;
      for (let j = i + 1; j <= i + 5 && j < lines.length; j++) {
        if (P.headerSentOrDate.test(lines[j]!.text)) headers++;
      }
      if (headers >= 1) return i;
    }
    // A header block in another language needs two of its lines after "Von:" ("De:" and "Da:" open
    // sentences too).
    if (FOREIGN_FROM_LEADS.has(lead) && P.foreignHeaderFrom.test(t)) {
      let headers = 0;
      for (let j = i + 1; j <= i + 5 && j < lines.length; j++) {
        if (P.foreignHeaderSent.test(lines[j]!.text)) headers++;
      }
      if (headers >= 2) return i;
    }
    if (foreignHistoryAt(lines, i, lead)) return i;
  }
  return lines.length;
}

/** Index of the first signature line before `limit`, or `limit` when there is none. */
function signatureStart(lines: Line[], limit: number): number {
  const P = QUOTED_PATTERNS;
  for (let i = 0; i < limit; i++) {
    const { text: t, lead } = lines[i]!;
    // `sigDelimiter` has no leading white space: its first character is the lead.
    if ((t.charCodeAt(0) === DASH && P.sigDelimiter.test(t)) || (isMobileLead(lead) && P.mobileSig.test(t)))
      return i;
    if (FOREIGN_MOBILE_LEADS.has(lead) && P.foreignMobileSig.test(t)) return i;
  }
  // A sign-off ("Best,", "Thanks,") followed only by a few short lines (name, title, phone).
  for (let i = Math.max(1, limit - 12); i < limit; i++) {
    const t = lines[i]!.text;
    if (t.length > 60 || !isSignOff(t)) continue;
    let ok = true;
    for (let j = i + 1; j < limit; j++) {
      // A legal footer or a register entry under the signature is long but ends nothing the
      // writer asked.
      const text = lines[j]!.text;
      const long = text.length > 90;
      if (long && !(text.length < 4000 && (P.legalFooter.test(text) || P.signatureOnlyLine.test(text)))) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return contactBlockStart(lines, limit);
}

/**
 * A sign-off line: one sign-off of up to 40 characters, or two in two languages ("Mit freundlichen
 * Grüßen / Kind regards", "Med venlig hilsen | Best regards"), which clients abroad often write.
 */
function isSignOff(line: string): boolean {
  const P = QUOTED_PATTERNS;
  if (line.length <= 40 && P.signOff.test(line)) return true;
  const parts = line.split(/\s[/|]\s/);
  return parts.length === 2 && parts.every((part) => P.signOff.test(part));
}

/** Ranges of `text` (already normalised, same offsets as the original) written in this message. */
export function liveRanges(text: string): Span[] {
  const P = QUOTED_PATTERNS;
  const lines = splitLines(text);
  const history = historyStart(lines);
  const sig = signatureStart(lines, history);
  const ranges: Span[] = [];
  let paragraph: Line[] = [];
  for (let i = 0; i < sig; i++) {
    const line = lines[i]!;
    if ((line.lead === GT && P.quoteLine.test(line.text)) || line.text.trim() === '') {
      if (paragraph.length > 0) paragraph = keepParagraph(paragraph, ranges);
      continue;
    }
    paragraph.push(line);
  }
  if (paragraph.length > 0) keepParagraph(paragraph, ranges);
  return ranges;
}

/** The text this message's writer wrote, signature and footer included: everything above its quoted history. */
export function writtenPart(text: string): string {
  const lines = splitLines(text);
  const history = historyStart(lines);
  return history < lines.length ? text.slice(0, lines[history]!.start) : text;
}

/**
 * Adds a paragraph's lines to `ranges` unless it is a legal footer (footers come as whole
 * paragraphs: drop the paragraph, keep the rest) or a register entry on a line of its own;
 * returns a new empty paragraph. A function of the module rather than a closure made for every
 * message.
 */
function keepParagraph(paragraph: Line[], ranges: Span[]): Line[] {
  const joined = paragraph.length === 1 ? paragraph[0]!.text : paragraph.map((l) => l.text).join(' ');
  const footer =
    joined.length < 4000 &&
    (QUOTED_PATTERNS.legalFooter.test(joined) ||
      (paragraph.length === 1 && QUOTED_PATTERNS.signatureOnlyLine.test(joined)));
  if (!footer) {
    for (const l of paragraph) if (l.end > l.start) ranges.push({ start: l.start, end: l.end });
  }
  return [];
}
