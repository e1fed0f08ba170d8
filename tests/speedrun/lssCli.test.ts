/** `npm run lss`, run as a user would: records verified, misfits named and skipped. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLss } from '../../src/speedrun/lss';
import { CLI_TEST_TIMEOUT, expectRefusedInOneLine, repoRoot, runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'shutdown-lss-'));
const mission = join(repoRoot, 'missions/shutdown.mission.json');
const file = (name: string) => join(dir, name);
/** The tool run in the temporary folder, so its default output lands there. */
const lss = (...args: string[]) => {
  const r = spawnSync(
    process.execPath,
    [join(repoRoot, 'scripts/cli.mjs'), 'lss', '--mission', mission, ...args],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  const lines = (t: string | null) => (t ?? '').split('\n').filter((l) => l.length > 0);
  return { status: r.status, out: lines(r.stdout), err: lines(r.stderr), stderr: r.stderr };
};
const igt: Record<string, number> = {};

beforeAll(() => {
  for (const seed of ['1', '2']) {
    const r = runCli('sim', [
      '--seed',
      seed,
      '--json',
      '--replay-out',
      file(`s${seed}.replay.json.gz`),
    ]);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.out.at(-1)!);
    igt[seed] = summary.objectives.at(-1).completedAtTick - 1;
  }
  const cut = runCli('sim', [
    '--seed',
    '3',
    '--max-ticks',
    '4000',
    '--replay-out',
    file('cut.replay.json'),
  ]);
  expect(cut.status).toBe(2);
  const practice = runCli('sim', [
    '--seed',
    '4',
    '--from-step',
    'report-to-starfleet',
    '--replay-out',
    file('practice.replay.json'),
  ]);
  expect(practice.status).toBe(0);
  const record = JSON.parse(readFileSync(file('cut.replay.json'), 'utf8'));
  record.hashes[3][1] = '0123456789abcdef';
  writeFileSync(file('tampered.replay.json'), JSON.stringify(record));
  writeFileSync(file('notes.txt'), 'not a record');
}, 120_000);

describe('npm run lss', () => {
  it(
    'builds the category’s .lss from the records that verify and fit, naming the others',
    () => {
      const r = lss(
        '--category',
        'autopilot',
        file('s1.replay.json.gz'),
        file('s2.replay.json.gz'),
        file('cut.replay.json'),
        file('tampered.replay.json'),
        file('practice.replay.json'),
        file('notes.txt'),
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.err).toHaveLength(3);
      expect(r.err[0]).toMatch(
        /tampered\.replay\.json: skipped: it does not verify: diverged at tick \d+/,
      );
      expect(r.err[1]).toMatch(
        /practice\.replay\.json: skipped: it does not fit Autopilot: it is a practice run/,
      );
      expect(r.err[2]).toMatch(/notes\.txt: skipped: \$: not valid JSON/);
      const out = join(dir, 'Shutdown - Autopilot.lss');
      expect(r.out).toEqual([
        expect.stringMatching(
          /^wrote Shutdown - Autopilot\.lss: Autopilot, Normal, 3 attempts, personal best/,
        ),
      ]);
      const read = readLss(readFileSync(out, 'utf8'));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.run.attemptCount).toBe(3);
      expect(read.run.segments).toHaveLength(17);
      const pb = Math.min(igt['1']!, igt['2']!);
      expect(read.run.segments.at(-1)!.pb).toBe(pb);
      // Best segments come from every attempt: never slower than the PB's own segments.
      const pbSegments = read.run.segments.map(
        (s, i, all) => s.pb! - (i > 0 ? all[i - 1]!.pb! : 0),
      );
      read.run.segments.forEach((s, i) => {
        expect(s.best!).toBeLessThanOrEqual(pbSegments[i]!);
      });
      expect(read.run.segments[0]!.history).toHaveLength(3);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    '--out names the file; no fitting record writes nothing and exits 1',
    () => {
      const r = lss('--category', 'any%', '--out', file('mine.lss'), file('s1.replay.json.gz'));
      expect(r.status).toBe(1);
      expect(r.err[0]).toMatch(
        /s1\.replay\.json\.gz: skipped: it does not fit Any%: the autopilot played it/,
      );
      expect(r.err.at(-1)).toBe('no record fits Any%: nothing written');
      expect(existsSync(file('mine.lss'))).toBe(false);
      const ok = lss(
        '--category',
        'autopilot',
        '--out',
        file('mine.lss'),
        file('s1.replay.json.gz'),
      );
      expect(ok.status, ok.stderr).toBe(0);
      expect(readLss(readFileSync(file('mine.lss'), 'utf8')).ok).toBe(true);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses bad arguments in one line',
    () => {
      expectRefusedInOneLine(
        runCli('lss', ['--category', 'glitchless', 'x']),
        '--category must be one of any%, all-officers',
      );
      expectRefusedInOneLine(runCli('lss', ['x.replay.json']), '--category is required');
      expectRefusedInOneLine(
        runCli('lss', ['--category', 'any%']),
        'give at least one replay file',
      );
      expectRefusedInOneLine(
        runCli('lss', ['--category', 'any%', '--difficulty', 'hard', 'x']),
        '--difficulty must be one of normal, advanced, elite',
      );
      expectRefusedInOneLine(
        runCli('lss', ['--category', 'any%', '--speed', 'x']),
        "unknown option '--speed'",
      );
    },
    CLI_TEST_TIMEOUT,
  );
});
