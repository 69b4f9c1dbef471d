/**
 * Microsoft Graph over HTTP, shared by the calendar (src/calendar/microsoft.ts) and exact
 * mail reading (src/graph/mailReader.ts): @microsoft/microsoft-graph-client with only an
 * AuthenticationHandler and the HTTP handler. The client's own RetryHandler is left out so
 * that retries follow the one fault policy (src/http/faultPolicy.ts); each attempt pins
 * the token it was given, so a renewed token is used on the retry.
 */
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  GraphError,
  HTTPMessageHandler,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
import { HttpStatusError, OfflineError } from '../http/errors';
import { withFaultPolicy, type FaultPolicy, type TokenSource } from '../http/faultPolicy';

export const GRAPH_API = 'https://graph.microsoft.com/v1.0';

/** One page of a Graph collection. */
export interface GraphList<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export type GraphRequest = ReturnType<Client['api']>;

/** Runs one Graph call (`send` on a request for `path`) under the fault policy. */
export type GraphCall = <T>(
  path: string,
  send: (req: GraphRequest) => Promise<T>,
  headers?: Record<string, string>,
) => Promise<T>;

/** Graph client errors → what the shared policy understands. */
export function translateGraphError(err: unknown, provider: string): unknown {
  if (!(err instanceof GraphError)) return err;
  if (err.statusCode === -1 || err.statusCode === undefined) {
    if (err.code === 'AbortError') return Object.assign(new Error('aborted'), { name: 'AbortError' });
    return new OfflineError(`${provider} could not be reached`, { cause: err });
  }
  const headers = err.headers as Headers | undefined;
  return new HttpStatusError(
    err.statusCode,
    headers?.get('Retry-After') ?? null,
    String(err.body ?? err.message),
  );
}

export function createGraphCall(tokens: TokenSource, policy: FaultPolicy): GraphCall {
  const fallback: AuthenticationProvider = { getAccessToken: () => tokens.getToken() };
  const client = Client.initWithMiddleware({
    middleware: [new AuthenticationHandler(fallback), new HTTPMessageHandler()],
    defaultVersion: 'v1.0',
  });
  return <T>(path: string, send: (req: GraphRequest) => Promise<T>, headers: Record<string, string> = {}) =>
    withFaultPolicy(
      async (token, signal) => {
        const pinned: AuthenticationProvider = { getAccessToken: async () => token };
        const req = client
          .api(path)
          .headers(headers)
          .option('signal', signal)
          .middlewareOptions([new AuthenticationHandlerOptions(pinned)]);
        try {
          return await send(req);
        } catch (err) {
          throw translateGraphError(err, policy.provider);
        }
      },
      tokens,
      policy,
    );
}
