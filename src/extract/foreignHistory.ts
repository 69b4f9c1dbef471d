/**
 * Where quoted history begins when the mail program wrote its header in a language quoted.ts
 * does not name. Clients abroad reply from Gmail and Outlook set to their own language, and
 * what sits below such a header is earlier mail, already read from its own message: read again,
 * its prices and promises come back as new suggestions ("Total phase 1: JPY 3,285,000" from a
 * quote sent two days before, under "差出人: … / 送信日時: … / 件名: RE: …").
 *
 * Two shapes, each kept narrow enough that a line the writer wrote cannot take it:
 * - Gmail's reply header, whatever the language: the quoted writer's address in angle brackets
 *   and a colon end the line, and a time or a year stands in it ("14 gru 2026 o 12:30 Katrin
 *   <k@lingoloft.de> napisał(a):", "2026年12月14日(月) 12:30 Katrin <k@lingoloft.de>:", "Katrin
 *   <k@lingoloft.de> 于2026年12月14日周一 12:30写道："). Gmail may wrap it onto a second line.
 * - Outlook's header block in Japanese, Chinese, Korean, Russian, Ukrainian, Turkish, Hungarian,
 *   Finnish, Greek, Indonesian, Vietnamese, Romanian, Czech, Arabic and Hebrew: the sender's
 *   label ("差出人:", "От:", "Kimden:") and at least two of the block's other labels ("送信日時:",
 *   "件名:") in the five lines after it, as quoted.ts asks of the Western European ones.
 */
import { isSpace } from '../core/whiteSpace';

export const FOREIGN_HISTORY_PATTERNS = {
  /** The quoted writer's address in angle brackets, then at most a verb, then the closing colon. */
  addressThenColon: /<[^<>\s@]{1,64}@[^<>\s@]{1,255}>[^<>@]{0,60}[:：]\s{0,8}$/,
  /** A time ("12:30", "9.15") or a year: every reply header dates the mail it quotes. */
  timeOrYear: /\d{1,2}[:.]\d{2}|(?:19|20)\d{2}/,
  headerFrom:
    /^\s{0,8}\*{0,2}(?:差出人|发件人|發件人|寄件者|보낸 사람|От|Від|Kimden|Feladó|Lähettäjä|Από|Dari|Từ|De la|Odesílatel|من|מאת)\s?[:：]/,
  headerOther:
    /^\s{0,8}\*{0,2}(?:送信日時|日付|宛先|件名|发送时间|發送時間|寄件日期|日期|收件人|收件者|主题|主旨|抄送|副本|보낸 날짜|날짜|받는 사람|제목|참조|Отправлено|Дата|Кому|Копия|Тема|Надіслано|Gönderildi|Tarih|Kime|Konu|Bilgi|Elküldve|Dátum|Címzett|Tárgy|Másolat|Lähetetty|Päivämäärä|Vastaanottaja|Aihe|Kopio|Στάλθηκε|Ημερομηνία|Προς|Θέμα|Κοιν|Dikirim|Tanggal|Kepada|Perihal|Đã gửi|Ngày|Đến|Chủ đề|Trimis|Dată|Către|Subiect|Odesláno|Komu|Předmět|Kopie|CC|Cc|أرسل|التاريخ|إلى|الموضوع|نسخة|נשלח|תאריך|אל|נושא)\s?[:：]/,
} as const;

const COLON = 0x3a;
const FULL_WIDTH_COLON = 0xff1a;

/** Does the line end with a colon, white space aside? (Cheap: most lines do not.) */
function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === COLON || c === FULL_WIDTH_COLON;
}

/** First letters of the Latin-script labels of headerFrom; the others open with a letter past ASCII. */
const LATIN_FROM_LEADS = new Set([...'*KFLDTO'].map((c) => c.charCodeAt(0)));
const mayOpenBlock = (lead: number) => lead > 0x7f || LATIN_FROM_LEADS.has(lead);

function isReplyHeader(text: string): boolean {
  const P = FOREIGN_HISTORY_PATTERNS;
  return text.length < 500 && P.addressThenColon.test(text) && P.timeOrYear.test(text);
}

/**
 * Does quoted history begin at line `i`? `lines` are the message's lines, `lead` the code of
 * line i's first character after white space.
 */
export function foreignHistoryAt(lines: readonly { text: string }[], i: number, lead: number): boolean {
  const t = lines[i]!.text;
  if (endsWithColon(t) && t.includes('@') && isReplyHeader(t)) return true;
  const next = lines[i + 1]?.text;
  // A wrapped header breaks in or after the address ("… Katrin Schröder <" / "k@lingoloft.de>
  // napisał(a):"), so the address opens on this line; a whole header on the next line is that
  // line's own, and this one stays the writer's.
  if (
    next !== undefined &&
    next.length < 120 &&
    t.includes('<') &&
    endsWithColon(next) &&
    !isReplyHeader(next) &&
    isReplyHeader(t + next)
  )
    return true;
  if (!mayOpenBlock(lead) || !FOREIGN_HISTORY_PATTERNS.headerFrom.test(t)) return false;
  let labels = 0;
  for (let j = i + 1; j <= i + 5 && j < lines.length; j++) {
    if (FOREIGN_HISTORY_PATTERNS.headerOther.test(lines[j]!.text)) labels++;
  }
  return labels >= 2;
}
