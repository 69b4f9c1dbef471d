import { checkSync } from 'recheck';
import { GMAIL_DATE_PATTERNS } from '../../src/mail/gmail/gmailDate';

describe('Gmail date patterns', () => {
  // recheck's fuzzer is random (hence the seed) and slow on a busy machine (hence the timeout).
  it('cannot backtrack catastrophically', () => {
    for (const pattern of GMAIL_DATE_PATTERNS) {
      const result = checkSync(pattern.source, pattern.flags, { randomSeed: 42, timeout: 30_000 });
      expect(result.status, pattern.source).toBe('safe');
    }
  }, 120_000);
});
