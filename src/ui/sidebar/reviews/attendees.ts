/** Attendees as the user edits them: one per line, "Name <email>" or a bare address. */
export interface AttendeeDraft {
  name: string;
  email: string;
}

const LINE = /^\s*(?:(.*?)\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/;

export function attendeesToText(people: AttendeeDraft[]): string {
  return people
    .filter((p) => p.email)
    .map((p) => (p.name && p.name !== p.email ? `${p.name} <${p.email}>` : p.email))
    .join('\n');
}

/** The attendees, or the first line that is not an address. */
export function parseAttendees(
  text: string,
): { ok: true; people: AttendeeDraft[] } | { ok: false; line: string } {
  const people: AttendeeDraft[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    const m = LINE.exec(raw);
    if (!m) return { ok: false, line: raw.trim() };
    const email = (m[2] ?? m[3] ?? '').trim();
    people.push({ name: (m[1] ?? '').replace(/^"|"$/g, '').trim(), email });
  }
  return { ok: true, people };
}
