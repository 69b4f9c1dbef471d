/** The words for things one side hands the other, shared by the hand-over readers. */

/** Bills: what follows is the writer's invoice, which the reader pays. */
export const BILL = String.raw`invoices?|bills?|statements? of account|credit notes?|receipts?`;

/**
 * Things a side hands over (documents, goods, records), which alone may "follow", "come" or be
 * "on its way" without a verb of sending ("Docs to follow Monday", "tracking to follow"), unlike
 * "Winter is on its way" or "Big news to follow". Bills are among them (`BILL`): the reader pays them.
 */
export const HANDED_THING = String.raw`requests?|edits?|cuts?|licen[cs]es?|mix(?:es)?|masters?|renders?|layouts?|manuscripts?|translations?|docs?|documents?|documentation|paperwork|files?|attachments?|drafts?|copy|copies|versions?|plans?|floor ?plans|drawings?|designs?|mock-?ups?|artwork|proofs?|samples?|swatch(?:es)?|photos?|pictures|images|videos?|footage|recordings?|reports?|contracts?|agreements?|proposals?|quotes?|quotations?|estimates?|specs?|specifications?|details|figures|numbers|data|list|schedule|agenda|brief|minutes|notes|slides|deck|summary|recap|po|coi|sow|nda|msa|rams|purchase orders?|orders?|tracking(?: (?:number|link|info|details))?|registration|certificates?|forms?|spreadsheets?|logs?|statements?|parts|goods|shipment|parcels?|packages?|delivery|keys|links?|access|login|credentials|confirmations?|letters?|invites?|invitations?|${BILL}`;

export const HANDED_PATTERNS = {
  /** A calendar invite handed over, which sets up a meeting ("Calendar invite for the call follows shortly"). */
  invite: /\binvites?\b|\b(?:calendar|meeting|teams|zoom|outlook|webex) invitations?\b/i,
} as const;
