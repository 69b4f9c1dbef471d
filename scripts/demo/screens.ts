import { gmailScreens } from '../../test/fixtures/mailbox/mailbox';
import { outlookScreens } from '../../test/fixtures/mailbox/outlookMailbox';

/** The demo mailbox shows every dated Gmail fixture except the deliberately broken layout. */
export const DEMO_SCREENS = gmailScreens().filter((s) => !s.fixture.includes('unreadable'));

/** And every Outlook on the web conversation, on its own host, except the broken layout. */
export const OUTLOOK_DEMO_SCREENS = outlookScreens().filter((s) => !s.fixture.includes('unreadable'));
