import type { IdentityApi } from '../../../src/auth/identity';

export const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/** A fake browser.identity whose authorization server is the `answer` function. */
export function fakeIdentity(answer: (url: URL, interactive: boolean) => string | Error) {
  const calls: { url: URL; interactive: boolean }[] = [];
  const identity: IdentityApi = {
    getRedirectURL: () => REDIRECT,
    async launchWebAuthFlow({ url, interactive }) {
      const parsed = new URL(url);
      calls.push({ url: parsed, interactive: Boolean(interactive) });
      const result = answer(parsed, Boolean(interactive));
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { identity, calls };
}
