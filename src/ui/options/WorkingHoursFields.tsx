import type { WorkingHoursSetting } from '../../ledger/settings';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Days, start and end, and zone: review slots are proposed only inside these hours. */
export function WorkingHoursFields({
  value,
  onChange,
}: {
  value: WorkingHoursSetting;
  onChange(next: WorkingHoursSetting): void;
}) {
  const toggle = (day: number) =>
    onChange({
      ...value,
      days: value.days.includes(day) ? value.days.filter((d) => d !== day) : [...value.days, day].sort(),
    });
  return (
    <fieldset>
      <legend>Working hours (for proposing review times)</legend>
      <fieldset class="days">
        <legend>Working days</legend>
        {DAYS.map((name, i) => (
          <label key={name} class="day">
            <input type="checkbox" checked={value.days.includes(i + 1)} onChange={() => toggle(i + 1)} />
            {name}
          </label>
        ))}
      </fieldset>
      <label>
        From
        <input
          type="time"
          value={value.start}
          onInput={(e) => onChange({ ...value, start: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        Until
        <input
          type="time"
          value={value.end}
          onInput={(e) => onChange({ ...value, end: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        Time zone of these hours (IANA name; empty uses the one for due dates, then this browser’s)
        <input
          value={value.timeZone}
          onInput={(e) => onChange({ ...value, timeZone: (e.target as HTMLInputElement).value })}
        />
      </label>
    </fieldset>
  );
}
