import { getReview, reviewsForClient, saveReviews } from '../../../src/ledger';
import { freshLedger } from '../ledger/fixtures';

const review = (id: string, clientId: string, start: string) => ({
  id,
  clientId,
  start,
  title: `Review ${id}`,
  status: 'booked',
});

describe('the ledger’s reviews', () => {
  it('saves several reviews together and lists one client’s, soonest first', async () => {
    const db = await freshLedger();
    await saveReviews(db, [
      review('r2', 'acme', '2026-04-01T09:00:00Z'),
      review('r1', 'acme', '2026-03-10T09:00:00Z'),
      review('r3', 'globex', '2026-03-01T09:00:00Z'),
    ]);
    expect((await reviewsForClient(db, 'acme')).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect((await reviewsForClient(db, 'globex')).map((r) => r.id)).toEqual(['r3']);
  });

  it('replaces a review saved again under the same id', async () => {
    const db = await freshLedger();
    await saveReviews(db, [review('r1', 'acme', '2026-03-10T09:00:00Z')]);
    await saveReviews(db, [{ ...review('r1', 'acme', '2026-03-11T09:00:00Z'), status: 'cancelled' }]);
    expect(await getReview(db, 'r1')).toMatchObject({ start: '2026-03-11T09:00:00Z', status: 'cancelled' });
    expect(await reviewsForClient(db, 'acme')).toHaveLength(1);
  });

  it('saves none of a batch when one of them cannot be stored', async () => {
    const db = await freshLedger();
    const broken = { ...review('r2', 'acme', '2026-03-12T09:00:00Z'), start: undefined as unknown as string };
    await expect(
      saveReviews(db, [review('r1', 'acme', '2026-03-10T09:00:00Z'), { ...broken, id: undefined as never }]),
    ).rejects.toThrow();
    expect(await getReview(db, 'r1')).toBeUndefined();
  });

  it('answers nothing for a review it never saw', async () => {
    expect(await getReview(await freshLedger(), 'nope')).toBeUndefined();
  });
});
