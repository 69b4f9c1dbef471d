/**
 * The worker's side of the protocol: one entry point that checks the envelope, the
 * sender and the payload before any handler runs, and turns every failure into a reply
 * with a plain message (never an exception that leaves the caller hanging).
 */
import * as v from 'valibot';
import { REQUESTS, type Reply, type RequestPayload, type RequestType, type Responses } from './protocol';
import { classifySender, type SenderInfo } from './senders';

export type Handlers = {
  [T in RequestType]: (payload: RequestPayload<T>) => Promise<Responses[T]>;
};

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
  /** Where errors go, without email content (privacy): type and message only. */
  log?: (line: string) => void;
}

export function createRouter(handlers: Handlers, context: RouterContext) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply> {
    if (!isEnvelope(message)) return { ok: false, error: 'Not an Accord message.' };
    const spec = REQUESTS[message.type];
    const senderKind = classifySender(sender, context.extensionId, context.extensionOrigin);
    if (!senderKind || !(spec.from as readonly string[]).includes(senderKind)) {
      context.log?.(`refused ${message.type} from an unexpected sender`);
      return { ok: false, error: 'This sender may not send that message.' };
    }
    const parsed = v.safeParse(spec.payload, message.payload);
    if (!parsed.success) {
      const where = v.getDotPath(parsed.issues[0]) ?? 'payload';
      return { ok: false, error: `Invalid ${message.type} message at ${where}.` };
    }
    try {
      const handler = handlers[message.type] as (p: unknown) => Promise<unknown>;
      const data = await handler(parsed.output);
      return { ok: true, data } as Reply;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      context.log?.(`${message.type} failed: ${text}`);
      return { ok: false, error: text };
    }
  };
}

function isEnvelope(message: unknown): message is { accord: 1; type: RequestType; payload: unknown } {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.accord === 1 && typeof m.type === 'string' && Object.hasOwn(REQUESTS, m.type);
}
