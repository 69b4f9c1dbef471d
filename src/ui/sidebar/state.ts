import type { Thread } from '../../core';
import type { ThreadView } from '../../messaging/protocol';

/** Everything the sidebar can be showing. Never blank: each state has words for the user. */
export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'error'; message: string }
  /** `truncated`: what was cut to the worker's limits (src/mail/clampThread.ts), in words. */
  | { kind: 'ready'; view: ThreadView; thread: Thread; truncated?: string[] };
