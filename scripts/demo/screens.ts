import { gmailScreens } from '../../test/fixtures/mailbox/mailbox';

/** The demo mailbox shows every dated Gmail fixture except the deliberately broken layout. */
export const DEMO_SCREENS = gmailScreens().filter((s) => !s.fixture.includes('unreadable'));
