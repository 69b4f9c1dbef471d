import type { ReviewView } from '../../../messaging/protocol';
import { httpsOnly } from '../../httpsOnly';
import { IcsDownload } from './IcsDownload';
import { icsFilename } from './reviewFormat';

/** Where the review lives: the calendar event, the video call, or the .ics file to import or send. */
export function ReviewLinks({ review }: { review: ReviewView }) {
  const cancelled = review.status === 'cancelled';
  const htmlLink = httpsOnly(review.htmlLink);
  const joinUrl = httpsOnly(review.joinUrl);
  return (
    <p class="review-links">
      {htmlLink && (
        <a href={htmlLink} target="_blank" rel="noopener noreferrer">
          Open in calendar
        </a>
      )}
      {joinUrl && !cancelled && (
        <a href={joinUrl} target="_blank" rel="noopener noreferrer">
          Join link
        </a>
      )}
      {review.icsText && (
        <IcsDownload
          text={review.icsText}
          filename={icsFilename(review.title, review.start)}
          label={cancelled ? 'Download the cancellation (.ics)' : 'Download the .ics file'}
        />
      )}
    </p>
  );
}
