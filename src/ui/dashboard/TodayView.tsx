import { useRef } from 'preact/hooks';
import type { DueSection } from '../../ledger/dueSections';
import { DueList } from './DueList';

const SECTIONS: { section: DueSection; heading: string; empty: string }[] = [
  { section: 'overdue', heading: 'Overdue', empty: 'Nothing is overdue, on either side.' },
  { section: 'upcoming', heading: 'Due in the next 7 days', empty: 'Nothing falls due in the next 7 days.' },
];

/**
 * Today: what is overdue and what falls due in the next 7 days, both sides, grouped by
 * client. Each list reads one page at a time, so 100,000 items cost no more than 100.
 */
export function TodayView({ revision }: { revision: number }) {
  const shown = useRef(new Set<DueSection>());
  // For `npm run bench` (test/bench/dashboard.bench.ts): both lists are in the DOM
  // ("rendered"), then the next frame after that ("painted").
  const onShown = (section: DueSection) => {
    shown.current.add(section);
    if (
      shown.current.size !== SECTIONS.length ||
      performance.getEntriesByName('accord:today-rendered').length
    )
      return;
    performance.mark('accord:today-rendered');
    requestAnimationFrame(() => performance.mark('accord:today-painted'));
  };
  return (
    <section class="today" aria-labelledby="today-heading">
      <h1 id="today-heading" tabIndex={-1}>
        Today
      </h1>
      {SECTIONS.map((s) => (
        <DueList key={s.section} {...s} revision={revision} onFirstPage={() => onShown(s.section)} />
      ))}
    </section>
  );
}
