/**
 * A local fake of Graph's `/me/messages` for msw, answering as Graph does: the conversation's
 * messages (in the mailbox's order, not by date), `$top` pages with `@odata.nextLink`,
 * bodies as text only when `Prefer: outlook.body-content-type="text"` asks for it, the
 * error envelope, and the "InefficientFilter" refusal when `$orderby` is combined with a
 * conversationId filter.
 */
import { http, HttpResponse } from 'msw';
import { graphError } from '../calendar/fakes/graphFake';

const API = 'https://graph.microsoft.com/v1.0';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface MailRequest {
  auth: string | null;
  prefer: string | null;
  query: Record<string, string>;
}

export class GraphMailFake {
  /** The mailbox: Graph message resources, each with `html` and `text` versions of its bodies. */
  messages: Json[] = [];
  requests: MailRequest[] = [];
  violations: string[] = [];
  acceptToken = (token: string) => token.length > 0;
  /** Answers the next requests with this status (e.g. 503, 403) instead. */
  failWith: { status: number; code: string } | null = null;

  handlers() {
    return [
      http.get(`${API}/me/messages`, ({ request }) => {
        const url = new URL(request.url);
        const rec: MailRequest = {
          auth: request.headers.get('authorization'),
          prefer: request.headers.get('prefer'),
          query: Object.fromEntries(url.searchParams),
        };
        this.requests.push(rec);
        if (!/^Bearer \S+$/.test(rec.auth ?? '')) this.violations.push('no bearer token');
        if (!this.acceptToken((rec.auth ?? '').slice(7)))
          return graphError(
            401,
            'InvalidAuthenticationToken',
            'Access token has expired or is not yet valid.',
          );
        if (this.failWith)
          return graphError(this.failWith.status, this.failWith.code, 'failure asked by the test');
        const filter = /^conversationId eq '((?:[^']|'')*)'$/.exec(rec.query.$filter ?? '');
        if (!filter) {
          this.violations.push(`unexpected $filter: ${rec.query.$filter}`);
          return graphError(400, 'BadRequest', 'Invalid filter clause');
        }
        if (rec.query.$orderby)
          return graphError(
            400,
            'InefficientFilter',
            'The restriction or sort order is too complex for this operation.',
          );
        const conversationId = filter[1]!.replace(/''/g, "'");
        const select = (rec.query.$select ?? '').split(',');
        for (const field of [
          'uniqueBody',
          'internetMessageId',
          'sentDateTime',
          'toRecipients',
          'ccRecipients',
          'from',
        ])
          if (!select.includes(field)) this.violations.push(`$select lacks ${field}`);
        const text = rec.prefer === 'outlook.body-content-type="text"';
        const top = Number(rec.query.$top ?? '10');
        const skip = Number(rec.query.$skip ?? '0');
        const matching = this.messages.filter((m) => m.conversationId === conversationId);
        const page = matching.slice(skip, skip + top).map((m) => this.shape(m, select, text));
        const more = skip + top < matching.length;
        const next = new URL(url);
        next.searchParams.set('$skip', String(skip + top));
        return HttpResponse.json({
          '@odata.context': `${API}/$metadata#users('me')/messages`,
          value: page,
          ...(more ? { '@odata.nextLink': next.toString() } : {}),
        });
      }),
    ];
  }

  private shape(m: Json, select: string[], text: boolean): Json {
    const out: Json = {};
    for (const field of select) {
      if (field === 'body' || field === 'uniqueBody') {
        const body = m[field] as { html: string; text: string } | undefined;
        if (body)
          out[field] = text
            ? { contentType: 'text', content: body.text }
            : { contentType: 'html', content: body.html };
      } else if (field in m) out[field] = m[field];
    }
    return out;
  }
}

/** A Graph message resource as the fake stores it. */
export function graphMessage(fields: {
  n: number;
  conversationId: string;
  from: [string, string];
  to: [string, string][];
  cc?: [string, string][];
  sent: string;
  subject: string;
  unique: string;
  quoted?: string;
  isDraft?: boolean;
}): Json {
  const address = ([name, address]: [string, string]) => ({ emailAddress: { name, address } });
  const whole = fields.quoted ? `${fields.unique}\r\n\r\n${fields.quoted}` : fields.unique;
  return {
    id: `AAMkAD${'x'.repeat(20)}${fields.n}=`,
    internetMessageId: `<msg-${fields.n}@mail.example>`,
    conversationId: fields.conversationId,
    subject: fields.subject,
    from: address(fields.from),
    sender: address(fields.from),
    toRecipients: fields.to.map(address),
    ccRecipients: (fields.cc ?? []).map(address),
    sentDateTime: fields.sent,
    isDraft: fields.isDraft ?? false,
    webLink: `https://outlook.office365.com/owa/?ItemID=AAMkAD${fields.n}&exvsurl=1&viewmodel=ReadMessageItem`,
    uniqueBody: {
      html: `<html><body><div>${fields.unique}</div></body></html>`,
      text: fields.unique.replace(/\n/g, '\r\n'),
    },
    body: { html: `<html><body><div>${whole}</div></body></html>`, text: whole.replace(/\n/g, '\r\n') },
  };
}
