/**
 * Obligation versus status. A future-tense sentence is a commitment only when it obliges its
 * subject to the other side (send, deliver, pay, review, call the client, turn up to do the
 * job), not when it reports where someone will be or what they will do among themselves:
 * "He will be in the office tomorrow", "I shall be in NYC May 17th through 19th", "I'll discuss
 * with Carlos", "FYI, I will be in all this week" (issue 9, December 2026).
 */
import { offersOwnWork } from './ownWork';
import { frontedHandOver } from './frontedHandOver';
import { BILL, HANDED_THING } from './handedThings';
import { futureVerbs, NOISE_PATTERNS } from './noise';
import { preparesThing } from './preparedThing';

const BILL_WORD = new RegExp(String.raw`^(?:${BILL})$`, 'i');

/** When a hand-over said without a verb is due: "by Friday", "next week", "tomorrow", "shortly". */
const WHEN = String.raw`(?:by|on|before|within|from|via|under separate cover|separately|no later than|next|this|tomorrow|tmrw|tmr|today|tonight|shortly|soon|later|first thing|end of|eod|cob|(?:mon|tues|wednes|thurs|fri|satur|sun)day|nearer the time|closer to the time|in due course|in the new year|\d)\b`;

/** A step of the work a labelled line may name ("Start on site", "Go-live", "Demolition of the walls"). */
const WORK_STEP = String.raw`(?:start(?: on site| of works)?|go-?live|go live|launch|delivery(?: date)?|installation|install|migration(?: date)?|cut-?over|hand-?over|kick-?off|demolition|presentation|shoot(?:ing)?|survey|completion|roll-?out|inspection|ship date|dispatch|move-in|fit-out|strip-out|drafts?|finals?|mock-?ups?|wireframes?|prototype)`;

/** The day of such a step: a date, a week number, or a span from an event ("3 weeks from signing"). */
const WORK_DAY = String.raw`(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?)\b|week \d{1,2}\b|(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve) (?:business |working )?(?:days?|weeks?|months?) (?:from|after) )`;

/** A hand-over's trigger instead of a date: "will follow after signing", "once quantities are confirmed". */
const CONDITION = String.raw`(?:after|once|when|as soon as|upon)\b`;

/**
 * A deadline proper ("by Friday", "before the 12th", "no later than noon", "EOD"): a verbless
 * "X to you" is a hand-over only with one; "Talk to you soon", "Happy birthday to you on Sunday"
 * name a time but owe nothing.
 */
const DEADLINE = String.raw`(?:by (?=the |end |close |eod|cob|noon|midday|tomorrow|tonight|today|next |this |mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|early|late|\d)|before|within|no later than|not later than|end of|eod|cob|first thing)\b`;

/** Ways of talking to someone: "Speak to you Monday" is a sign-off, not a thing handed over. */
const SPEECH_VERB = String.raw`talk|speak|chat|write|see|hear|catch up|say|wave|reply|respond|ttyl|more|news`;

/** Verbs that, after "to", make being somewhere the service itself ("there at 8:30 to set up"). */
const WORK_VERB = String.raw`sort|handle|troubleshoot|support|assist|prep|prepare|configure|upgrade|update|patch|swap|restore|assess|audit|review|hand over|go through|show|set|setup|test|finish|install|fit|fix|repair|measure|inspect|survey|shoot|photograph|film|record|capture|catch|clean|deliver|drop|collect|pick|start|begin|do|run|present|facilitate|host|help|meet|walk|train|teach|check|take|bring|hang|paint|build|replace|service|tune|move|pack|unpack|cater|serve|perform|play|dj|speak|demo|find|trace|diagnose|look at|look into|unblock|assemble|dismantle|load|unload|wire|plumb|plaster|tile|sand|seal|mow|prune|spray|treat`;

