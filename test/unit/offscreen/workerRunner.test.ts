import { createWorkerRunner } from '../../../src/offscreen/workerRunner';
import { extractRequest } from '../../../src/offscreen/protocol';
import type { ExtractionInput } from '../../../src/extract';

const input: ExtractionInput = { self: { emails: [], domains: [] }, timeZone: 'UTC', messages: [] };

/** A stand-in for the dedicated worker: records posts; the test answers them. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number }[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(data: { id: number }) {
    this.posted.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

beforeEach(() => (FakeWorker.made = []));
const runner = (deadlineMs?: number) =>
  createWorkerRunner(() => new FakeWorker() as unknown as Worker, deadlineMs);

describe('extraction requests in the dedicated worker', () => {
  it('matches each reply to its request by id, in any order', async () => {
    const run = runner();
    const first = run(extractRequest(input));
    const second = run(extractRequest(input));
    const [w] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(1);
    const [a, b] = w!.posted;
    w!.reply({ id: b!.id, ok: true, result: { expectations: [], signals: ['second'] } });
    w!.reply({ id: a!.id, ok: false, error: 'too large' });
    await expect(second).resolves.toEqual({ expectations: [], signals: ['second'] });
    await expect(first).rejects.toThrow('too large');
  });

  it('fails what was waiting when the worker dies, and starts a new one for the next request', async () => {
    const run = runner();
    const waiting = run(extractRequest(input));
    const [dead] = FakeWorker.made;
    dead!.onerror?.({ message: 'Out of memory' } as ErrorEvent);
    await expect(waiting).rejects.toThrow('Out of memory');
    expect(dead!.terminated).toBe(true);
    void run(extractRequest(input));
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('ends a worker that keeps a job past its deadline, so a stuck thread cannot hold every later open', async () => {
    const run = runner(20);
    const stuck = run(extractRequest(input));
    await expect(stuck).rejects.toThrow('took too long');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    void run(extractRequest(input)).catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('fails what was waiting when a reply cannot be read', async () => {
    const run = runner();
    const waiting = run(extractRequest(input));
    FakeWorker.made[0]!.onmessageerror?.({} as MessageEvent);
    await expect(waiting).rejects.toThrow('could not be read');
  });
});
