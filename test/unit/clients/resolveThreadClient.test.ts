import type { Identity, MailMessage, Person, Thread } from '../../../src/core';
import { clientKeyFor, nameFromDomain, resolveThreadClients } from '../../../src/clients';

const dana: Person = { name: 'Dana Lee', email: 'dana@northwind.io' };
const colleague: Person = { name: 'Omar Said', email: 'omar@northwind.io' };
const sam: Person = { name: 'Sam Ortiz', email: 'sam@acme.com' };
const priya: Person = { name: 'Priya Nair', email: 'priya@acme.com' };
const freelancer: Person = { name: 'Jo Brand', email: 'Jo.Brand@gmail.com' };
const lawyer: Person = { name: 'Lee Chan', email: 'lee@chanlaw.co.uk' };
const self: Identity = { emails: ['dana@northwind.io'], domains: ['northwind.io'] };

let n = 0;
function message(from: Person, to: Person[], cc: Person[] = []): MailMessage {
  n += 1;
  return { id: `m${n}`, from, to, cc, sentAt: '2026-03-02T09:15:00-05:00', text: 'Hi', fullyRead: true };
}
function thread(...messages: MailMessage[]): Thread {
  return {
    host: 'gmail',
    id: 't1',
    url: 'https://mail.google.com/mail/u/0/#inbox/t1',
    subject: 'Q2',
    messages,
  };
}

describe('resolving the client behind a thread', () => {
  it('names the other side’s organisation by its domain, leaving the user’s own domain out', () => {
    const result = resolveThreadClients(
      thread(message(sam, [dana, colleague]), message(dana, [sam, priya])),
      self,
    );
    expect(result.primary?.key).toBe('domain:acme.com');
    expect(result.primary?.suggestedName).toBe('Acme');
    expect(result.primary?.people.map((p) => p.email)).toEqual(['sam@acme.com', 'priya@acme.com']);
    expect(result.others).toEqual([]);
  });

  it('keys a free-mail sender by their own address and names them by their name', () => {
    const result = resolveThreadClients(thread(message(freelancer, [dana])), self);
    expect(result.primary?.key).toBe('address:jo.brand@gmail.com');
    expect(result.primary?.suggestedName).toBe('Jo Brand');
  });

  it('picks the organisation that writes most when several are on the thread, listing the rest', () => {
    const result = resolveThreadClients(
      thread(
        message(sam, [dana], [lawyer]),
        message(dana, [sam], [lawyer]),
        message(priya, [dana], [lawyer]),
      ),
      self,
    );
    expect(result.primary?.key).toBe('domain:acme.com');
    expect(result.others.map((o) => o.key)).toEqual(['domain:chanlaw.co.uk']);
    expect(result.others[0]?.suggestedName).toBe('Chanlaw');
  });

  it('finds the client when they are only copied on the user’s own messages', () => {
    const result = resolveThreadClients(thread(message(dana, [colleague], [sam])), self);
    expect(result.primary?.key).toBe('domain:acme.com');
  });

  it('has no client when everyone on the thread is on the user’s side', () => {
    const result = resolveThreadClients(thread(message(colleague, [dana])), self);
    expect(result.primary).toBeNull();
  });

  it('treats extra own addresses from settings as the user’s side', () => {
    const withAlias: Identity = {
      emails: ['dana@northwind.io', 'dana.lee@gmail.com'],
      domains: ['northwind.io'],
    };
    const result = resolveThreadClients(
      thread(message({ name: 'Dana', email: 'dana.lee@gmail.com' }, [sam])),
      withAlias,
    );
    expect(result.primary?.key).toBe('domain:acme.com');
  });
});

describe('client keys and names', () => {
  it('lower-cases addresses so one person is one client', () => {
    expect(clientKeyFor({ name: '', email: 'Jo@GMail.com' })).toBe('address:jo@gmail.com');
  });

  it.each([
    ['acme.com', 'Acme'],
    ['northwind-traders.com', 'Northwind Traders'],
    ['mail.globex.co.uk', 'Globex'],
    ['studio.io', 'Studio'],
  ])('names the domain %s as %s', (domain, name) => {
    expect(nameFromDomain(domain)).toBe(name);
  });
});
