/**
 * Every regular expression the extractor uses, in one registry, so the ReDoS test can check
 * them all (test/unit/extract/redos.test.ts also fails if a module exports one missing here).
 */
import { EXTRACT_PATTERNS } from './index';
import { PATTERN_GROUPS } from './patternGroups';

const GROUPS = { ...PATTERN_GROUPS, extract: EXTRACT_PATTERNS } as const;

/** `group.name` → pattern, e.g. `money.prefixed`. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(GROUPS).flatMap(([group, patterns]) =>
    Object.entries(patterns as Record<string, RegExp>).map(([name, re]) => [`${group}.${name}`, re]),
  ),
);
