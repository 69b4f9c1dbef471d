import { createWarmExtractor, warmUpRequest, type OffscreenHost } from '../../../src/worker/warmExtractor';
import type { ExtractionInput } from '../../../src/extract';
import { fromDocument, fromWorker, input } from './warmFixtures';
import type { ExtractRequest } from '../../../src/offscreen/protocol';

function host(overrides: Partial<OffscreenHost> = {}) {
  const sent: ExtractRequest[] = [];
  const h = {
    exists: vi.fn(async () => true),
    create: vi.fn(async () => undefined),
    send: vi.fn(async (request: ExtractRequest) => {
      sent.push(request);
      return { ok: true, result: fromDocument };
    }),
    ...overrides,
  };
  return { h, sent };
}

function extractor(h: OffscreenHost | null) {
  const local = vi.fn(() => fromWorker);
  const later: (() => void)[] = [];
  const { extract } = createWarmExtractor({ host: h, local, later: (work) => later.push(work) });
  return { extract, local, later };
}

describe('where the worker extracts a thread', () => {
  it('extracts itself where there is no offscreen document API (Firefox)', async () => {
    const { extract, local } = extractor(null);
    await expect(extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
  });

  it('asks the warm document when it is there, with the thread and the user’s learning', async () => {
    const { h, sent } = host();
    const { extract, local } = extractor(h);
    const adjustment = { offsets: { 'w:forwarding': -2 } };
    await expect(extract(input, adjustment)).resolves.toEqual(fromDocument);
    expect(local).not.toHaveBeenCalled();
    expect(sent).toEqual([{ accord: 1, offscreen: 'extract', input, adjustment }]);
    expect(h.create).not.toHaveBeenCalled();
  });

  it.each([
    ['a failure reply', { ok: false, error: 'worker crashed' }],
    ['no reply (nobody answered)', undefined],
    ['a reply of another shape', { ok: true, result: { expectations: 'x' } }],
  ])('extracts itself on %s, and does not make a second document', async (_what, reply) => {
    const { h } = host({ send: vi.fn(async () => reply) });
    const { extract, local, later } = extractor(h);
    await expect(extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
    expect(later).toHaveLength(0);
  });

  it('extracts itself when the document closes mid-request', async () => {
    const { h } = host({ send: vi.fn(async () => Promise.reject(new Error('port closed'))) });
    const { extract, local } = extractor(h);
    await expect(extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
  });

  it('without a document, answers from the worker first, then makes one warmed with the same thread', async () => {
    const { h, sent } = host({ exists: vi.fn(async () => false) });
    const { extract, local, later } = extractor(h);
    await expect(extract(input)).resolves.toBe(fromWorker);
    expect(local).toHaveBeenCalledOnce();
    // Nothing happens until the open has been answered.
    expect(h.create).not.toHaveBeenCalled();
    expect(later).toHaveLength(1);
    later[0]!();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(h.create).toHaveBeenCalledOnce();
    expect(sent[0]!.input).toBe(input);
  });

  it('makes one document even when two threads open before it exists', async () => {
    const { h, sent } = host({ exists: vi.fn(async () => false) });
    const { extract, later } = extractor(h);
    await Promise.all([extract(input), extract(input)]);
    // Each open (re)arms the attempt, so it starts after the last one's reply: one attempt runs.
    for (const work of later) work();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(h.create).toHaveBeenCalledOnce();
  });

  it('tries to make the document again when a new worker starts, after a failed attempt', async () => {
    const { h } = host({
      exists: vi.fn(async () => false),
      create: vi.fn(async () =>
        Promise.reject(new Error('Only a single offscreen document may be created.')),
      ),
    });
    const first = extractor(h);
    await first.extract(input);
    first.later[0]!();
    await vi.waitFor(() => expect(h.create).toHaveBeenCalledOnce());
    // The worker was stopped; the next one starts without a document again.
    const next = extractor(h);
    await next.extract(input);
    expect(next.later).toHaveLength(1);
  });

  it('keeps extracting itself while this worker lives, once its own patterns are compiled', async () => {
    const { h } = host({ exists: vi.fn(async () => false) });
    const { extract, local } = extractor(h);
    await extract(input);
    (h.exists as ReturnType<typeof vi.fn>).mockResolvedValue(true);
    await extract(input);
    expect(local).toHaveBeenCalledTimes(2);
    expect(h.send).not.toHaveBeenCalled();
  });

  it('extracts itself when the document does not answer in time (a stuck extraction)', async () => {
    const { h } = host({ send: vi.fn(() => new Promise<never>(() => undefined)) });
    const local = vi.fn(() => fromWorker);
    const { extract } = createWarmExtractor({ host: h, local, later: () => undefined, replyDeadlineMs: 20 });
    await expect(extract(input)).resolves.toBe(fromWorker);
    expect(h.send).toHaveBeenCalledOnce();
  });

  it('extracts a huge thread itself, and makes the document warmed with the built-in thread instead', async () => {
    const huge: ExtractionInput = {
      ...input,
      messages: [{ ...input.messages[0]!, text: 'Could you send the files by Friday? '.repeat(6000) }],
    };
    const present = host();
    const a = extractor(present.h);
    await a.extract(huge);
    expect(present.h.send).not.toHaveBeenCalled();
    expect(a.local).toHaveBeenCalledOnce();

    const absent = host({ exists: vi.fn(async () => false) });
    const b = extractor(absent.h);
    await b.extract(huge);
    b.later[0]!();
    await vi.waitFor(() => expect(absent.sent).toHaveLength(1));
    expect(absent.h.create).toHaveBeenCalledOnce();
    expect(absent.sent).toEqual([warmUpRequest()]);
  });
});
