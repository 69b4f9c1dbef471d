/**
 * The JSON a caller (the CLI, the scorer, tests) hands to extraction, validated with valibot so
 * bad input fails with the problem and its JSON path instead of a stack trace.
 */
import { DateTime, IANAZone } from 'luxon';
import * as v from 'valibot';
import type { ExtractionInput } from './types';

const PersonSchema = v.object({
  name: v.string(),
  email: v.pipe(v.string(), v.minLength(1, 'an email address is required')),
});

const SentAtSchema = v.pipe(
  v.string(),
  v.check(
    (s) => DateTime.fromISO(s, { setZone: true }).isValid,
    'must be an ISO 8601 date-time such as 2026-03-02T09:15:00-05:00',
  ),
);

const MessageSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  from: PersonSchema,
  to: v.optional(v.array(PersonSchema), []),
  cc: v.optional(v.array(PersonSchema), []),
  sentAt: SentAtSchema,
  subject: v.optional(v.string()),
  text: v.string(),
});

export const ThreadInputSchema = v.object({
  self: v.object({ emails: v.array(v.string()), domains: v.array(v.string()) }),
  timeZone: v.pipe(
    v.string(),
    v.check((z) => IANAZone.isValidZone(z), 'must be an IANA time zone such as America/New_York'),
  ),
  subject: v.optional(v.string()),
  messages: v.array(MessageSchema),
});

export const CliInputSchema = v.union([ThreadInputSchema, v.array(ThreadInputSchema)]);

/** `$[0].messages[2].sentAt` for an issue path. */
export function jsonPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '$';
  for (const step of path ?? [])
    out += typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`;
  return out;
}

export type ParseOutcome =
  { ok: true; threads: ExtractionInput[]; single: boolean } | { ok: false; errors: string[] };

/**
 * Validates parsed JSON. Checks the single-thread shape and the array shape separately so that
 * the reported path points into the shape the caller evidently meant.
 */
export function parseExtractionInput(data: unknown): ParseOutcome {
  const single = !Array.isArray(data);
  const schema = single ? ThreadInputSchema : v.array(ThreadInputSchema);
  const result = v.safeParse(schema, data, { abortEarly: false });
  if (result.success) {
    const out = result.output;
    return { ok: true, threads: Array.isArray(out) ? out : [out], single };
  }
  const errors = result.issues.slice(0, 20).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  return { ok: false, errors };
}
