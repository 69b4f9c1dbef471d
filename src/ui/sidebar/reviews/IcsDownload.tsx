import { useEffect, useState } from 'preact/hooks';

/**
 * A link that saves the calendar file. The Blob and its object URL are made here, in the
 * content script, and revoked when the link goes away; the text is never parsed as HTML.
 */
export function IcsDownload({ text, filename, label }: { text: string; filename: string; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text]);
  if (!url) return null;
  return (
    <a class="ics-download" href={url} download={filename}>
      {label}
    </a>
  );
}
