import { tokenHasScope } from '../../../src/auth/tokenCache';

describe('reading the scopes a token was granted', () => {
  const token = (scope?: string) => ({
    accessToken: 'a',
    expiresAt: 1,
    ...(scope === undefined ? {} : { scope }),
  });

  it('finds a scope written short or as a Graph resource URL', () => {
    expect(tokenHasScope(token('Calendars.ReadWrite Mail.Read'), 'Mail.Read')).toBe(true);
    expect(tokenHasScope(token('https://graph.microsoft.com/Mail.Read openid'), 'Mail.Read')).toBe(true);
  });

  it('does not mistake a longer scope, an empty one or a missing token for it', () => {
    expect(tokenHasScope(token('https://graph.microsoft.com/Mail.ReadWrite'), 'Mail.Read')).toBe(false);
    expect(tokenHasScope(token('Mail.ReadBasic'), 'Mail.Read')).toBe(false);
    expect(tokenHasScope(token(''), 'Mail.Read')).toBe(false);
    expect(tokenHasScope(token(), 'Mail.Read')).toBe(false);
    expect(tokenHasScope(null, 'Mail.Read')).toBe(false);
  });
});
