import type { Thread } from '../core';
import type { HostAdapter } from '../mail/adapter';
import { sendToWorker } from '../messaging/client';
import { threadFingerprint } from './threadFingerprint';

type Send = typeof sendToWorker;

/**
 * The content side of exact reading (docs/graph-mail.md): when the user turned it on and the
 * host exposes the open conversation's id, the worker reads the conversation through Graph
 * and that thread is used; otherwise, and on any failure, the thread read from the page.
 * Host-neutral: a host takes part by implementing `HostAdapter.conversationId`.
 */
export function createExactReader(adapter: HostAdapter, doc: Document, send: Send = sendToWorker) {
  // The last answer, per conversation and per state of the page (a new reply changes it).
  let last: { key: string; thread: Thread } | null = null;
  return {
    async prefer(fromPage: Thread): Promise<Thread> {
      const conversationId = adapter.conversationId?.(doc) ?? null;
      if (!conversationId) return fromPage;
      const key = `${conversationId}\n${threadFingerprint(fromPage)}`;
      if (last?.key === key) return last.thread;
      try {
        if (!(await send('settings.get', {})).outlookExactReading) return fromPage;
        const exact = await send('mail.readConversation', { conversationId });
        if (!exact) return fromPage;
        last = { key, thread: exact };
        return exact;
      } catch {
        return fromPage;
      }
    },
  };
}
