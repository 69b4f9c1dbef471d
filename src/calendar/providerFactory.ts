/**
 * Wires providers to their sign-in, for the worker: one call gives the `provider` dependency of
 * the service. `interactive` is true when the user just clicked (a sign-in window may open) and
 * false for alarm-driven retries.
 */
import { createGoogleTokenSource } from '../auth/google';
import type { IdentityApi } from '../auth/identity';
import { createMicrosoftTokenSource } from '../auth/microsoft';
import type { AuthSettings } from '../auth/settings';
import { createTokenCache, type SessionArea } from '../auth/tokenCache';
import { createGoogleProvider } from './google';
import { createIcsProvider } from './ics';
import { createMicrosoftProvider } from './microsoft';
import type { CalendarProvider } from './provider';
import type { Attendee, ProviderId } from './types';

export interface ProviderFactoryDeps {
  identity: IdentityApi;
  /** `browser.storage.session`: the only place tokens are kept. */
  session: SessionArea;
  settings: AuthSettings;
  interactive: boolean;
  /** `browser.runtime.getManifest().oauth2?.client_id` on Chrome builds that use getAuthToken. */
  manifestClientId?: string;
  /** The user, as ICS organizer. */
  organizer?: Attendee;
}

export function createProviderFactory(deps: ProviderFactoryDeps): (id: ProviderId) => CalendarProvider {
  const cache = createTokenCache(deps.session);
  return (id) => {
    switch (id) {
      case 'google':
        return createGoogleProvider({
          tokens: createGoogleTokenSource({
            identity: deps.identity,
            cache,
            settings: deps.settings,
            interactive: deps.interactive,
            ...(deps.manifestClientId ? { manifestClientId: deps.manifestClientId } : {}),
          }),
        });
      case 'microsoft':
        return createMicrosoftProvider({
          tokens: createMicrosoftTokenSource({
            identity: deps.identity,
            cache,
            settings: deps.settings,
            interactive: deps.interactive,
          }),
        });
      case 'ics':
        return createIcsProvider(deps.organizer ? { organizer: deps.organizer } : {});
    }
  };
}
