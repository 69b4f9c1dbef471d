/**
 * The sending side, for content scripts and extension pages: a typed call that resolves
 * with the worker's answer or rejects with its plain-language error.
 */
import { browser } from 'wxt/browser';
import type { Reply, RequestEnvelope, RequestPayload, RequestType, Responses } from './protocol';

export async function sendToWorker<T extends RequestType>(
  type: T,
  payload: RequestPayload<T>,
): Promise<Responses[T]> {
  const envelope: RequestEnvelope<T> = { accord: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error('Accord’s background worker did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
