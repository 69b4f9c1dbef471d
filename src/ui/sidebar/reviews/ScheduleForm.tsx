import { useMemo, useState } from 'preact/hooks';
import { newEventId } from '../../../calendar/ids';
import type { ProviderId } from '../../../calendar/types';
import type { CalendarStatus, ClientView, ReviewView } from '../../../messaging/protocol';
import { attendeesToText, parseAttendees } from './attendees';
import { CadenceField, cadenceFrom, DEFAULT_CADENCE, type CadenceDraft } from './CadenceField';
import { errorText, type ReviewApi } from './reviewApi';
import { PROVIDER_LABEL } from './reviewFormat';
import { SlotFinder, type FoundSlot } from './SlotFinder';
import { ErrorLine } from '../ErrorLine';

const LENGTHS = [15, 30, 45, 60] as const;
type Length = (typeof LENGTHS)[number];

/** The calendars the user can book in now: the file always, an account once connected. */
function choices(status: CalendarStatus | null): ProviderId[] {
  const connected = (['google', 'microsoft'] as const).filter((p) => status?.[p].connected);
  return ['ics', ...connected];
}

/** "Schedule review": who, how long, how often, when; then book the chosen free time. */
export function ScheduleForm({
  client,
  status,
  api,
  onBooked,
  onClose,
}: {
  client: ClientView;
  status: CalendarStatus | null;
  api: ReviewApi;
  onBooked(reviews: ReviewView[]): void;
  onClose(): void;
}) {
  const available = choices(status);
  const preferred = status?.defaultProvider;
  const [provider, setProvider] = useState<ProviderId>(
    preferred && available.includes(preferred) ? preferred : 'ics',
  );
  const [attendees, setAttendees] = useState(attendeesToText(client.people));
  const [length, setLength] = useState<Length>(30);
  const [cadence, setCadence] = useState<CadenceDraft>(DEFAULT_CADENCE);
  const [clientZone, setClientZone] = useState('');
  const [slot, setSlot] = useState<FoundSlot | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One id per choice: pressing Book again for the same choice (after an error, or a worker
  // that stopped before answering) is the same booking, and the worker books it once.
  const requestId = useMemo(
    () => newEventId(),
    [provider, attendees, length, JSON.stringify(cadence), slot?.start, slot?.end],
  );

  const book = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const parsed = parseAttendees(attendees);
    if (!parsed.ok) return setError(`“${parsed.line}” is not an email address.`);
    if (parsed.people.length === 0) return setError('Add at least one attendee.');
    if (!slot) return setError('Find times and pick one first.');
    setBusy(true);
    try {
      const booked = await api.book({
        client: client.client
          ? { clientId: client.client.id }
          : { clientKey: client.key, clientName: client.name },
        provider,
        start: slot.start,
        end: slot.end,
        attendees: parsed.people,
        cadence: cadenceFrom(cadence),
        requestId,
      });
      onBooked(booked.reviews);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="schedule-form" onSubmit={book} aria-label="Schedule review">
      <label>
        Attendees (one per line: Name &lt;address&gt;)
        <textarea
          rows={3}
          value={attendees}
          onInput={(e) => setAttendees((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <label>
        Length
        <select
          value={String(length)}
          onChange={(e) => setLength(Number((e.target as HTMLSelectElement).value) as Length)}
        >
          {LENGTHS.map((m) => (
            <option key={m} value={String(m)}>
              {m} minutes
            </option>
          ))}
        </select>
      </label>
      <CadenceField value={cadence} onChange={setCadence} />
      <label>
        Client’s time zone (optional, e.g. America/New_York)
        <input value={clientZone} onInput={(e) => setClientZone((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Book in
        <select
          value={provider}
          onChange={(e) => setProvider((e.target as HTMLSelectElement).value as ProviderId)}
        >
          {available.map((p) => (
            <option key={p} value={p}>
              {PROVIDER_LABEL[p]}
            </option>
          ))}
        </select>
      </label>
      <SlotFinder
        api={api}
        provider={provider}
        lengthMinutes={length}
        clientTimeZone={clientZone.trim() || null}
        idPrefix="schedule"
        onChosen={setSlot}
      />
      <ErrorLine error={error} />
      {busy && (
        <p class="status" role="status">
          Booking…
        </p>
      )}
      <p class="form-actions">
        <button type="submit" disabled={busy || !slot}>
          Book review
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
    </form>
  );
}
