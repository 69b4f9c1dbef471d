import { useEffect, useState } from 'preact/hooks';
import { sendToWorker } from '../../messaging/client';
import type { Settings, SettingsView } from '../../ledger/settings';

export type SaveStatus = { kind: 'ok' | 'error'; text: string } | null;

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The settings as the worker holds them, and a save that reports in words. */
export function useSettings() {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    sendToWorker('settings.get', {})
      .then(setSettings)
      .catch((e: unknown) => setLoadError(errorText(e)));
  }, []);
  const save = async (patch: Partial<Settings>): Promise<SaveStatus> => {
    try {
      setSettings(await sendToWorker('settings.update', patch));
      return { kind: 'ok', text: 'Saved.' };
    } catch (e) {
      return { kind: 'error', text: errorText(e) };
    }
  };
  return { settings, loadError, save };
}
