import type { ReviewView } from '../../../messaging/protocol';
import type { ReviewApi } from './reviewApi';
import { ReviewRow } from './ReviewRow';

/** Upcoming reviews (the next one first) and past or cancelled ones, each with words when empty. */
export function ReviewList({
  reviews,
  timeZone,
  api,
}: {
  reviews: ReviewView[];
  timeZone: string | undefined;
  api: ReviewApi;
}) {
  const upcoming = reviews
    .filter((r) => r.status !== 'cancelled' && r.nextStart)
    .sort((a, b) => Date.parse(a.nextStart!) - Date.parse(b.nextStart!));
  const past = reviews.filter((r) => !upcoming.includes(r)).sort((a, b) => b.start.localeCompare(a.start));
  const [next, ...later] = upcoming;
  return (
    <>
      <h4>Next review</h4>
      {next ? (
        <ul class="reviews-list next-review">
          <ReviewRow review={next} timeZone={timeZone} api={api} changeable />
        </ul>
      ) : (
        <p class="none">None booked.</p>
      )}
      {later.length > 0 && (
        <>
          <h4>Later</h4>
          <ul class="reviews-list">
            {later.map((r) => (
              <ReviewRow key={r.id} review={r} timeZone={timeZone} api={api} changeable />
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <>
          <h4>Past reviews</h4>
          <ul class="reviews-list past-reviews">
            {past.map((r) => (
              <ReviewRow key={r.id} review={r} timeZone={timeZone} api={api} changeable={false} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
