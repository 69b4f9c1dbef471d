/**
 * Quoted history under a header in a language quoted.ts does not name (foreignHistory.ts): Gmail's
 * reply header in any language and Outlook's header block in Japanese, Chinese, Korean, Russian
 * and others end the live text, so the earlier mail below is not offered again. Every message
 * was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { liveRanges } from '../../../src/extract/quoted';
import { CLIENT, one } from './helpers';

const live = (text: string) => liveRanges(text).map((r) => text.slice(r.start, r.end));
const QUOTE = 'Could you send the signed order form by Friday? The total is EUR 4.200,00.';

describe('quoted history under a header in any language', () => {
  it.each([
    `14 gru 2026 o 12:30 Dana Lee <dana@northwind.io> napisał(a):\n\n${QUOTE}`,
    `2026年12月14日(月) 12:30 Dana Lee <dana@northwind.io>:\n\n${QUOTE}`,
    `Dana Lee <dana@northwind.io> 于2026年12月14日周一 12:30写道：\n\n${QUOTE}`,
    `пн, 14 дек. 2026 г. в 12:30, Dana Lee <dana@northwind.io>:\n\n${QUOTE}`,
    `14 Ara 2026 Pzt, saat 12:30 tarihinde Dana Lee <dana@northwind.io> şunu yazdı:\n\n${QUOTE}`,
    `2026. dec. 14., h 12:30 Dana Lee <\ndana@northwind.io> ezt írta:\n\n${QUOTE}`,
    `差出人: Dana Lee <dana@northwind.io>\n送信日時: 2026年12月14日 12:30\n宛先: Sam Ortiz <sam@acme.com>\nCC: Aya Mori <aya@acme.com>\n件名: RE: 注文書\n\n${QUOTE}`,
    `发件人: Dana Lee <dana@northwind.io>\n发送时间: 2026年12月14日 12:30\n收件人: Sam Ortiz <sam@acme.com>\n主题: 回复: 订单\n\n${QUOTE}`,
    `보낸 사람: Dana Lee <dana@northwind.io>\n보낸 날짜: 2026년 12월 14일 월요일 오후 12:30\n받는 사람: Sam Ortiz <sam@acme.com>\n제목: RE: 주문서\n\n${QUOTE}`,
    `От: Dana Lee <dana@northwind.io>\nОтправлено: 14 декабря 2026 г. 12:30\nКому: Sam Ortiz <sam@acme.com>\nТема: RE: Заказ\n\n${QUOTE}`,
    `Kimden: Dana Lee <dana@northwind.io>\nGönderildi: 14 Aralık 2026 Pazartesi 12:30\nKime: Sam Ortiz <sam@acme.com>\nKonu: RE: Sipariş\n\n${QUOTE}`,
  ])('ends the live text: %s', (history) => {
    const text = `Hi Dana,\n\nThanks, all clear.\n\nSam\n\n${history}`;
    expect(live(text)).toEqual(['Hi Dana,', 'Thanks, all clear.', 'Sam']);
    expect(extractThread(one(text, { from: CLIENT })).expectations).toEqual([]);
  });

  it('keeps the line before a header, which the writer wrote', () => {
    const text = `Thanks, see you in 2027.\n14 gru 2026 o 12:30 Dana Lee <dana@northwind.io> napisał(a):\n${QUOTE}`;
    expect(live(text)).toEqual(['Thanks, see you in 2027.']);
  });

  it('keeps live lines that only look like parts of a header', () => {
    const text = [
      'Please copy Aya <aya@acme.com> on the order form.',
      'Тема: заказ на декабрь',
      'Дата: 14 декабря',
      'Could you send the signed order form by Friday?',
    ].join('\n');
    expect(live(text)).toEqual(text.split('\n'));
  });
});

describe('a signature under a sign-off the list does not know', () => {
  it('is not read as an ask', () => {
    const text =
      'Bonjour,\n\nCould you send the spring availability list by Friday?\n\nMerci beaucoup et à bientôt,\nCamille Lefèvre\nAtelier Capucine\n18 rue des Martyrs, 75009 Paris\n+33 1 45 55 21 84';
    const found = extractThread(one(text, { from: CLIENT })).expectations.map((e) => e.text);
    expect(found).toEqual(['Could you send the spring availability list by Friday?']);
  });

  it('keeps a closing line with no name and contact under it', () => {
    const text =
      'Could you send the list by Friday?\n\nOne more thing, for the record,\nthe deposit is due on the 5th.';
    expect(live(text)).toContain('the deposit is due on the 5th.');
  });
});
