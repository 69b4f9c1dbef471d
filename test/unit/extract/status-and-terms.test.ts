/**
 * Error classes found on the gold set's former held-out part (December 2026), each tested with
 * sentences written for this test: status read as commitments, the model's asks on status,
 * prices offered or stated by the other side, and the reader's part of a conditional deal.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/extract/classify';
import { extractThread } from '../../../src/extract/index';
import { isStatusOnly } from '../../../src/extract/obligation';
import { CLIENT, message, one, thread, US } from './helpers';

const found = (text: string, from = CLIENT) => extractThread(one(text, { from })).expectations;

describe('status in other words obliges nobody', () => {
  it.each([
    "I'm in Porto from the 9th to the 13th, but I can review from there.",
    'We are away until Thursday.',
    'Kofi is on leave this week.',
    'I will fly to Nairobi on the 20th.',
    "We'll travel to Ghent for the fair next week.",
    "I'll bring our head of finance, Lutz.",
    "I'll bring along my colleague from legal.",
    'Their deputy will join the call instead.',
    "I'll attend the workshop on Thursday.",
    "I'm working on another tender this week.",
    'We are busy with an internal audit until Friday.',
    'The deadline is fine.',
  ])('"%s"', (text) => {
    expect(found(text)).toEqual([]);
    expect(found(text, US)).toEqual([]);
  });

  it.each([
    "I'm in Porto from the 9th to the 13th, but I will send the edit by the 14th.",
    "I'll come to your site on Monday to measure the windows.",
    "I'll bring the fabric samples on Friday.",
    "We're working on your brochure this week and will send it by Friday.",
    'I will be at your office at 8 on Thursday to install the router.',
  ])('counter-example still proposes an item: "%s"', (text) => {
    expect(found(text, US).length).toBeGreaterThan(0);
  });

  it('a sentence is status only when its own words say so', () => {
    expect(isStatusOnly('I will come to Rotterdam.')).toBe(true);
    expect(isStatusOnly('I will come to your office.')).toBe(false);
    expect(isStatusOnly("I'll bring our designer, Mo.")).toBe(true);
    expect(isStatusOnly("I'll bring our invoice.")).toBe(false);
  });

  it('the intent model adds no ask to a statement of where someone will be', () => {
    for (const text of [
      'Our director will be in Seoul until Monday, and I will talk the terms over with her then.',
      'Our plant engineer will be on site on the 9th for the audit if your people want to come along.',
    ])
      expect(found(text).filter((e) => e.kind === 'request' || e.kind === 'meeting')).toEqual([]);
    // A question still asks.
    expect(found('Will you be in the office on Friday?')).toHaveLength(1);
  });
});

describe('prices offered and stated by the other side', () => {
  it('a price put as a question is a payment, owed by the side that does not bill', () => {
    expect(found('Would $95 per article work for you?')).toMatchObject([
      { kind: 'payment', owner: 'client', amount: { value: 95, currency: 'USD' } },
    ]);
    // A question about a time with no money stays a meeting proposal.
    expect(found('Would Thursday at 10 work for you?')).toMatchObject([{ kind: 'meeting' }]);
  });

  it('"come to" with a sum states a price', () => {
    expect(found('The two dormer windows come to $7,480.', US)).toMatchObject([
      { kind: 'payment', owner: 'client', amount: { value: 7480, currency: 'USD' } },
    ]);
    expect(found('Can you come to the site on Friday?', US)).toMatchObject([{ kind: 'request' }]);
  });

  it('a supplier who states the fee for a day is the payee, so the user pays', () => {
    const venue = { name: 'Orla', email: 'orla@quayhall.ie' };
    const t = one('The room hire for 3 June is €2,900 plus VAT. A deposit of €500 is payable to confirm.', {
      from: venue,
    });
    const es = extractThread(t).expectations;
    expect(es).toHaveLength(2);
    expect(es.every((e) => e.kind === 'payment' && e.owner === 'us')).toBe(true);
    expect(es[0]).toMatchObject({ due: null, amount: { value: 2900, currency: 'EUR' } });
  });

  it('with no word of billing the client still pays by default', () => {
    const t = thread([message('A deposit of €500 is payable to confirm.')]);
    expect(extractThread(t).expectations).toMatchObject([{ kind: 'payment', owner: 'client' }]);
  });
});

describe("the reader's part of a conditional deal", () => {
  it('"if you sign by …" binds the reader with that deadline', () => {
    expect(
      found('We can begin the week of 8 June if you return the signed order by 29 May.', US),
    ).toMatchObject([{ kind: 'request', owner: 'client', due: '2026-05-29' }]);
  });

  it("a condition with no deadline of the reader leaves the writer's commitment alone", () => {
    expect(found("We'll send the drafts by Friday if the brief doesn't change.", US)).toMatchObject([
      { kind: 'deliverable', owner: 'us', due: '2026-03-06' },
    ]);
  });
});

describe('one meeting is one item, and an inclusive "we" proposes one', () => {
  it('an ask for times that suit, right after a proposal, is the same meeting', () => {
    expect(
      found('Could we go over the floor plan with you next week? Send me a few slots that work for you.'),
    ).toHaveLength(1);
    expect(
      found("I'd love a quick call with your developer once the build is up; when suits them?"),
    ).toHaveLength(1);
    // Without a proposal before it, the ask for times stands.
    expect(found('Send me a few slots that work for you.')).toHaveLength(1);
  });

  it('"we need to discuss …" asks the reader to meet; "with someone else" or "internally" does not', () => {
    expect(found('We need to discuss the renewal terms.')).toMatchObject([{ kind: 'meeting', owner: 'us' }]);
    expect(found('We should get together before the audit.')).toMatchObject([
      { kind: 'meeting', owner: 'us' },
    ]);
    const own = (text: string) =>
      found(text).filter((e) => e.owner === 'us' && (e.kind === 'meeting' || e.kind === 'request'));
    expect(own('We need to talk with our lawyer first.')).toEqual([]);
    expect(own('We need to discuss this internally.')).toEqual([]);
  });
});

describe('marketing is judged on the whole sentence', () => {
  it('the second clause of an unsubscribe line asks nothing', () => {
    expect(
      found('If you no longer wish to get these digests, please go to your settings and switch them off.'),
    ).toEqual([]);
    expect(found('Click here to see our winter range, and please tell your friends.')).toEqual([]);
  });

  it('a real ask after a thank-you still counts', () => {
    expect(found('Thanks for the draft, could you send the final cut by Friday?')).toHaveLength(1);
  });
});

describe('a list heading lends its deadline, not any day it mentions', () => {
  const list = (heading: string) =>
    found(`${heading}\n- The signed brief\n- Brand guidelines`).map((e) => e.due);

  it('"… from you by Friday:" dates every line', () => {
    expect(list('Here is what we need from you by Friday:')).toEqual(['2026-03-06', '2026-03-06']);
  });

  it('"After Thursday\'s call, here is what we need from you:" dates none', () => {
    expect(list("After Thursday's call, here is what we need from you:")).toEqual([null, null]);
    expect(list("After Thursday's call, here is what we need from you before the launch:")).toEqual([
      null,
      null,
    ]);
  });
});

describe("talking among the writer's own people proposes nothing", () => {
  it.each(['We need to discuss this internally.', 'We need to talk with our lawyer first.'])(
    '"%s"',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("a task of the writer's own with a date is still theirs", () => {
    expect(found('We need to finalise the budget by Friday.')).toMatchObject([
      { owner: 'client', due: '2026-03-06' },
    ]);
  });
});

describe('"what we need is …" reads as a request to the model', () => {
  it("the rules frame it as the reader's", () => {
    expect(classify('What I need from you is the signed lease by Monday.', false, true)).toMatchObject({
      frame: 'request',
    });
    expect(classify('What we want is a calmer homepage.', false, false)).toMatchObject({ frame: 'request' });
    expect(classify('What we did was rebuild the homepage.', false, false)).toBeNull();
  });
});

describe('a statement of whereabouts that also asks outright', () => {
  it('is still an ask', () => {
    expect(found("Please let me know if you'll be available to attend.")).toHaveLength(1);
    expect(found("I'll be on the road next week, so please send the proofs by Friday.")).toMatchObject([
      { owner: 'us', due: '2026-03-06' },
    ]);
  });
});

describe('an offer to meet at a time waits for the reader', () => {
  it('"we can go through them on a call on Monday at 9am" binds the reader; "we can send" the writer', () => {
    expect(found('We can go through the drawings on a call on Monday at 9am.', US)).toMatchObject([
      { kind: 'meeting', owner: 'client', due: '2026-03-09', dueTime: '09:00' },
    ]);
    expect(found('We can send the drawings on Thursday.', US)).toMatchObject([
      { kind: 'deliverable', owner: 'us' },
    ]);
  });
});
