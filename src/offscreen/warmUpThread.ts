/**
 * A made-up thread the worker sends the offscreen document right after making it at a mail
 * page's start (warmExtractor.ts), before any real thread is opened. V8 compiles a regular
 * expression the first time it runs, and a gated pattern runs only on a text holding one of its
 * literals (patternGates.ts), so the thread is written to hold what client mail usually holds:
 * asks and promises with dates in several forms, a proposed call, prices and a deposit, a
 * numbered plan, a schedule change, a standard, inline answers, quoted history in Gmail's and
 * Outlook's forms, signatures and a legal footer. Every name, address and number is invented;
 * it is never the user's mail.
 */
import type { ExtractionInput } from '../extract';
import { LOCAL_ZONE } from '../extract/localZone';

const STUDIO = { name: 'Robin Vale', email: 'robin@vale-design.example' };
const CLIENT = { name: 'Priya Nandakumar', email: 'priya.n@harbourbakery.example' };
const COLLEAGUE = { name: 'Tomás Ferreira', email: 'tomas@harbourbakery.example' };

const CLIENT_SIGNATURE = `Best regards,
Priya

Priya Nandakumar | Head of Marketing
Harbour Bakery Co.
14 Quay Street, Suite 3, Bristol BS1 4QA
m. +44 7700 900123 | harbourbakery.example

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain privileged information. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies.`;

const STUDIO_SIGNATURE = `Thanks,
Robin

--
Robin Vale, Vale Design Studio
(555) 010-4477 · vale-design.example
Sent from my iPhone`;

export const WARM_UP_INPUT: ExtractionInput = {
  self: { emails: [STUDIO.email], domains: ['vale-design.example'] },
  // The zone the worker extracts in for a user who set none (handlers.ts).
  timeZone: LOCAL_ZONE,
  subject: 'Re: Spring menu launch – website, print and photography',
  messages: [
    {
      id: 'warm-1',
      from: CLIENT,
      to: [STUDIO],
      cc: [COLLEAGUE],
      sentAt: '2026-03-02T09:14:00Z',
      text: `Hi Robin,

Hope you had a good weekend. Following up on Thursday's kick-off call: the board signed off on the spring menu, so we're good to go.

A few things from our side. Tomás will send you the new product photos by Wednesday, and I'll get you the final menu copy by the 12th. Could you put together a quote for the landing page and the printed menus by end of day Friday? Please also send over two homepage concepts no later than March 16.

Our launch date is Monday, April 6th. The site must follow our brand guidelines (attached) and all prices need to include VAT.

Would Tuesday at 2:30pm work for a quick call to go through the brief? Otherwise any time next week after 10am is fine.

${CLIENT_SIGNATURE}`,
    },
    {
      id: 'warm-2',
      from: STUDIO,
      to: [CLIENT],
      cc: [COLLEAGUE],
      sentAt: '2026-03-02T15:40:00Z',
      text: `Hi Priya,

Great news, thank you! Tuesday at 2:30 works for me, I'll send a calendar invite with a Zoom link shortly.

Yes, I'll have the quote to you by Friday, and the two homepage concepts will be with you by the 16th. I'm at a shoot in Leeds on Wednesday and Thursday, so replies may be slow. Can you confirm whether the printed menus are A4 or A5, and how many copies you need?

A rough plan, so we agree on dates:
1. Concepts delivered by March 16
2. Your feedback by 20/03
3. Final designs by Friday 27 March
4. Print files to the printer on 1 April
- Photography: half a day on the 18th, 9am–1pm
- Copy edits: two rounds included

${STUDIO_SIGNATURE}

On Mon, 2 Mar 2026 at 09:14, Priya Nandakumar <priya.n@harbourbakery.example> wrote:
> Could you put together a quote for the landing page and the printed menus by end of day Friday?
> Would Tuesday at 2:30pm work for a quick call to go through the brief?`,
    },
    {
      id: 'warm-3',
      from: COLLEAGUE,
      to: [STUDIO],
      cc: [CLIENT],
      sentAt: '2026-03-04T11:02:00Z',
      text: `Hi Robin, Tomás here.

Quick heads-up: the product photos are delayed, the bakery's oven install slipped. They will now arrive next Monday instead of Wednesday. Sorry about that! I'll also forward the allergen table once our chef has checked it.

Let me know if you need anything else for the shoot on the 18th.

Cheers,
Tomás`,
    },
    {
      id: 'warm-4',
      from: STUDIO,
      to: [CLIENT],
      cc: [COLLEAGUE],
      sentAt: '2026-03-06T16:55:00Z',
      text: `Hi Priya,

As promised, the quote is attached: £4,850 + VAT in total (landing page £3,200, menu design £1,150, photography £500). We ask for a 30% deposit (£1,455) on signing and the balance within 14 days of launch.

I've blocked out the week of the 23rd for build. Let me know by Wednesday if you're happy to go ahead, and I'll send the contract over for e-signature.

Also attached are the meeting notes from Tuesday. Action items:
• Priya to share the brand guidelines and logo files
• Robin to draft the homepage wireframes by Monday 9 March
• Tomás to confirm the photography location

${STUDIO_SIGNATURE}

________________________________
From: Priya Nandakumar <priya.n@harbourbakery.example>
Sent: Monday, March 2, 2026 9:14 AM
To: Robin Vale <robin@vale-design.example>
Subject: Spring menu launch – website, print and photography

Could you put together a quote for the landing page and the printed menus by end of day Friday?`,
    },
    {
      id: 'warm-5',
      from: CLIENT,
      to: [STUDIO],
      cc: [COLLEAGUE],
      sentAt: '2026-03-09T08:30:00Z',
      text: `Robin, see my answers inline.

> Can you confirm whether the printed menus are A4 or A5?
A5, double-sided.

> How many copies do you need?
500 to start. We'll reorder every month if they go well.

The quote looks good and we're happy to go ahead. I've asked our finance team to pay the deposit this week; the invoice should go to accounts@harbourbakery.example. Can we push the concepts back to Thursday 19 March instead? The board meets on the 18th.

One more thing: could you also set up a weekly check-in on Mondays at 9:30 until launch?

${CLIENT_SIGNATURE}`,
    },
    {
      id: 'warm-6',
      from: STUDIO,
      to: [CLIENT],
      cc: [COLLEAGUE],
      sentAt: '2026-03-09T12:12:00Z',
      text: `Hi Priya,

No problem, the concepts will come to you on Thursday 19 March instead, and I'll send the contract today. I've set up the weekly check-in every Monday at 9:30am starting 16 March; invites are on their way.

I'll get back to you tomorrow about the print paper samples, and I can have the wireframes to you by tomorrow afternoon (around 3pm GMT).

${STUDIO_SIGNATURE}`,
    },
  ],
};
