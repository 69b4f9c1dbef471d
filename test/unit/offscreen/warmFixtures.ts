/** The thread and the two answers the warm-extractor tests tell apart (document's vs worker's). */
import type { ExtractionInput, ExtractionResult } from '../../../src/extract';

export const input: ExtractionInput = {
  self: { emails: ['me@studio.example'], domains: ['studio.example'] },
  timeZone: 'Europe/London',
  messages: [
    {
      id: 'm1',
      from: { name: 'Ana', email: 'ana@client.example' },
      to: [{ name: 'Me', email: 'me@studio.example' }],
      cc: [],
      sentAt: '2026-11-02T09:00:00Z',
      text: 'Could you send the logo files by Friday?',
    },
  ],
};
/** Tagged with a signal so a test can tell which side answered. */
export const fromDocument: ExtractionResult = { expectations: [], signals: [{ kind: 'delivery' } as never] };
export const fromWorker: ExtractionResult = { expectations: [], signals: [] };
