// @vitest-environment happy-dom
/**
 * A heavy thread is read in slices (issue 10, item 6): both adapters' `readThread` let the
 * page run between pieces of a long body, give the same thread as a read at once, and stop
 * when asked to. The clock is stepped by hand (1 ms a reading), so how many slices a read
 * takes depends on the work done, never on this machine's speed; speed itself is measured by
 * `npm run bench -- heavy-thread`, never here.
 */
import { gmailAdapter } from '../../../src/mail/gmail/adapter';
import { readGmailThread } from '../../../src/mail/gmail';
import { BODY as GMAIL_BODY } from '../../../src/mail/gmail/selectors';
import { outlookAdapter } from '../../../src/mail/outlook/adapter';
import { readOutlookThread } from '../../../src/mail/outlook';
import { BODY as OUTLOOK_BODY } from '../../../src/mail/outlook/selectors';
import { runInSlices, runToEnd, SLICE_MS, type Steps } from '../../../src/mail/slices';
import { loadPage } from '../gmail/loadPage';
import { loadOutlookPage } from '../outlook/loadPage';

const SENTENCES = 400;

/** Every call to performance.now() moves the clock 1 ms on. */
function steppedClock() {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => ++now);
}

/** Counts the macrotasks (zero timers, re-armed) that run until `work` settles. */
async function tasksDuring<T>(work: () => Promise<T>): Promise<{ value: T; tasks: number }> {
  let tasks = 0;
  let settled = false;
  const tick = () => {
    if (settled) return;
    tasks++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    return { value: await work(), tasks };
  } finally {
    settled = true;
  }
}

function growBody(body: Element): void {
  for (let i = 1; i <= SENTENCES; i++) {
    const line = body.ownerDocument.createElement('div');
    line.textContent = `We will deliver part ${i} of the rollout by Friday.`;
    body.append(line);
  }
}

afterEach(() => vi.restoreAllMocks());

describe('running a reader in slices', () => {
  function* counting(n: number, seen: number[]): Steps<number> {
    for (let i = 0; i < n; i++) {
      seen.push(i);
      yield;
    }
    return n;
  }

  it('pauses once a slice’s time is used up and resumes where it stopped', async () => {
    steppedClock();
    const seen: number[] = [];
    let pauses = 0;
    const pause = () => (pauses++, Promise.resolve());
    await expect(runInSlices(counting(100, seen), undefined, pause)).resolves.toBe(100);
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // One clock reading a step: a pause about every SLICE_MS steps.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(100 / (SLICE_MS + 1)));
  });

  it('stops at the next step once aborted, with the signal’s reason', async () => {
    steppedClock();
    const seen: number[] = [];
    const stop = new AbortController();
    const pause = async () => {
      if (seen.length > 20) stop.abort();
    };
    await expect(runInSlices(counting(100, seen), stop.signal, pause)).rejects.toThrow(/abort/i);
    expect(seen.length).toBeLessThan(40);
  });

  it('runs to the end at once when asked to', () => {
    expect(runToEnd(counting(5, []))).toBe(5);
  });
});

/** Each host's adapter, the read-at-once reader it slices, and a page whose one body is grown. */
const HOSTS = [
  {
    name: 'a heavy Gmail thread',
    adapter: gmailAdapter,
    readAtOnce: readGmailThread,
    load: () => {
      const { document, href } = loadPage('one-message.html');
      growBody(document.querySelector(GMAIL_BODY)!);
      return { document, href };
    },
  },
  {
    name: 'a heavy Outlook conversation',
    adapter: outlookAdapter,
    readAtOnce: readOutlookThread,
    load: () => {
      const { document, href } = loadOutlookPage('single-message.html');
      growBody(document.querySelector(OUTLOOK_BODY)!);
      return { document, href };
    },
  },
];

describe.each(HOSTS)('reading $name', ({ adapter, readAtOnce, load }) => {
  it('lets the page run between slices and reads what a read at once reads', async () => {
    const { document, href } = load();
    const atOnce = readAtOnce(document, { href });
    steppedClock();
    const { value, tasks } = await tasksDuring(() => adapter.readThread(document, { href }));
    expect(tasks).toBeGreaterThan(10);
    expect(value).toEqual(atOnce);
    if (!value.ok) throw new Error(value.reason);
    expect(value.thread.messages[0]!.text).toContain(`part ${SENTENCES} of the rollout`);
  });

  it('stops reading once its signal aborts', async () => {
    const { document, href } = load();
    steppedClock();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 0);
    await expect(adapter.readThread(document, { href }, stop.signal)).rejects.toThrow(/abort/i);
  });
});
