// @vitest-environment happy-dom
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { followHistoryNavigation } from '../../../src/content/historyNavigation';

/** The part of WXT's context the follower uses, with a switch to end it. */
function fakeContext() {
  const onEnd: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler);
      onEnd.push(() => target.removeEventListener(type, handler));
    },
    onInvalidated(callback: () => void) {
      onEnd.push(callback);
    },
  };
  const end = () => {
    ctx.isInvalid = true;
    onEnd.forEach((f) => f());
  };
  return { ctx: ctx as unknown as ContentScriptContext, end };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following Outlook’s pushState navigation', () => {
  afterEach(() => {
    delete (window as { navigation?: unknown }).navigation;
    history.replaceState({}, '', '/mail/inbox');
  });

  it('without the Navigation API, notices the address change when the app re-renders, once', async () => {
    const { ctx, end } = fakeContext();
    const seen: string[] = [];
    followHistoryNavigation(ctx, document.body, () => seen.push(location.pathname));
    document.body.append(document.createElement('div')); // a render with no navigation
    await settle();
    expect(seen).toEqual([]);
    history.pushState({}, '', '/mail/inbox/id/AAMkAD1');
    document.body.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await settle();
    expect(seen).toEqual(['/mail/inbox/id/AAMkAD1']);
    end();
    history.pushState({}, '', '/mail/inbox');
    document.body.append(document.createElement('div'));
    await settle();
    expect(seen).toEqual(['/mail/inbox/id/AAMkAD1']);
  });

  it('with the Navigation API, listens to currententrychange and Back, and stops when the context ends', async () => {
    const navigation = new EventTarget();
    (window as { navigation?: unknown }).navigation = navigation;
    const { ctx, end } = fakeContext();
    const seen: string[] = [];
    followHistoryNavigation(ctx, document.body, () => seen.push(location.pathname));
    history.pushState({}, '', '/mail/inbox/id/AAMkAD2');
    navigation.dispatchEvent(new Event('currententrychange'));
    history.pushState({}, '', '/mail/inbox');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate')); // same address: nothing new
    expect(seen).toEqual(['/mail/inbox/id/AAMkAD2', '/mail/inbox']);
    end();
    history.pushState({}, '', '/mail/sentitems');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toHaveLength(2);
  });
});
