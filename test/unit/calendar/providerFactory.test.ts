import { fakeBrowser } from 'wxt/testing';
import { NotConfiguredError } from '../../../src/auth/settings';
import { createProviderFactory } from '../../../src/calendar/providerFactory';
import { fakeIdentity } from '../auth/fakeIdentity';

describe('createProviderFactory', () => {
  const { identity, calls } = fakeIdentity(() => 'unused');
  const factory = createProviderFactory({
    identity,
    session: fakeBrowser.storage.session,
    settings: {},
    interactive: true,
  });

  it('reports an unconfigured Google or Microsoft calendar before any request or sign-in window', async () => {
    await expect(
      factory('google').freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC'),
    ).rejects.toBeInstanceOf(NotConfiguredError);
    await expect(
      factory('microsoft').freeBusy({ start: '2026-03-02', end: '2026-03-03' }, 'UTC'),
    ).rejects.toBeInstanceOf(NotConfiguredError);
    expect(calls).toEqual([]);
  });

  it('still books through ICS with nothing configured', async () => {
    const booked = await factory('ics').create({
      id: 'abcde12345',
      title: 'Review',
      start: '2026-03-03T09:00:00Z',
      end: '2026-03-03T09:30:00Z',
      timeZone: 'UTC',
      attendees: [],
      description: 'Agenda',
      recurrence: null,
      wantsVideo: false,
    });
    expect(booked.icsText).toContain('UID:abcde12345');
  });
});
