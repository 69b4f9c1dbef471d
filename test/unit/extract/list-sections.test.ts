/**
 * Lists whose heading the list patterns do not know (issue 9, 4 December 2026, night): bulleted
 * phrases under a heading over things to supply, priced lines under a neutral one, numbered
 * section titles ("2. Timeline") and short titles ("Workplan") heading the lines below, and
 * headings over reports lending nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractThread } from '../../../src/extract/index';
import { CLIENT, US, itemsOf, one } from './helpers';

const texts = (items: { text: string }[]) => items.map((e) => e.text);

describe('bulleted phrases under a heading of any words', () => {
  const wishList = [
    'Hi Dana,',
    '',
    "Here's roughly what we're hoping for:",
    '- a booking page our staff can edit',
    '- gift vouchers sold online',
    '- opening hours and a map',
    '',
    'Thanks, Sam',
  ].join('\n');

  it("are the supplier's to deliver: a buyer's wish list asks the reader", () => {
    const items = itemsOf(wishList, CLIENT);
    expect(texts(items)).toEqual([
      'a booking page our staff can edit',
      'gift vouchers sold online',
      'opening hours and a map',
    ]);
    for (const e of items) expect([e.kind, e.owner]).toEqual(['request', 'us']);
  });

  it('are not read when each line is a full sentence reporting something', () => {
    const report = [
      'Hi Dana,',
      '',
      'Two things from the site visit:',
      '- The back door did not lock properly.',
      '- The alarm panel showed a fault code.',
      '',
      'Sam',
    ].join('\n');
    expect(itemsOf(report, CLIENT)).toEqual([]);
  });

  it('are not read when they name people and their roles', () => {
    const team = [
      'Hi Dana,',
      '',
      'Joining us on the day:',
      '- Priya Natarajan, Senior Associate, Tax',
      '- Owen Marsh, Trainee',
      '',
      'Sam',
    ].join('\n');
    expect(itemsOf(team, CLIENT)).toEqual([]);
  });
});

describe('lines under a heading over a report', () => {
  it.each([
    [
      'Quick status for sprint 3:',
      ['Search filters deployed to staging last week', 'Load test showed 300 ms at peak'],
    ],
    ['The main issues:', ['two cracked tiles in the shower', 'extractor fan noisy on high']],
    [
      'References:',
      ['Dr. Ana Ruiz, Hillside Clinic - (303) 555-0100', 'Mark Lowe, Summit Dental - (720) 555-0199'],
    ],
    ['As promised, attached:', ['Usage report for May', 'Cost comparison in EUR']],
    ['Key findings (FYI)', ['Returns peak at 9% in January', 'Warehouse at 94% of capacity in Q4']],
  ])('"%s" owe nothing', (heading, lines) => {
    const text = ['Hi Sam,', '', heading, ...lines.map((l) => `- ${l}`), '', 'Dana'].join('\n');
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('priced lines under a neutral heading', () => {
  it('state a payment, the total too', () => {
    const quote = [
      'Hi Sam,',
      '',
      "Good news, the 14th is free. Here's a first go:",
      '',
      'Cake tasting for two: $60',
      'Three-tier sponge, serves 90: $540',
      'Delivery and setup: $85',
      'Total: $685 (plus sales tax)',
      '',
      'Dana',
    ].join('\n');
    const items = itemsOf(quote, US);
    expect(items.map((e) => [e.kind, e.owner, e.amount?.value])).toEqual([
      ['payment', 'client', 60],
      ['payment', 'client', 540],
      ['payment', 'client', 85],
      ['payment', 'client', 685],
    ]);
  });
});

describe('numbered section titles', () => {
  const proposal = [
    'Dear Sam,',
    '',
    'Here is our proposal for the showroom.',
    '',
    '1. Scope',
    'We will survey the space and design two layouts.',
    '',
    '2. Timeline',
    '- Survey done: 14 April',
    '- Layouts presented: 28 April',
    '',
    '3. What we need from you',
    '1. Keys for the survey on 14 April',
    '2. Your brand guidelines by 10 April',
    '',
    'Best regards,',
    'Dana',
  ].join('\n');

  it("head the lines below them: a timeline is the writer's, what we need is the reader's", () => {
    const items = itemsOf(proposal, US);
    const of = (snippet: string) => items.find((e) => e.text.includes(snippet));
    expect(of('Layouts presented')).toMatchObject({ kind: 'deliverable', owner: 'us', due: '2026-04-28' });
    expect(of('Survey done')).toMatchObject({ kind: 'deliverable', owner: 'us', due: '2026-04-14' });
    expect(of('brand guidelines')).toMatchObject({ kind: 'request', owner: 'client', due: '2026-04-10' });
  });

  it('end at the next section number', () => {
    const text = [
      'Dear Sam,',
      '',
      '1. Fees',
      'Monthly fee: $2,400',
      '2. Start date',
      'We can start on 4 May.',
      '',
      'Dana',
    ].join('\n');
    const items = itemsOf(text, US);
    expect(items.find((e) => e.text === 'Start date')).toBeUndefined();
    expect(items.find((e) => e.text.startsWith('We can start'))?.kind).not.toBe('payment');
  });

  it('are not titles when the next line goes on with the same list', () => {
    const asks = [
      'Hi Sam,',
      '',
      'For the year-end accounts I need the following by 20 March:',
      '',
      '1. bank statements for the year',
      '2. the sales summary from your till system',
      '3. receipts for the new van',
      '',
      'Dana',
    ].join('\n');
    const items = itemsOf(asks, US);
    expect(texts(items)).toEqual([
      'bank statements for the year',
      'the sales summary from your till system',
      'receipts for the new van',
    ]);
    for (const e of items) expect([e.kind, e.owner, e.due]).toEqual(['request', 'client', '2026-03-20']);
  });
});

describe('a sentence announcing the list below it', () => {
  it('heads its bullets even when it ends in a question mark', () => {
    const text = [
      'Hi Dana,',
      '',
      'We expect about 200 guests. Could you quote us by 20 March for the following?',
      '',
      '- Stage lighting for the main hall',
      '- Two wireless microphones',
      '',
      'Thanks, Sam',
    ].join('\n');
    const items = itemsOf(text, CLIENT).filter((e) => e.text.startsWith('Stage') || e.text.startsWith('Two'));
    expect(items.map((e) => [e.text, e.kind, e.owner, e.due])).toEqual([
      ['Stage lighting for the main hall', 'request', 'us', '2026-03-20'],
      ['Two wireless microphones', 'request', 'us', '2026-03-20'],
    ]);
  });
});

describe('a short title right above bullets', () => {
  it("heads them: the writer's plan when the writer sells", () => {
    const text = [
      'Hi Sam,',
      '',
      'Thanks for the visit on Tuesday.',
      '',
      'Workplan',
      '- Site survey from 9 March',
      '- Final report by 27 March',
      '',
      'Best, Dana',
    ].join('\n');
    const items = itemsOf(text, US);
    expect(items.map((e) => [e.text, e.kind, e.owner, e.due])).toEqual([
      ['Site survey from 9 March', 'deliverable', 'us', '2026-03-09'],
      ['Final report by 27 March', 'deliverable', 'us', '2026-03-27'],
    ]);
  });

  it('names the side a title names ("From Acme") and asks for documents required', () => {
    const text = [
      'Hi Sam,',
      '',
      'Recap of the call below.',
      '',
      'From Acme',
      '- Signed purchase order by 12 March',
      '',
      'Documents required',
      '- proof of address for each director',
      '',
      'Best, Dana',
    ].join('\n');
    const items = itemsOf(text, US);
    expect(items.map((e) => [e.text, e.kind, e.owner])).toEqual([
      ['Signed purchase order by 12 March', 'request', 'client'],
      ['proof of address for each director', 'request', 'client'],
    ]);
  });

  it('over a report owes nothing', () => {
    const text = [
      'Hi Sam,',
      '',
      'Monthly report.',
      '',
      'Headlines',
      '- Average first response: 14 minutes',
      '- Backup success rate: 100%',
      '',
      'Completed this month',
      '- Moved the Leeds office to the new firewall',
      '',
      'Dana',
    ].join('\n');
    expect(itemsOf(text, US)).toEqual([]);
  });
});

describe('a heading with a span for its deadline', () => {
  it('lends the day to its lines, and "VAT returns" is a thing asked for, not a quote detail', () => {
    const text = [
      'Hi Sam,',
      '',
      'To start the year-end work we need the following from you within 10 working days:',
      '',
      '1. VAT returns for all four quarters',
      '2. Payroll summaries for the year',
      '',
      'Dana',
    ].join('\n');
    expect(itemsOf(text, US).map((e) => [e.text, e.kind, e.owner, e.due])).toEqual([
      ['VAT returns for all four quarters', 'request', 'client', '2026-03-16'],
      ['Payroll summaries for the year', 'request', 'client', '2026-03-16'],
    ]);
  });
});

/** Inputs a read-only reviewer found read wrong by this round's first version of the list rules. */
describe('review', () => {
  const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

  it.each([
    'Hi Dana,\n\n- Design signed off\n- Build started on Monday\n\nSam',
    wrap('Thanks Dana\n- All three rooms painted\n- Carpets fitted in the hall'),
    wrap('Product news\n- Dark mode for the dashboard\n- New integrations with Slack and Teams'),
    wrap('Highlights from the conference:\n- AI assistants everywhere\n- Fewer vendors'),
    wrap('Thanks for joining yesterday. Attendees:\n- Sam Ortiz (Acme)\n- Priya Shah (Acme)'),
    wrap('Since the last meeting we have completed the following.\n- Electrical first fix\n- Plastering'),
    wrap('Our priorities this year:\n- Expanding into the German market\n- Hiring two senior engineers'),
  ])('%j proposes nothing', (text) => {
    expect(itemsOf(text, CLIENT)).toEqual([]);
  });

  it('a report word in a heading that asks or recaps actions keeps its lines', () => {
    const actions = wrap(
      "Action items from today's status call:\n- Dana to send the revised budget by Friday\n- Sam to book the venue by 12 March",
    );
    expect(itemsOf(actions, CLIENT).map((e) => [e.kind, e.owner, e.due])).toEqual([
      ['request', 'us', '2026-03-06'],
      ['deliverable', 'client', '2026-03-12'],
    ]);
    const fix = wrap('Could you fix these issues before launch:\n- Login page crashes on Safari');
    expect(itemsOf(fix, CLIENT).map((e) => [e.kind, e.owner])).toEqual([['request', 'us']]);
  });

  it('a numbered line under a list heading stays a line of it, with its sub-bullets', () => {
    const text = wrap(
      'Next steps:\n1. Delivery\n   - first batch on 12 March\n   - second batch on 2 April\n2. Invoicing\n   - invoice on each delivery',
    );
    const dues = itemsOf(text, CLIENT).map((e) => e.due);
    expect(dues).toContain('2026-03-12');
    expect(dues).toContain('2026-04-02');
  });

  it('asking to price a list asks for the prices, and a done list owes nothing', () => {
    const price =
      'Hi Sam,\n\nQuick question: could you price the following?\n- 20 ergonomic chairs\n- 10 sit-stand desks\n\nDana';
    expect(itemsOf(price, US).map((e) => [e.kind, e.owner])).toEqual([
      ['request', 'client'],
      ['request', 'client'],
    ]);
    const done =
      'Hi Sam,\n\nDocuments required by the bank have all been sent:\n- Valuation report\n- Title search\n\nDana';
    expect(itemsOf(done, US)).toEqual([]);
  });

  it('"Christmas schedule" is no heading of a reader called Chris', () => {
    const chris = { name: 'Chris Walker', email: 'chris@northwind.io' };
    const text = wrap('Christmas schedule\n- Last deliveries on 19 December\n- Office reopens 5 January');
    const found = extractThread(one(text, { from: CLIENT, to: [chris] })).expectations;
    expect(found.map((e) => e.owner)).not.toContain('us');
  });

  it("a supplier's estimated delivery is still its deliverable", () => {
    const text = wrap('Order details:\n- Estimated delivery 14 March\n- Installation on 16 March');
    expect(itemsOf(text, CLIENT).map((e) => e.due)).toEqual(['2026-03-14', '2026-03-16']);
  });
});

describe('a list line with two dated parts', () => {
  it('is two items, each with its own day, as in prose', () => {
    const text = [
      'Hi Sam,',
      '',
      'We will deliver:',
      '1. Survey plan for your review by 6 March',
      '2. Interim summary by 30 April, full deck by 15 May',
      '',
      'Dana',
    ].join('\n');
    expect(itemsOf(text, US).map((e) => [e.text, e.kind, e.owner, e.due])).toEqual([
      ['Survey plan for your review by 6 March', 'deliverable', 'us', '2026-03-06'],
      ['Interim summary by 30 April', 'deliverable', 'us', '2026-04-30'],
      ['full deck by 15 May', 'deliverable', 'us', '2026-05-15'],
    ]);
  });
});
