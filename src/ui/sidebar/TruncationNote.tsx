/** Says plainly what of the thread was cut to fit (names, bodies, subjects, messages). */
export function TruncationNote({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div class="partial truncated" role="note">
      <p>Part of this thread was too long for Accord and was cut:</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
