/** The CLI as a user runs it: tsx on scripts/extract.ts, JSON in, JSON or a located error out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

function runCli(content: string) {
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, content);
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/extract.ts', file],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const threadJson = {
  self: { emails: ['dana@northwind.io'], domains: ['northwind.io'] },
  timeZone: 'America/New_York',
  subject: 'Q2 onboarding',
  messages: [
    {
      id: 'm1',
      from: { name: 'Sam Ortiz', email: 'sam@acme.com' },
      to: [{ name: 'Dana Lee', email: 'dana@northwind.io' }],
      cc: [],
      sentAt: '2026-03-02T09:15:00-05:00',
      subject: 'Q2 onboarding',
      text: 'Could you share the logo files by Thursday?',
    },
  ],
};

describe('npm run extract', () => {
  it('prints expectations and signals for one thread', () => {
    const r = runCli(JSON.stringify(threadJson));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.signals).toEqual([]);
    expect(out.expectations).toEqual([
      expect.objectContaining({
        messageId: 'm1',
        kind: 'request',
        owner: 'us',
        due: '2026-03-05',
        amount: null,
      }),
    ]);
  }, 30_000);

  it('prints an array of results for an array of threads, in order', () => {
    const second = { ...threadJson, messages: [{ ...threadJson.messages[0], text: 'Thanks!' }] };
    const out = JSON.parse(runCli(JSON.stringify([threadJson, second])).stdout);
    expect(out.map((r: { expectations: unknown[] }) => r.expectations.length)).toEqual([1, 0]);
  }, 30_000);

  it('exits non-zero naming the problem when the file is not JSON', () => {
    const r = runCli('{ not json');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/is not JSON/);
  }, 30_000);

  it('exits non-zero naming the JSON path of a missing field and of a wrong date', () => {
    const bad = {
      ...threadJson,
      messages: [{ ...threadJson.messages[0], sentAt: 'last Tuesday', text: undefined }],
    };
    const r = runCli(JSON.stringify([bad]));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('$[0].messages[0].sentAt');
    expect(r.stderr).toContain('$[0].messages[0].text');
  }, 30_000);
});
