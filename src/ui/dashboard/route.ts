/** The dashboard's views, addressed by the URL's hash so the back button and links work. */
export type Route =
  | { view: 'today' }
  | { view: 'clients' }
  | { view: 'client'; id: string }
  | { view: 'summary'; id: string }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'clients':
      return { view: 'clients' };
    case 'settings':
      return { view: 'settings' };
    case 'client':
      if (parts[1])
        return parts[2] === 'summary' ? { view: 'summary', id: parts[1] } : { view: 'client', id: parts[1] };
      return { view: 'clients' };
    default:
      return { view: 'today' };
  }
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'client':
      return `#/client/${encodeURIComponent(route.id)}`;
    case 'summary':
      return `#/client/${encodeURIComponent(route.id)}/summary`;
    default:
      return `#/${route.view}`;
  }
}

export const clientHref = (id: string) => routeHref({ view: 'client', id });
