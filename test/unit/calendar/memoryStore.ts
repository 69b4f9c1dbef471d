import type { KeyValueStore } from '../../../src/calendar/outbox';

/** Stores JSON copies, like browser.storage does, so tests catch values that do not survive. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    async get(key) {
      const v = data.get(key);
      return v === undefined ? undefined : JSON.parse(v);
    },
    async set(key, value) {
      data.set(key, JSON.stringify(value));
    },
  };
}
