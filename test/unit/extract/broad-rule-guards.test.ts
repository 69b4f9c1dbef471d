/**
 * Guards for the evening round's rules (issue 9), from a read-only review that reproduced each
 * fault: forecasts are not "should" asks, meetings "held on" a day keep it, US slash dates are
 * not fractions, a company's own mailing list is still a newsletter, a quantified subject sets a
 * bar only with a verb of work, news is no thing on its way, a thing swapped "instead" is no
 * drift, a payment's rest is one item, bare day numbers are days only at a deadline's end, an
 * order after a fault is still an ask, and a quote received from elsewhere is not the writer's.
 * Every sentence was written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, message, thread, US } from './helpers';

const read = (text: string, from = CLIENT) => {
  const r = extractThread(thread([message(`Hi,\n\n${text}\n\nThanks`, { from })]));
  return {
    items: r.expectations.map((e) => [e.kind, e.owner, e.due]),
    signals: r.signals.map((s) => s.type),
  };
};

describe('forecasts and news stay silent', () => {
  it.each([
    ['Your order should be dispatched tomorrow.', US],
    ['The permit should be approved by the council next week.', CLIENT],
    ['My flight is going out at 6am tomorrow so I will be offline.', CLIENT],
    ['A notice will be sent to all residents tomorrow about the works.', CLIENT],
    ['The results will be included in the quarterly review.', CLIENT],
    ['Lunch will be included.', US],
    ['All the guests will stay at the Hilton.', CLIENT],
    ['All staff will be invited to the launch party.', CLIENT],
    ['The project will be transferred to NHS England in April.', CLIENT],
  ] as const)('"%s"', (text, from) => {
    expect(read(text, from).items.filter((i) => i[0] !== 'meeting')).toEqual([]);
  });
});

describe('dates the new rules must not eat', () => {
  it('a meeting "held on" a day keeps it', () => {
    expect(
      read(
        'The inspection will be held on site to check the drainage on Wednesday 11 March at 10am.',
      ).items.map((i) => i[2]),
    ).toContain('2026-03-11');
  });

  it('a US slash date is no fraction', () => {
    expect(read('Can we meet 3/4 at 10am?').items.map((i) => i[2])).toEqual(['2026-03-04']);
  });

  it('a bare day number before a noun is no day', () => {
    expect(read('Please confirm by 2nd week of April.').items.map((i) => i[2])).toEqual([null]);
  });
});

describe('a company mailing list', () => {
  it('is a newsletter even from our own domain', () => {
    const r = extractThread(
      thread([
        message(
          'Team,\n\nPlease submit your expense reports by March 15.\n\nManage your email preferences | Unsubscribe',
          {
            from: { name: 'News', email: 'news@northwind.io' },
            to: [US],
          },
        ),
      ]),
    );
    expect(r.expectations).toEqual([]);
  });
});

describe('swaps, schedules, faults and received quotes', () => {
  it('a thing swapped "instead of" another is an ask, not drift', () => {
    const r = read('Can we get 200 units instead of 100 by March 20?');
    expect(r.signals).toEqual([]);
    expect(r.items.map((i) => i[0])).toEqual(['request']);
  });

  it('a meeting moved "instead" keeps its item', () => {
    expect(read('Could we have a call on Thursday at 10 instead?').signals).toEqual([]);
  });

  it('the rest of a payment is one item', () => {
    expect(read('I can pay $500 now, and the rest on Friday.').items).toHaveLength(1);
  });

  it('an order after a fault is still an ask', () => {
    expect(
      read('The wifi keeps dropping, make sure your tech brings a spare router on Tuesday.').items.map(
        (i) => i[0],
      ),
    ).toEqual(['request']);
  });

  it("a quote received from someone else is not the writer's price", () => {
    expect(
      read('The proposal we received from the other agency:\nStrategy $6,000\nCreative $9,500').items,
    ).toEqual([]);
  });

  it("asking the reader's accountant is no colleague of ours", () => {
    expect(
      read('We have asked your accountant to share the figures by Friday.', US).items.map((i) => i[1]),
    ).not.toContain('us');
  });

  it('selling on to customers prices nothing the reader owes', () => {
    expect(read('Just so you know, we sell it at $12 each to our customers.').items).toEqual([]);
  });
});
