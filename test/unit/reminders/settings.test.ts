import { fakeBrowser } from 'wxt/testing';
import { createRouter } from '../../../src/messaging/router';
import { createHandlers } from '../../../src/worker/handlers';
import { parseLeadDays } from '../../../src/ui/options/ReminderSettingsForm';
import { DEFAULT_REMINDERS, validReminderSettings } from '../../../src/reminders/reminderSettings';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const route = createRouter(createHandlers(), { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN });
const fromOptions = (payload: unknown) =>
  route(
    { accord: 1, type: 'settings.update', payload },
    { id: EXTENSION_ID, url: `${ORIGIN}/options.html` },
  ) as Promise<{
    ok: boolean;
    data?: { reminders: unknown };
    error?: string;
  }>;

beforeEach(() => fakeBrowser.reset());

describe('reminder settings', () => {
  it('default to 2 days before and on the day for us, on the day for the client, no digest', async () => {
    const reply = await route(
      { accord: 1, type: 'settings.get', payload: {} },
      { id: EXTENSION_ID, url: `${ORIGIN}/options.html` },
    );
    expect(reply).toMatchObject({ ok: true, data: { reminders: DEFAULT_REMINDERS } });
    expect(DEFAULT_REMINDERS).toEqual({
      usLeadDays: [2, 0],
      clientLeadDays: [0],
      time: '09:00',
      digest: false,
      digestTime: '08:30',
    });
  });

  it('are saved from the settings page when valid, and refused with the field named when not', async () => {
    const good = {
      usLeadDays: [3, 1, 0],
      clientLeadDays: [],
      time: '08:15',
      digest: true,
      digestTime: '07:45',
    };
    expect(await fromOptions({ reminders: good })).toMatchObject({ ok: true, data: { reminders: good } });
    for (const bad of [
      { ...good, usLeadDays: [-1] },
      { ...good, usLeadDays: [1.5] },
      { ...good, clientLeadDays: [31] },
      { ...good, usLeadDays: [1, 1] },
      { ...good, usLeadDays: [0, 1, 2, 3, 4, 5] },
      { ...good, time: '9:00' },
      { ...good, digestTime: '24:00' },
      { ...good, digest: 'yes' },
      { ...good, extra: 1 },
    ]) {
      const reply = await fromOptions({ reminders: bad });
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/Invalid settings\.update message at reminders/);
    }
  });

  it('read a broken stored value (from a restored backup) as the defaults', () => {
    expect(validReminderSettings({ usLeadDays: 'soon' })).toEqual(DEFAULT_REMINDERS);
    expect(validReminderSettings(undefined)).toEqual(DEFAULT_REMINDERS);
  });

  it('parse the settings page’s "days before" boxes, or say what is wrong', () => {
    expect(parseLeadDays('2, 0', 'Ours')).toEqual([2, 0]);
    expect(parseLeadDays(' 0 ,7; 1 1', 'Ours')).toEqual([7, 1, 0]);
    expect(parseLeadDays('', 'Ours')).toEqual([]);
    expect(parseLeadDays('tomorrow', 'Ours')).toMatch(/^Ours: give whole days from 0/);
    expect(parseLeadDays('40', 'Ours')).toMatch(/to 30/);
    expect(parseLeadDays('1,2,3,4,5,6', 'Ours')).toMatch(/at most 5/);
  });
});
