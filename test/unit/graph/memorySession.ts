import type { SessionArea } from '../../../src/auth/tokenCache';

/** An in-memory stand-in for browser.storage.session. */
export function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, value] of Object.entries(items)) data.set(k, structuredClone(value));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}
