import fc from 'fast-check';
import { acceptSuggestions, exportItemsCsv, itemsToCsv } from '../../../src/ledger';
import { text as csvText } from '../../../src/ledger/csv';
import type { Client, LedgerItem } from '../../../src/core';
import { acceptInput, freshLedger, NOW, suggestion } from './fixtures';

const client: Client = {
  id: 'c1',
  name: 'Acme, "The Best" Inc.',
  domains: [],
  addresses: [],
  notes: '',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};

function item(overrides: Partial<LedgerItem>): LedgerItem {
  return {
    id: 'i1',
    clientId: 'c1',
    kind: 'payment',
    owner: 'client',
    text: 'Pay the deposit',
    due: '2026-03-06',
    amount: { value: -250.5, currency: 'EUR' },
    status: 'proposed',
    source: null,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    history: [],
    ...overrides,
  };
}

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = csv.startsWith('\uFEFF') ? 1 : 0;
  while (i < csv.length) {
    expect(csv[i]).toBe('"');
    let field = '';
    i++;
    for (;;) {
      if (csv[i] === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (csv[i] === '"') {
        break;
      } else {
        field += csv[i++];
      }
    }
    row.push(field);
    i++;
    if (csv[i] === ',') {
      i++;
    } else if (csv.slice(i, i + 2) === '\r\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`unexpected ${csv[i]} at ${i}`);
    }
  }
  return rows;
}

describe('CSV export of items', () => {
  it('quotes commas, quotes and line breaks so every row keeps its columns', () => {
    const rows = parseCsv(itemsToCsv([client], [item({ text: 'Line one,\r\nline "two"' })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(rows[0]!.length);
    expect(rows[1]?.[0]).toBe('Acme, "The Best" Inc.');
    expect(rows[1]?.[3]).toBe('Line one,\r\nline "two"');
  });

  it.each([
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    // Issue 10: behind a line feed, fullwidth and small forms, invisible characters.
    '\n=1+1',
    '\r\n=1+1',
    ' =1+1',
    '\u3000=1+1',
    '＝HYPERLINK("http://evil.example","x")',
    '＋1+1',
    '－2+3',
    '＠SUM(A1)',
    '﹦1+1',
    '−2+3',
    '\u200B=1+1',
    '\u200D\u200C=1+1',
    '\u2060=1+1',
    '\uFEFF=1+1',
    '\u00AD=1+1',
    '\u202E=1+1',
  ])('neutralises text that a spreadsheet would run as a formula: %s', (dangerous) => {
    const [, row] = parseCsv(itemsToCsv([client], [item({ text: dangerous, terms: dangerous })]));
    expect(row?.[3]).toBe(`'${dangerous}`);
    expect(row?.[8]).toBe(`'${dangerous}`);
  });

  it('neutralises a formula behind any run of whitespace or invisible characters', () => {
    const invisible = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00A0',
      '\u3000',
      '\u200B',
      '\u200E',
      '\u2060',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.array(invisible, { maxLength: 5 }),
        fc.constantFrom('=', '+', '-', '@', '＝'),
        fc.string(),
        (pad, start, rest) => {
          expect(csvText(pad.join('') + start + rest).startsWith("'")).toBe(true);
        },
      ),
    );
  });

  it('leaves ordinary words alone', () => {
    expect(csvText('Send the deck by Friday')).toBe('Send the deck by Friday');
    expect(csvText('Überweisung bis Freitag')).toBe('Überweisung bis Freitag');
    expect(csvText('')).toBe('');
  });

  it('leaves amounts it formats itself as plain numbers, negative ones included', () => {
    const [, row] = parseCsv(itemsToCsv([client], [item({})]));
    expect(row?.slice(6, 8)).toEqual(['-250.5', 'EUR']);
  });

  it('exports every item in the ledger with its client’s name and source', async () => {
    const db = await freshLedger();
    await acceptSuggestions(db, acceptInput([suggestion()]), NOW);
    const rows = parseCsv(await exportItemsCsv(db));
    expect(rows.slice(1).map((r) => [r[0], r[3], r[11]])).toEqual([
      ['Acme', suggestion().text, suggestion().text],
    ]);
  });
});
