import type { Cadence } from '../../../calendar/cadence';

export type CadenceChoice =
  'once' | 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'beforeDate' | 'beforeEachDue';

export interface CadenceDraft {
  choice: CadenceChoice;
  /** For 'beforeDate': the milestone day (YYYY-MM-DD) and how many months before. */
  date: string;
  monthsBefore: number;
  /** For 'beforeEachDue': how many days before each open item's due date. */
  daysBefore: number;
}

export const DEFAULT_CADENCE: CadenceDraft = { choice: 'once', date: '', monthsBefore: 1, daysBefore: 2 };

const CHOICES: { value: CadenceChoice; label: string }[] = [
  { value: 'once', label: 'Once' },
  { value: 'weekly', label: 'Every week' },
  { value: 'biweekly', label: 'Every two weeks' },
  { value: 'monthly', label: 'Every month' },
  { value: 'quarterly', label: 'Every quarter' },
  { value: 'beforeDate', label: 'Some months before a date (e.g. a launch)' },
  { value: 'beforeEachDue', label: 'Some days before each due date' },
];

export function cadenceFrom(d: CadenceDraft): Cadence {
  switch (d.choice) {
    case 'beforeDate':
      return { kind: 'beforeDate', date: d.date, offset: { months: d.monthsBefore } };
    case 'beforeEachDue':
      return { kind: 'beforeEachDue', offset: { days: d.daysBefore } };
    case 'once':
      return { kind: 'once' };
    default:
      return { kind: d.choice };
  }
}

const num = (e: Event) => Number((e.target as HTMLInputElement).value);

/** How often the review happens, with the milestone's details when one is chosen. */
export function CadenceField({ value, onChange }: { value: CadenceDraft; onChange(d: CadenceDraft): void }) {
  return (
    <div class="cadence">
      <label>
        How often
        <select
          value={value.choice}
          onChange={(e) =>
            onChange({ ...value, choice: (e.target as HTMLSelectElement).value as CadenceChoice })
          }
        >
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {value.choice === 'beforeDate' && (
        <>
          <label>
            The date (e.g. the launch)
            <input
              type="date"
              required
              value={value.date}
              onInput={(e) => onChange({ ...value, date: (e.target as HTMLInputElement).value })}
            />
          </label>
          <label>
            Months before
            <input
              type="number"
              min={0}
              max={24}
              value={value.monthsBefore}
              onInput={(e) => onChange({ ...value, monthsBefore: num(e) })}
            />
          </label>
        </>
      )}
      {value.choice === 'beforeEachDue' && (
        <label>
          Days before each due date
          <input
            type="number"
            min={0}
            max={366}
            value={value.daysBefore}
            onInput={(e) => onChange({ ...value, daysBefore: num(e) })}
          />
        </label>
      )}
    </div>
  );
}
