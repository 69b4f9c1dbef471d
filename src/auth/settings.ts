/**
 * Calendar sign-in settings. Client ids are the user's (or their organisation's) own OAuth
 * registrations, entered in Accord's settings; without one, the provider cannot be used and
 * says how to set it up (the ICS path needs none). See docs/calendar.md.
 */

export interface AuthSettings {
  /** Google OAuth client id of type "Web application", for launchWebAuthFlow (Edge, Firefox, Chromium). */
  googleClientId?: string;
  /** Microsoft Entra application (client) id of a single-page-application registration. */
  microsoftClientId?: string;
  /**
   * The user turned on exact reading of Outlook conversations through Graph: Microsoft
   * tokens then also carry Mail.Read (asked for only then; docs/graph-mail.md).
   */
  microsoftMailRead?: boolean;
}

export type AuthProviderId = 'google' | 'microsoft';

const HOW_TO: Record<AuthProviderId, string> = {
  google:
    'Google Calendar is not set up. Create an OAuth client in Google Cloud (Calendar API enabled; type "Chrome extension" with the extension id for Chrome, or "Web application" with the redirect URI https://<extension-id>.chromiumapp.org/ for other browsers) and paste its client id into Accord\'s settings. Until then Accord books reviews as .ics files.',
  microsoft:
    "Outlook calendar is not set up. Register an app in Microsoft Entra ID as a single-page application with the redirect URI https://<extension-id>.chromiumapp.org/ and the delegated permissions Calendars.ReadWrite and offline_access, then paste its application (client) id into Accord's settings. Until then Accord books reviews as .ics files.",
};

export class NotConfiguredError extends Error {
  override readonly name = 'NotConfiguredError';
  readonly userMessage: string;
  constructor(readonly provider: AuthProviderId) {
    super(HOW_TO[provider]);
    this.userMessage = HOW_TO[provider];
  }
}

/** The user must sign in, and this call may not open a window (e.g. a background retry). */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
  readonly userMessage: string;
  constructor(provider: AuthProviderId, detail?: string) {
    const name = provider === 'google' ? 'Google Calendar' : 'Outlook';
    super(`Sign in to ${name} again to finish pending bookings.${detail ? ` (${detail})` : ''}`);
    this.userMessage = `Sign in to ${name} again to finish pending bookings.`;
  }
}

/** The sign-in flow came back wrong (state mismatch, an error from the authority, missing scopes). */
export class AuthFlowError extends Error {
  override readonly name = 'AuthFlowError';
}

export function requireClientId(provider: AuthProviderId, settings: AuthSettings): string {
  const id = (provider === 'google' ? settings.googleClientId : settings.microsoftClientId)?.trim();
  if (!id) throw new NotConfiguredError(provider);
  return id;
}
