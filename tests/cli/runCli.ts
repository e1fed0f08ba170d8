/**
 * Runs a bundled command-line tool as a user would (`node scripts/cli.mjs TOOL …`) and checks
 * the promise every tool makes on bad input: exit 1, one line per problem, no stack trace.
 * A tool that hangs is killed after `timeout` ms and the run reports status null.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Long enough for a bundle and a start on a busy machine; a hang fails well before the test's own timeout. */
export const CLI_TEST_TIMEOUT = 120_000;

export function runCli(tool: string, args: string[], timeout = 40_000) {
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', tool, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout,
  });
  const lines = (text: string | null) => (text ?? '').split('\n').filter((l) => l.length > 0);
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    out: lines(r.stdout),
    err: lines(r.stderr),
  };
}

const STACK = /^\s+at |Error: |node:internal/m;

/** Exit 1 with exactly one line on stderr, nothing on stdout, and no stack trace. */
export function expectRefusedInOneLine(r: ReturnType<typeof runCli>, message: string | RegExp) {
  const context = `exit ${r.status} (${r.signal ?? 'no signal'})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.status, context).toBe(1);
  expect(r.err, context).toHaveLength(1);
  expect(r.out, context).toEqual([]);
  expect(r.stderr, context).not.toMatch(STACK);
  if (typeof message === 'string') expect(r.err[0], context).toContain(message);
  else expect(r.err[0], context).toMatch(message);
}

/** Problem lines as `check:missions` prints them: exit 1, `FILE: $PATH: message`, no stack. */
export function expectProblemLines(r: ReturnType<typeof runCli>) {
  const context = `exit ${r.status} (${r.signal ?? 'no signal'})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  expect(r.status, context).toBe(1);
  expect(r.stdout + r.stderr, context).not.toMatch(STACK);
  for (const line of [...r.out, ...r.err]) expect(line, context).toMatch(/^.+?: \$\S*: .+$/);
  return [...r.out, ...r.err];
}
