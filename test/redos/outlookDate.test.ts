import { checkSync } from 'recheck';
import { OUTLOOK_DATE_PATTERNS } from '../../src/mail/outlook/outlookDate';

describe('Outlook date patterns', () => {
  it('cannot backtrack catastrophically', () => {
    for (const pattern of OUTLOOK_DATE_PATTERNS) {
      const result = checkSync(pattern.source, pattern.flags, { randomSeed: 42, timeout: 30_000 });
      expect(result.status, pattern.source).toBe('safe');
    }
  }, 120_000);
});
