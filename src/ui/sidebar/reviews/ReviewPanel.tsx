import { useEffect, useState } from 'preact/hooks';
import type { CalendarStatus, ClientView, ReviewView } from '../../../messaging/protocol';
import { errorText, reviewApi, type ReviewApi } from './reviewApi';
import { ReviewLinks } from './ReviewLinks';
import { ReviewList } from './ReviewList';
import { ScheduleForm } from './ScheduleForm';
import { stateText } from './reviewFormat';

/**
 * Review meetings with this client: the next one, past ones, and "Schedule review". Reloads
 * whenever the sidebar gets a new view (the worker announces every ledger write).
 */
export function ReviewPanel({ client, api = reviewApi }: { client: ClientView; api?: ReviewApi }) {
  const clientId = client.client?.id ?? null;
  const [reviews, setReviews] = useState<ReviewView[] | null>(null);
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [booked, setBooked] = useState<ReviewView[] | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([clientId ? api.list(clientId) : Promise.resolve([]), api.status()])
      .then(([list, calendars]) => {
        if (!live) return;
        setReviews(list);
        setStatus(calendars);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [client, clientId, api]);

  const onBooked = (made: ReviewView[]) => {
    setBooked(made);
    setScheduling(false);
  };

  return (
    <section class="reviews" aria-labelledby="accord-reviews-heading">
      <h3 id="accord-reviews-heading">Reviews</h3>
      {error && (
        <p class="error" role="alert">
          Could not load reviews: {error}
        </p>
      )}
      {!error && reviews === null && (
        <p class="status" role="status">
          Loading reviews…
        </p>
      )}
      {reviews && <ReviewList reviews={reviews} timeZone={status?.timeZone} api={api} />}
      {booked && (
        <div class="booking-result" role="status">
          <p>
            {booked.length === 1 ? 'Review booked' : `${booked.length} reviews booked`}
            {booked.some((r) => stateText(r).kind === 'pending') ? ' — pending, will retry.' : '.'}
          </p>
          {booked.map((r) => (
            <ReviewLinks key={r.id} review={r} />
          ))}
        </div>
      )}
      {scheduling ? (
        <ScheduleForm
          client={client}
          status={status}
          api={api}
          onBooked={onBooked}
          onClose={() => setScheduling(false)}
        />
      ) : (
        <button type="button" class="schedule" onClick={() => (setBooked(null), setScheduling(true))}>
          Schedule review
        </button>
      )}
    </section>
  );
}
