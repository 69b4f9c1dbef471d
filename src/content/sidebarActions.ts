/**
 * The sidebar's actions, carried out as messages to the worker. They read the open thread
 * and its client from the store, so components only say what the user chose.
 */
import { localDay, type SourceRef, type SuggestedExpectation, type Thread } from '../core';
import { sendToWorker } from '../messaging/client';
import type { ThreadView } from '../messaging/protocol';
import type { ItemFields, SidebarActions } from '../ui/sidebar/actions';
import type { SidebarStore } from './sidebarStore';
import { draftFollowUp, activeHostComposer, type ReplyComposer } from './draftFollowUp';

export function createSidebarActions(
  store: SidebarStore,
  composer: ReplyComposer = activeHostComposer(),
): SidebarActions {
  const ready = (): { view: ThreadView; thread: Thread } => {
    const { state } = store.get();
    if (state.kind !== 'ready') throw new Error('The thread is still loading. Try again in a moment.');
    return state;
  };
  const clientOf = (view: ThreadView) => {
    if (!view.client) throw new Error('This thread has no client to record this for.');
    return view.client;
  };

  return {
    async rename(view, name) {
      await sendToWorker('client.rename', { clientKey: view.key, name });
    },
    async attachDomain(view, domain) {
      await sendToWorker('client.attachDomain', { clientKey: view.key, name: view.name, domain });
    },
    async accept(entries) {
      const { view, thread } = ready();
      const client = clientOf(view);
      await sendToWorker('suggestions.accept', {
        clientKey: client.key,
        clientName: client.name,
        thread: { host: thread.host, id: thread.id, url: thread.url },
        suggestions: entries.map(({ suggestion, edits }) => ({
          ...suggestionFields(suggestion),
          ...(edits ? { edits: editsOf(edits) } : {}),
        })),
        sentAt: Object.fromEntries(thread.messages.map((m) => [m.id, m.sentAt])),
      });
    },
    async dismiss(suggestion) {
      const { thread } = ready();
      await sendToWorker('suggestion.dismiss', {
        threadId: thread.id,
        suggestion: {
          messageId: suggestion.messageId,
          text: suggestion.text,
          start: suggestion.start,
          confidence: suggestion.confidence,
        },
      });
    },
    async addItem(fields, sentence) {
      const { view } = ready();
      const client = clientOf(view);
      const target = client.client
        ? { clientId: client.client.id }
        : { clientKey: client.key, clientName: client.name };
      await sendToWorker('item.add', {
        client: target,
        fields: editsOf(fields),
        ...(sentence ? { sentence } : {}),
      });
    },
    async setStatus(itemId, status) {
      await sendToWorker('item.setStatus', {
        id: itemId,
        status,
        ...(status === 'done' ? { doneOn: localDay(new Date()) } : {}),
      });
    },
    async applyOffer(offer) {
      const { thread } = ready();
      const { signal } = offer;
      const message = thread.messages.find((m) => m.id === signal.messageId);
      if (!message) throw new Error('The email behind this change is no longer in view.');
      const evidence: SourceRef = {
        host: thread.host,
        threadId: thread.id,
        threadUrl: thread.url,
        messageId: message.id,
        quote: signal.text,
        start: signal.start,
        end: signal.end,
        sentAt: message.sentAt,
      };
      if (signal.type === 'delivery') {
        await sendToWorker('item.markDone', {
          id: offer.itemId,
          doneOn: localDay(new Date(message.sentAt)),
          evidence,
        });
        return;
      }
      await sendToWorker('item.renegotiate', {
        id: offer.itemId,
        ...(signal.newDue !== undefined ? { due: signal.newDue } : {}),
        ...(signal.newAmount ? { amount: signal.newAmount } : {}),
        ...(signal.addedScope ? { scope: signal.addedScope } : {}),
        evidence,
        why: 'asked for in the thread',
      });
    },
    async draftFollowUp(item) {
      await draftFollowUp(ready().view.client, item, composer);
    },
  };
}

/** Exactly the fields the worker's schema takes (extraction may carry more). */
function suggestionFields(s: SuggestedExpectation) {
  return {
    messageId: s.messageId,
    kind: s.kind,
    owner: s.owner,
    text: s.text,
    start: s.start,
    end: s.end,
    due: s.due,
    amount: s.amount,
    confidence: s.confidence,
    ...(s.dueTime ? { dueTime: s.dueTime } : {}),
    ...(s.recurrence ? { recurrence: s.recurrence } : {}),
    ...(s.terms ? { terms: s.terms } : {}),
  };
}

function editsOf(fields: ItemFields) {
  return {
    kind: fields.kind,
    owner: fields.owner,
    text: fields.text,
    due: fields.due,
    amount: fields.amount,
    ...(fields.dueTime ? { dueTime: fields.dueTime } : {}),
  };
}