export const OBLIGATION_PATTERNS = {
  /** Being somewhere or available: "will be in Boston", "'ll be off on the 13th", "will be on site Friday". */
  beSomewhere:
    /\b(?:will|'ll|shall|am going to|is going to|are going to|'m going to|'re going to)(?: also| still| probably| likely| only| mostly)? be (?:in|at|away|off|out|back|around|on (?:leave|vacation|holiday|annual leave|parental leave|sick leave|a trip|a flight|the road|site|call|a site visit)|onsite|on-site|travell?ing|working|reachable|contactable|available|unavailable|busy|slow|flying|based|abroad|offline|online|home|visiting|attending|with (?:family|my|our|the family)|in touch|stuck|tied up|heads[- ]down|slammed|swamped|unreachable)\b/i,
  /**
   * Being somewhere now or over named days, in the present tense: "I'm in Lisbon from the 2nd to
   * the 6th", "we're away until Monday", "Sam is on leave this week" (what follows, "but I can
   * edit from there", reassures; it promises nothing new).
   */
  presentWhere:
    /\b(?:[Ii]'m|I am|[Ww]e're|[Ww]e are|[Hh]e's|[Ss]he's|[Tt]hey're|(?:[A-Z][a-z]{1,15}|[Oo]ur [a-z]{2,15}) is) (?:also |still )?(?:in|at|away|off|out|travell?ing|on (?:leave|holiday|vacation|annual leave|a trip|the road)) (?:[\w'-]{2,20} ){0,3}(?:from|until|till|through|on|this|next|all|over|for the)\b/,
  /** Travel to or from a place: "I will come to Eindhoven", "we'll fly to Lyon on the 3rd", "I'll fly in from Basel" (a named place, not "to you"). */
  travel:
    /\b(?:[Ww]ill|'ll|[Ss]hall|am going to|are going to|'m going to|'re going to) (?:also )?(?:come|travel|fly|head|go|drive|get) (?:(?:over |out |down |up |back )?to|in from|over from|up from|down from) (?:[A-Z][\w'-]{1,25})\b/,
  /** Bringing or joined by a colleague: "I'll bring our director, Ines", "Anouk will join the meeting instead". */
  company:
    /\b(?:will|'ll|shall)(?: also)? (?:bring(?: along)? (?:our|my|a|one|two) (?:[\w-]{2,20} ){0,2}(?:colleagues?|director|lead|manager|partner|ceo|cto|cfo|coo|founder|head|boss|assistant|deputy|designer|engineer|architect|producer|editor|analyst|associate|intern|team lead|counterpart|md|gc|pm|vp|cio|cmo|cso|chair|monitor|lawyer|counsel|accountant)\b|bring(?: along)? (?:our|my) (?:[\w-]{2,20} ){0,3}?[\w-]{2,20}, (?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?[A-Z][a-z]{1,20}\b|(?:join|attend|sit in on|dial into|be joining|be attending) (?:the|our|this|that|tomorrow's|today's|next week's) (?:[\w-]{2,20} )?(?:meeting|call|session|workshop|review|visit|walkthrough|walk-through|demo|kick-?off)\b)/i,
  /**
   * What `suppliesThing` reads: a supplying verb, then the thing (not a person, not "it"), or "…
   * for your staff", or whatever is brought to a meeting ("I'll bring two anonymised profiles to
   * Wednesday's meeting"; a colleague brought along is `company`).
   */
  suppliesThing:
    /\b(?:will|'ll)(?: also| happily| gladly)? (?:provide|supply|bring|send|deliver|ship)(?: (?:you|over|along|in))? (?:some|the|a|an|all|two|three|four|\d{1,4}|extra|spare|enough|plenty of|branded|printed|(?!(?:my|his|her|their|our|your|its)\b)[\w-]{2,20}) (?:[\w-]{2,20} ){0,2}?(?:samples?|swatch(?:es)?|lanyards?|badges?|cards?|signs?|banners?|labels?|uniforms?|tools?|materials?|equipment|kit|kits|chairs?|tables?|linens?|cutlery|glass(?:es|ware)|crockery|menus?|flowers?|props?|copies|folders?|packs?|boxes|pallets?|parts|supplies|refreshments|snacks|coffee|water|lunch|drinks|screens?|projectors?|mics?|microphones?|laptops?|tablets?|headsets?|cables?|adapters?|documents?|documentation|drawings?|certificates?|data ?sheets?|manuals?|specifications?|specs|reports?|files)\b|\b(?:will|'ll)(?: also)? (?:provide|supply|bring) (?:[\w-]{2,20} ){1,3}for (?:all (?:of )?)?your\b|\b(?:will|'ll)(?: also)? (?:bring|send|provide) (?:some|the|a|an|two|three|four|\d{1,4}) (?:[\w-]{2,20} ){0,3}?[\w-]{2,20} to (?:the|our|your|this|that|tomorrow's|today's|next week's|\w{3,6}day's) (?:[\w-]{2,20} )?(?:meeting|call|session|workshop|review|visit|walkthrough|kick-?off|tasting|fitting)\b/i,
  /**
   * A thing that will go out to the reader: "The shade paint is in stock and will go out on
   * Thursday with our own van", "the samples will be dispatched tomorrow" (a person who "will go
   * out" is not one).
   */
  thingGoesOut:
    /(?<!\b(?:i|he|she|they|you) ?)(?:\bwill|'ll)(?: then| also| now)? (?:go out|ship|be (?:shipped|dispatched|despatched|delivered|couriered|posted|sent out))\b/i,
  /**
   * A hand-over to the reader the writer promises in so many words ("I will email you a progress
   * update every evening", "we'll send you the drawings"): never a whereabouts or a routine, so the
   * commitment model does not withdraw it.
   */
  handsToReader:
    /\b(?:i|we)(?:'ll| will)(?: also| then| happily| gladly)? (?:email|e-mail|send|share|forward|mail|post|text|whatsapp|courier|upload) (?:you|over to you|across to you) (?:a|an|the|our|my|both|all|two|three|\d{1,3}|each|every|any|some|updated|revised|final|full|short|weekly|daily|monthly)\b/i,
  /** "I'm working on another launch this week": busy with something else; "I can edit from there" only reassures. */
  busyElsewhere:
    /\b(?:i'm|i am|we're|we are) (?:busy with|working on|tied up with|focused on|finishing) (?:another|other|a different|an internal|our own|something else|a separate)\b|\b(?:i|we) can (?:still )?(?:[\w-]{2,15} ){1,3}from there\b/i,
  /** "I'll have patchy signal", "we'll have limited access": the writer's own circumstances, owed to nobody. */
  circumstance:
    /\b(?:will|'ll)(?: only| probably| also| likely)? have (?:patchy|limited|spotty|intermittent|poor|bad|weak|no|little|sporadic|reduced|unreliable|restricted) (?:[\w-]{2,15} ){0,2}(?:signal|wi-?fi|reception|internet|connection|connectivity|coverage|access|availability|bandwidth|laptop|phone|computer|time)\b|\b(?:will|'ll) have (?:my|our) hands full\b/i,
  /** A word that opens a reason clause (`promiseThenReason`). */
  reasonWord: /\b(?:because|since|as|while|although|though)\b/gi,
  /** A promise of the writer's side, not one to be somewhere: "I will deliver", "we'll send". */
  promise: /\b(?:i|we)(?:'ll| will| shall) (?!be\b)[a-z]{2,15}\b/i,
  /** "...to set up", "...to test every drop": the reason for being there is work for the reader. */
  workPurpose: new RegExp(String.raw`\bto (?:${WORK_VERB})\b`, 'i'),
  /** "… from 1pm for the getting-ready shots": being there for a piece of the job. */
  jobPurpose:
    /\bfor (?:the|your|our|a) (?:[\w:.-]{2,20} ){0,2}(?:shots?|shoot|install|installation|set-?up|fitting|rehearsal|survey|inspection|handover|hand-over|walkthrough|walk-through|training|repairs?|service|get-in|load-in|tasting|show|performance|gig|concert|ceremony|fieldwork|field work|site work)\b|\bfor (?:fieldwork|field work|site work|the works?)\b/i,
  /**
   * Turning up at a place at a time of day: "the crew will be on site at 7am on Wednesday",
   * "I'll be at the restaurant at 9am on the 22nd", "our truck will be at basecamp from 5:00am",
   * "Our truck will be at your service entrance between 10 and 11am on Tuesday 14 April".
   * An appointment kept for the reader, not news of where someone is (annotation guide); a place
   * of one's own ("at home", "at my desk", "at a conference") stays whereabouts.
   */
  turnUpAt:
    /\bbe (?:on site|onsite|on-site|there|at (?!(?:home|my |our |his |her |their |a |an |lunch|dinner|the (?:office|airport|gym|doctor|dentist|hospital|conference|summit|trade ?show|expo|fair))\b)(?:the |your )?[\w'\u00C0-\u024F-]{2,25}(?: [\w'\u00C0-\u024F-]{2,25})?) (?:[\w,'\u00C0-\u024F-]{1,20} ){0,4}?(?:(?:at|from|by) (?:\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:h.]\d{2})(?!\d)|between \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:and|-|–) ?\d{1,2}(?:[:.]\d{2})?(?!\d|(?:st|nd|rd|th)?\s{0,2}(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\s{0,2}(?:%|percent|dollars|euros|pounds|days?|weeks?|months?|people|guests|units?)))/i,
  /**
   * Someone whose trade is the visit, due at a place at a time of day: "Our crew will be at
   * Elbstrand on Wednesday 6 May, call time 7:00", "their tech will be at Unit C between 11 and 1
   * today", "Our maintenance super, Walt, will be in the lobby at 7:45". Without a time of day it
   * is where they are ("Our engineers will be at the Hannover Messe on Tuesday").
   */
  workerTurnsUp:
    /\b(?:crews?|techs?|technicians?|engineers?|installers?|fitters?|drivers?|couriers?|super|superintendent|foreman|electricians?|plumbers?|photographers?|movers|cleaners?|painters?|surveyors?|inspectors?|mechanics?|gardeners?|landscapers?|caterers?|riggers?|coach|minibus|bus|van|truck|lorry|shuttle)(?:,? [\w'-]{2,20},)? (?:will|'ll|is going to|are going to) be (?:at (?!(?:home|lunch|dinner|a |an |another |the (?:office|airport|conference|summit|trade ?show|expo|fair|gym|hospital|doctor|dentist))\b)|in the (?!(?:hospital|office|air)\b))/i,
  /** A time of day: "at 7:45", "call time 7:00", "9am", "between 11 and 1". */
  timeOfDay:
    /\b\d{1,2}[:h.]\d{2}(?!\d)|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|\bbetween \d{1,2}(?::\d{2})? and \d{1,2}\b/i,
  /**
   * Work passed in house, or a colleague brought along: "I'll pass the invoice to our bookkeeper
   * today", "I'll brief Callum, our driver", "I'll forward the invite to our controller, Marisol",
   * "We'll bring our designer", "our architect, Dana Whitfield, will join me". No hand-over to
   * the reader (the caller checks the reader is not named and no purpose of work follows).
   */
  passedInHouse: new RegExp(
    String.raw`\b(?:I|i|We|we)(?:'ll| will| shall)(?: also| then| just)? (?:(?:pass|forward|send|hand|give)(?: (?:it|this|that|them|these|those|(?:the|your) [\w-]{2,20}(?: [\w-]{2,20})?))?(?: on| over)? to (?:our|my) (?:[\w-]{2,20} ){0,2}(?:bookkeeper|accountant|controller|finance|accounts|ap|payables|legal|procurement|team|colleague|manager|driver|assistant|ea|pa|boss|director|partner|office|cfo|ceo|coo|cto|it|hr|lawyer|counsel)s?\b|brief (?:[A-Z][a-z]+|(?:our|my) [\w-]{2,20})\b|bring (?:along )?(?:my|our) (?:colleague|partner|boss|manager|director|assistant|vp|ceo|cfo|cto|coo|founder|designer|architect|engineer|lead|husband|wife)s?(?:,? [A-Z][\w'-]{1,20})?\W{0,3}$)|\bwill join (?:me|us)(?: (?:on the call|for the call|there|then))?\W{0,3}$`,
  ),
  /** "want to", "slow to", "easier to": a "to" that is not the purpose of being there. */
  notPurpose:
    /\b(?:want|wants|like|need|needs|able|have|has|going|slow|happy|glad|free|due|easier|easy|hard|quick|quicker|nice|great|better|best|ready|open|keen)\s+to\b/i,
  /** Among the writer's own people or in their own head: "I'll discuss it with Carlos", "we'll regroup". */
  selfDirected:
    /\b(?:i|we|he|she|they)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| need to| have to)(?: have to| need to)?(?: also| first| then| still)? (?:discuss|talk|speak|chat|confer|consult|regroup|think|mull|reflect|sleep on|decide|brainstorm|go with|stick with|opt for|hand over|take over|figure out|work out internally|sync up|catch up internally)\b/i,
  /**
   * "We need to discuss the contract", "we should get together tomorrow": an inclusive "we" (the
   * writer and the reader) proposes a meeting; "with Carlos" or "internally" keeps it among the
   * writer's own people.
   */
  inclusiveMeet:
    /\b(?:we|you and i)(?: really| still| definitely| probably)? (?:(?:need|have|ought|got) to|must|should) (?:talk|discuss|meet|get together|catch up|chat|speak|sit down|have a (?:chat|call|talk|meeting))\b(?! (?:internally|among ourselves|with (?!you\b)))/i,
  /**
   * Owed to someone outside the thread, a tax authority: "I'll pay HMRC on the 4th", "the amount
   * payable to the IRS", "your VAT return is due on 7 December" (annotation guide: not an item).
   */
  outsideParty:
    /\b(?:pay|paying|paid|payable to|owed to|owe|owing|remit(?:ted)? to|submit(?:ted)? to|file(?:d)? with|settle with|due (?:to|with)|payments? to)(?: to)? (?:the )?(?:HMRC|IRS|CRA|ATO|IRD|SARS|Revenue|Inland Revenue|tax (?:office|authority|authorities)|taxman|Companies House)\b|\b(?:vat|tax|gst|hst|self[- ]assessment|corporation tax|payroll tax|sales tax) (?:return|bill|payment)s?(?: for [^.;!?]{1,40}?)? (?:is |are |will be )?(?:due|payable)\b/i,
  /** "we'll go through them at our ops meeting": the writer's side works on it at its own meeting. */
  ownMeeting:
    /\b(?:i|we)(?:'ll| will| shall|'re going to| are going to)(?: then| also)? (?:go (?:through|over)|review|discuss|look (?:at|over)|consider|talk about|decide on) (?:[\w-]{2,15} ){0,3}(?:at|in|during) our (?:[\w-]{2,15} ){0,2}(?:meeting|call|session|huddle|stand-?up|board|committee|review)\b/i,
  /** Who the writer's side talks with among themselves. */
  ownPeople:
    /\binternally\b|\bamong ourselves\b|\bwith (?:our|my|his|her|their|him|them|the team|[A-Z][a-z]{1,20})\b/,
  /** Anything that involves the reader keeps a self-directed verb an obligation ("discuss it with you"). */
  involvesReader: /\b(?:you|your|yours|u)\b/i,
  /**
   * Something sent to a whole group outside the thread: "A notice will be sent to all residents
   * tomorrow about the works" (the guide: obligations to someone outside the thread are not items).
   */
  toOthers:
    /\b(?:sent|emailed|mailed|posted|delivered|distributed|circulated|handed out|given) to (?:all|every|each|our|the) (?:[\w-]{2,20} )?(?:residents|staff|customers|members|employees|guests|attendees|participants|tenants|neighbours|neighbors|subscribers|students|parents|delegates|volunteers|donors|shareholders)\b/i,
  /**
   * A third person's future act for the other side, stated without a date: "Our assistant will book
   * a room", "Gary at TechNest, who will patch the VPN". The verb must be one that serves the reader.
   */
  thirdPartyCommit:
    /\b(?:will|'ll|is going to|are going to)(?: also| then| personally| directly| happily)? (?:send|deliver|share|give|get|provide|pay|book|email|e-mail|post|upload|put|gather|collect|prepare|draft|write|review|sign|return|forward|issue|arrange|set up|fix|patch|install|cut|transfer|wire|call|ring|contact|introduce|ship|submit|take|bring|print|scan|confirm|settle|cover|handle|organi[sz]e|reserve|order|courier|mail|update|circulate|run|test|check|clean|repair|replace|drop off|drop|pick up|walk you|show you|open|grant|enable|activate|unlock|create|build|design|finish|complete|start|sort out|hand over|lay|fit|paint|measure|photograph|shoot|film|record|translate|proofread|edit|repaint|redo|refit|reinstall|rebuild|reprint|configure|connect|migrate|restore|provision|draw up|put together|finali[sz]e|countersign|notify|let you know|get back to)\b/i,
  /**
   * Work done on the reader's site or things by someone of the writer's trade, which serves the
   * reader whatever it is: "Our technician will inspect the fin next week", "Our course manager,
   * Iain, will meet your team on the first morning", "Our engineer will do the annual service".
   * Only a person of a trade the writer sends (not "Our board will assess", "It will do the trick").
   */
  tradeVisit:
    /^(?:\w{2,12},? )?(?:[Oo]ur|[Mm]y) (?:[\w-]{2,20} )?(?:technicians?|techs?|engineers?|surveyors?|inspectors?|site (?:manager|lead|supervisor)|project manager|(?:account|course|estate|facilities|site|installation|service) manager|supervisor|foreman|crew|fitters?|installers?|electricians?|plumbers?|mechanics?|arborists?|gardeners?|landscapers?|cleaners?|assessors?)(?:,? [A-Z][\w'-]{1,20}(?: [A-Z][\w'-]{1,20})?,)? (?:will|'ll|is going to|are going to) (?:inspect|survey|service|test|check|assess|meet (?:you|your)|do (?:the|a|an|your) (?!best\b)[\w-]{3,20})\b/,
  /** Who the future act belongs to: "our X", "my X", a named person, "who will". */
  thirdPartySubject:
    /^(?:\w{2,12},? )?(?:(?:[Oo]ur|[Mm]y) (?:[\w\u00C0-\u024F&'-]{1,25},? ){1,5}(?:\([^()]{1,50}\),? )?(?:will|'ll|is going to|are going to)\b|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]{1,20}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]{1,20})?, (?:our|my) (?:[\w\u00C0-\u024F&'-]{1,25} ){0,4}[\w\u00C0-\u024F&'-]{1,25}(?: \([^()]{1,50}\))?, (?:will|'ll)\b|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]{1,20}(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]{1,20})?(?: (?:at|from|in|on) (?:the )?[\w&'-]{2,25})?(?: \([^()]{1,50}\))?,? (?:who )?(?:will|'ll)\b|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F-]{1,20}'s (?:[\w-]{2,20} ){1,2}(?:will|'ll)\b|(?:[Hh]e|[Ss]he|[Tt]hey)(?:'ll| will)\b|[Tt]he (?:driver|courier|technician|engineer|installer|fitter|crew|photographer|designer|developer|accountant|assistant|coordinator|planner|chef|caterer|surveyor|inspector|electrician|plumber|builder|contractor|editor|translator|rep|representative|agent|team|office) (?:will|'ll)\b)|, who (?:will|'ll)\b/,
  /** "Our proposal for phase 2 will follow": a thing the writer's side will hand over (not a bill). */
  thingFollows:
    /^(?:\w{2,12},? )?(?:[Oo]ur|[Mm]y|[Tt]he) (?:[\w-]{2,20} ){0,2}(?:proposal|quote|quotation|estimate|report|drafts?|files|contract|agreement|summary|recap|notes|minutes|plan|deck|slides|designs?|photos|samples|documents?|details|confirmation|schedule|agenda|brief|specs?|drawings) (?:for [^.,;]{2,30} )?(?:will|'ll) (?:follow|be with you|reach you|be in your inbox|be sent)\b/,
  /**
   * "Cap table coming Thursday", "Downtime logs are coming from our maintenance supervisor, Jeff,
   * by Thursday": a thing on its way from the writer's side (not "this coming Thursday").
   */
  thingComing:
    /(?<!\b(?:this|the|next) )\bcoming (?:(?:over|through|across|your way) )?(?:from (?:our|my|the) |(?:on |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:by |on )?(?:tomorrow|today|tonight|later today|shortly|next week|this week)\b)/i,
  /** Who may be "coming": people, whose arrival is news about them, not a hand-over. */
  personComing:
    /^(?:\w{2,12},? )?(?:I|I'm|[Ww]e|[Ww]e're|[Hh]e|[Hh]e's|[Ss]he|[Ss]he's|[Tt]hey|[Tt]hey're|[Yy]ou|[Yy]ou're|[A-Z][a-z]{1,20}(?: is)?|(?:[Oo]ur|[Mm]y|[Tt]he|[Yy]our) (?:[\w-]{2,20} )?(?:team|crew|staff|people|guests|everyone|family|kids|CEO|CTO|CFO|ceo|boss|manager|director|engineer|technician|partner|wife|husband|colleague|friend|client|visitors?)(?: is| are)?) coming\b/,
  /**
   * "RAMS to follow once you confirm the order", "CI and PL to follow by Monday": a document named
   * by its initials (upper case, so "IT to follow up" or "US to follow" are not read as one).
   */
  initialsToFollow: new RegExp(
    String.raw`^(?:(?:[\w'.]{1,20} ){0,5}?(?:attached|signed|received|enclosed|done|ok|thanks)[,;] )?(?:the |our |your )?[A-Z]{2,5}s?(?: (?:and|&|\+) [A-Z]{2,5}s?)? (?:(?:is |are )?to follow|will follow|follows? (?=(?:by|on|once|when|after|tomorrow|today|next|this|shortly)\b))(?=\s{0,2}(?:$|[.,;:!)(-]|(?:by|on|once|when|after|as soon as|from|next|this|tomorrow|today|tonight|shortly|soon|in|via)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))`,
  ),
  /**
   * "Docs to follow Monday", "Floor plans to come by Friday", "PO to follow from our purchasing
   * team", "PO 1187 to follow today", "Guest list to follow nearer the time", "Tracking will
   * follow", "the signed copy is on its way": a thing the writer's side
   * will hand over, said without a finite verb of sending (not "more to come", "the best is yet to
   * come", "what's to follow").
   */
  toFollow: new RegExp(
    String.raw`^(?:(?:hi |hey |hello |dear )?\w{2,12}, |(?:[\w'.-]{1,20} ){1,4}?(?:attached|enclosed|received|signed|done)[,;] )?(?!(?:more|much more|lots more|others?|the rest|the best|what|which|that|this|it|there|details|news|updates?|thanks|happy|glad|keen|hoping|ready)\b)(?:[\w()/&'.%-]{1,25} ){0,4}(${HANDED_THING}|t&cs|ts&cs|timings|running order|rota)(?: (?:no\. ?|#)?[A-Z]{0,4}-?\d[\w/-]{0,15})?(?: \([^)]{1,30}\))?(?: (?:for|to) [^.,;]{2,30})? (?:(?:(?:is |are )?to (?:follow|come)|will (?:follow|come)|(?:is|are) on (?:its|their) way)(?=\s{0,2}(?:$|[.,;:!)(-]|${WHEN}|${CONDITION}))|follows? (?=${WHEN}|${CONDITION}))`,
    'i',
  ),
  /** A bill as what is handed over: "Our invoice will be issued after filing", "The deposit invoice … will follow". */
  billFirst: new RegExp(
    String.raw`^(?:\w{2,12},? )?(?:the |our |my |your )?(?:[\w'()%,€$£-]{1,20} ){0,3}?(?:${BILL})\b`,
    'i',
  ),
  /** "Rough cut to you by Friday", "test certificates to us within 3 days": a hand-over said by its direction. */
  toSide: new RegExp(
    String.raw`^(?:(?:hi |hey |hello |dear )?\w{2,12}, )?(?!(?:thanks|thank|credit|congrats|congratulations|cheers|hi|hello|welcome|best|love|all|good|same|back|over|up|down|next|one|it|this|that|hats off|${SPEECH_VERB})\b)(?:[\w()/&'.-]{1,25} ){1,5}(?:back )?to (you|u|us|me)\b(?: (?:all|both|guys))?,? (?:${DEADLINE})`,
    'i',
  ),
  leadTime:
    /^(?:\w{2,12},? )?(?:the |our |my |your )?(?:[\w-]{2,20} )?(?:delivery|dispatch|shipping|shipment|turnaround|lead time|production|translation|installation|fabrication|manufacturing|printing|completion|the work)(?: time)? (?:will take|will be|takes|should take|is|are)(?: about| around| roughly| approximately| up to| within| no more than)? (?:\d{1,3}|one|two|three|four|five|six|seven|eight|ten|twelve|a few|a couple of)(?:(?: to |-)\w{1,6})? (?:business |working )?(?:days?|weeks?|months?)\b/i,
  /** "Lead time: 6 weeks from deposit", "Turnaround: 3 working days": the seller's delivery time as a labelled line. */
  leadTimeLine:
    /^(?:[\w-]{2,15} )?(?:lead ?time|turnaround|delivery(?: time)?|production(?: time)?|dispatch|shipping time)s?: ?(?:about |approx\.? |approximately |up to |within )?(?:\d{1,3}(?:[-–]\d{1,3})?|one|two|three|four|five|six|eight|ten|twelve) (?:business |working |calendar )?(?:days?|weeks?|months?)\b/i,
  /**
   * "Start on site: Mon 1 March", "Migration date: night of Thursday 10 December", "Phase 1 (pilot):
   * go-live on 18 December", "Concept presentation: 3 weeks from signing": a step of the work as a
   * labelled line with its day, the writer's plan (a quote's or a schedule's line). Only labels that
   * name a piece of work, so "Validity: 31 March" or "Date: 4 May" are not read.
   */
  pastTail: /\b(?:went|was|were|had|did|happened|took place|passed|missed)\b/i,
  datedWorkLine: new RegExp(
    String.raw`^(?!(?:last|previous|past|prior|requested|missed|original|old|our last|the last)\b)(?:(?:[\w()/&'.,+-]{1,25} ){0,5}?${WORK_STEP}(?: (?:of|for|to|at|in|on) (?:[\w'-]{1,20} ){0,4}?[\w'-]{1,20})?(?: \([^()]{1,40}\))?\s?:\s{0,2}(?:(?:on|by|from|the|(?:night|morning|afternoon|evening|week) of) )?|(?:[\w()/&'.,+-]{1,25} ){0,5}?(?:\([^()]{1,40}\))?\s?:\s{0,2}${WORK_STEP} (?:on|by|from|in) (?:the )?)${WORK_DAY}`,
    'i',
  ),
  /**
   * "Need the reconciled statements before then", "Still need your signed SOW", "Need a copy of
   * the lease": the writer's need, subject dropped. A need of "a"/"some" thing names a thing handed
   * over (not "Need a hand with anything, just shout"); "Want the best deals" is an advert, not a need.
   */
  subjectlessNeed: new RegExp(
    String.raw`^(?:(?:hi |hey )?\w{2,12}, )?(?:and |also |still |really |just |urgently )?(?:need|require)(?: (?:also|still))? (?:(?:the|your|those|these|all|both|copies|\d{1,3})\b|(?:a|an|some) (?:[\w-]{2,20} ){0,2}(?:${HANDED_THING})\b)`,
    'i',
  ),
} as const;

/**
 * A hand-over said without a finite verb (`toFollow`, `toSide`, `leadTimeLine`, `subjectlessNeed`):
 * 'writer' when the writer's side hands it over, 'reader' when it goes "to us" or the writer needs
 * it (the reader's side owes it), 'bill' when what follows is the writer's invoice (the reader
 * pays it: "Invoice to follow next week"), else null.
 */
export function ellipticHandOver(clause: string): 'writer' | 'reader' | 'bill' | null {
  const P = OBLIGATION_PATTERNS;
  if (clause.includes('?')) return null;
  if (P.leadTimeLine.test(clause)) return 'writer';
  // A labelled step said in the past ("Our go-live: Wed 4 March went smoothly") is news, not a plan.
  if (clause.length < 160 && P.datedWorkLine.test(clause) && !P.pastTail.test(clause)) return 'writer';
  if (P.subjectlessNeed.test(clause)) return 'reader';
  const follows =
    clause.includes(' to ') ||
    clause.includes(' will ') ||
    clause.includes(' way') ||
    clause.includes(' follow')
      ? P.toFollow.exec(clause)
      : null;
  if (follows) return BILL_WORD.test(follows[1]!) ? 'bill' : 'writer';
  if (clause.includes(' follow') && P.initialsToFollow.test(clause)) return 'writer';
  const side = clause.includes(' to ') ? P.toSide.exec(clause) : null;
  if (!side) {
    // "The first month's invoice goes out on April 6": the reader pays the writer's bill.
    const fronted = frontedHandOver(clause);
    return fronted && P.billFirst.test(clause) ? 'bill' : fronted;
  }
  return side[1]!.toLowerCase() === 'us' || side[1]!.toLowerCase() === 'me' ? 'reader' : 'writer';
}

/** "Cap table coming Thursday": a thing on its way to the reader (a person coming is news). */
export function isThingComing(clause: string): boolean {
  if (!clause.includes('coming')) return false;
  const P = OBLIGATION_PATTERNS;
  return P.thingComing.test(clause) && !P.personComing.test(clause);
}

/**
 * "We'll provide branded lanyards for all your staff", "He'll bring some finish samples too": a
 * thing supplied outright, which the commitment model must not read as status (it has seen
 * "provide" and "bring" mostly in news of people: "I'll bring our director").
 */
export function suppliesThing(clause: string): boolean {
  if (offersOwnWork(clause)) return true;
  if (!clause.includes('ll ') && !clause.includes('will ')) return false;
  if (OBLIGATION_PATTERNS.suppliesThing.test(clause) && !OBLIGATION_PATTERNS.company.test(clause))
    return true;
  if (OBLIGATION_PATTERNS.handsToReader.test(clause) || preparesThing(clause)) return true;
  if (OBLIGATION_PATTERNS.thingGoesOut.test(clause)) return true;
  // "The final gallery will be with you within 5 business days": a thing on its way, never a whereabouts.
  return frontedHandOver(clause) === 'writer';
}

/**
 * True when a future clause only reports where someone will be or what they will do among
 * themselves, so it must not become a commitment. Being there with a work purpose ("I'll be at
 * the lodge at 6:30 to catch the morning light", "Raj will be on site on the 20th to test every
 * drop") stays an obligation.
 */
export function isStatusOnly(clause: string): boolean {
  const where = whereabouts(clause);
  if (where !== null) return where;
  const P = OBLIGATION_PATTERNS;
  if (P.ownMeeting.test(clause) && !P.involvesReader.test(clause)) return true;
  if (P.toOthers.test(clause) && !P.involvesReader.test(clause)) return true;
  // Only when that is all the clause promises: "I'll send a calendar invite with a Zoom link, and
  // my colleague Dev will join us" still sends the invite.
  if (
    P.passedInHouse.test(clause) &&
    !P.involvesReader.test(clause) &&
    !P.workPurpose.test(clause) &&
    futureVerbs(clause) === 1
  )
    return true;
  return P.selfDirected.test(clause) && !P.involvesReader.test(clause) && !proposesMeeting(clause);
}

/**
 * "I will deliver it by the 10th, one day early, because I …": a promise, then a reason clause
 * opening within the last stretch (no comma or semicolon) before the whereabouts that follow.
 */
function promiseThenReason(lead: string): boolean {
  const P = OBLIGATION_PATTERNS;
  let last: RegExpExecArray | null = null;
  P.reasonWord.lastIndex = 0;
  for (let m = P.reasonWord.exec(lead); m; m = P.reasonWord.exec(lead)) last = m;
  if (!last) return false;
  const after = lead.slice(last.index);
  if (after.length > 50 || after.includes(',') || after.includes(';')) return false;
  return P.promise.test(lead.slice(0, last.index));
}

/**
 * Whether the clause only says where someone is, will be or goes, who comes along, or that they
 * are busy elsewhere: true, false (there with a work purpose), or null when it says none of it.
 * What the intent model reads as an ask is dropped on this narrower test (a self-directed "we'll
 * discuss" may well include the reader).
 */
export function whereabouts(clause: string): boolean | null {
  const P = OBLIGATION_PATTERNS;
  const be = P.beSomewhere.exec(clause) ?? P.travel.exec(clause) ?? P.presentWhere.exec(clause);
  if (be) {
    if (P.turnUpAt.test(clause) || (P.workerTurnsUp.test(clause) && P.timeOfDay.test(clause))) return false;
    // "I will deliver it by the 10th, because I will be travelling on the 11th": the whereabouts
    // give a reason for the promise; they do not replace it.
    if (promiseThenReason(clause.slice(Math.max(0, be.index - 160), be.index))) return null;
    const after = clause.slice(be.index + be[0].length);
    const purpose = P.workPurpose.exec(after);
    if (!purpose) return !P.jobPurpose.test(after);
    // "if you want to call him": the "to" belongs to another verb.
    const before = after.slice(Math.max(0, purpose.index - 12), purpose.index + 3);
    return P.notPurpose.test(before);
  }
  if (P.company.test(clause) || P.busyElsewhere.test(clause) || P.circumstance.test(clause)) return true;
  return null;
}

/**
 * A clause that only states whereabouts or talk among the writer's own people, and asks nothing
 * outright (no question, no "please"): never the intent model's ask, whatever it reads in the
 * words ("our CIO will be in Riyadh until Wednesday, and I'll discuss the terms with him"; but
 * "Please let me know if you will be available to attend" still asks).
 */
export function onlyStatus(clause: string): boolean {
  if (clause.includes('?') || NOISE_PATTERNS.directAsk.test(clause)) return false;
  return whereabouts(clause) === true || amongOwnPeople(clause);
}

/**
 * Talk among the writer's own people, said outright: "I'll discuss it with Carlos", "we need to
 * talk with our lawyer first", "we'll discuss this internally", "we'll go through them at our ops
 * meeting". Not the model's ask either.
 */
export function amongOwnPeople(clause: string): boolean {
  const P = OBLIGATION_PATTERNS;
  if (P.involvesReader.test(clause)) return false;
  return (P.selfDirected.test(clause) && P.ownPeople.test(clause)) || P.ownMeeting.test(clause);
}

/** "We need to discuss the contract": the writer and the reader should meet (not "… internally"). */
export function proposesMeeting(clause: string): boolean {
  return OBLIGATION_PATTERNS.inclusiveMeet.test(clause) && !clause.includes('internal');
}

/**
 * A third person's act for the reader's benefit, future tense, no date needed: "Our developer Kim
 * will put the banner live", "Gary at TechNest, who will patch the VPN this weekend". The caller
 * also checks `isStatusOnly`.
 */
export function isThirdPartyCommit(clause: string): boolean {
  const P = OBLIGATION_PATTERNS;
  if (!clause.includes('ll') && !clause.includes('going to')) return false; // will, 'll
  return (
    (P.thirdPartyCommit.test(clause) && P.thirdPartySubject.test(clause)) ||
    P.thingFollows.test(clause) ||
    P.tradeVisit.test(clause)
  );
}
