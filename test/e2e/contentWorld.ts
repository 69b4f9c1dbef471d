/** Running code in a content script's isolated world, as a compromised content script would. */
import type { BrowserContext, Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/**
 * Evaluates `expression` (awaiting a promise) in the page's isolated world of the extension
 * `extensionId`: the world Accord's content script lives in, with its `chrome.*` APIs. Returns
 * the value, or `{ error }` when it threw.
 */
export async function evaluateInContentWorld(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  expression: string,
): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error(`No isolated world of ${extensionId} in ${page.url()}`);
    const result = (await cdp.send('Runtime.evaluate', {
      expression: `(async () => { try { return { value: await (${expression}) }; } catch (e) { return { error: String(e && e.message || e) }; } })()`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: { value?: unknown; error?: string } } };
    const out = result.result.value ?? {};
    return 'error' in out ? { error: out.error } : out.value;
  } finally {
    await cdp.detach();
  }
}
