/**
 * Links Accord shows come from stored records or a calendar's answer: only https URLs become
 * links, never javascript:, data: or anything unparsable.
 */
export function httpsOnly(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
