/** `npm run sim -- --from-step ID`, with --json, --max-ticks and --replay-out, as a user runs it. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, expectRefusedInOneLine, runCli } from '../cli/runCli';
import { script } from '../sim/simHelpers';

const dir = mkdtempSync(join(tmpdir(), 'shutdown-practice-'));
// The CLI keeps start states on disk between runs: here in this test's own folder (the CLI
// runs as a child process, which inherits the variable; put back after, for other files).
const cacheDir = join(dir, 'cache');
const cacheBefore = process.env.SHUTDOWN_PRACTICE_CACHE;
beforeAll(() => {
  process.env.SHUTDOWN_PRACTICE_CACHE = cacheDir;
});
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.SHUTDOWN_PRACTICE_CACHE;
  else process.env.SHUTDOWN_PRACTICE_CACHE = cacheBefore;
});

describe('npm run sim -- --from-step', () => {
  it(
    'starts at the step, times it, and writes a practice record that verifies',
    () => {
      const out = join(dir, 'deception.replay.json.gz');
      const r = runCli('sim', [
        '--seed',
        '4',
        '--from-step',
        'deception',
        '--json',
        '--replay-out',
        out,
      ]);
      expect(r.status, r.stderr).toBe(0);
      const summary = JSON.parse(r.out.at(-1)!);
      expect(summary.completed).toBe(true);
      expect(summary.practice.stepId).toBe('deception');
      expect(summary.practice.startTick).toBeGreaterThan(0);
      // The steps before it were done by the bot before the start state: no practice time there.
      const last = summary.objectives.find(
        (o: { id: string }) => o.id === 'deception-lower-security-field',
      );
      expect(summary.practice.stepTicks).toBe(last.completedAtTick - summary.practice.startTick);
      expect(summary.practice.stepTime).toMatch(/^\d\d:\d\d\.\d{3}$/);
      // The same seed straight through ends in the same state: the start state is the bot's own.
      const straight = runCli('sim', ['--seed', '4', '--json']);
      expect(JSON.parse(straight.out.at(-1)!).stateHash).toBe(summary.stateHash);
      const v = runCli('verify', [out, '--json']);
      expect(v.status, v.stdout).toBe(0);
      const file = JSON.parse(v.out.at(-1)!).files[0];
      expect(file).toMatchObject({ verified: true, stateHash: summary.stateHash });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'with --max-ticks stops that many ticks into the step (exit 2); the step unfinished has no time; the record verifies',
    () => {
      const out = join(dir, 'cut.replay.json');
      const r = runCli('sim', [
        '--seed',
        '4',
        '--from-step',
        'innocent-victims',
        '--max-ticks',
        '1000',
        '--json',
        '--replay-out',
        out,
      ]);
      expect(r.status, r.stderr).toBe(2);
      const summary = JSON.parse(r.out.at(-1)!);
      // The cap counts from the practised step's start, not from the mission's.
      expect(summary.completed).toBe(false);
      expect(summary.ticks).toBe(summary.practice.startTick + 1000);
      expect(summary.practice).toMatchObject({ stepId: 'innocent-victims', stepTicks: null });
      const v = runCli('verify', [out]);
      expect(v.status, v.stdout).toBe(0);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'keeps start states on disk for the next run; a spoilt one is made again',
    () => {
      const args = ['--seed', '6', '--from-step', 'the-best-defense', '--json'];
      const first = runCli('sim', args);
      expect(first.status, first.stderr).toBe(0);
      const files = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
      expect(files.length).toBeGreaterThan(0);
      const hash = JSON.parse(first.out.at(-1)!).stateHash;
      const again = runCli('sim', args);
      expect(JSON.parse(again.out.at(-1)!).stateHash).toBe(hash);
      // Spoilt files: first not JSON at all, then a state that cannot be restored. Each time
      // the run makes the state again and ends as before.
      const keys = files.map((f) => {
        const path = join(cacheDir, f);
        return { path, key: JSON.parse(readFileSync(path, 'utf8')).key as string };
      });
      const spoil = (how: (key: string) => string) => {
        for (const { path, key } of keys) writeFileSync(path, how(key));
        const r = runCli('sim', args);
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.out.at(-1)!).stateHash).toBe(hash);
      };
      spoil(() => '{"key": ');
      spoil((key) => JSON.stringify({ key, snapshot: { version: 1 } }));
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'refuses an unknown step in one line naming every step, and bad or misplaced values',
    () => {
      const r = runCli('sim', ['--from-step', 'warp-core', '--json']);
      expectRefusedInOneLine(r, "no step 'warp-core'");
      for (const s of script.steps) expect(r.err[0]).toContain(s.id);
      expectRefusedInOneLine(runCli('sim', ['--from-step']), '--from-step needs a value');
      expectRefusedInOneLine(
        runCli('sim', ['--max-ticks', '0']),
        '--max-ticks must be a whole number',
      );
      expectRefusedInOneLine(
        runCli('sim', ['--max-ticks', '1e3']),
        '--max-ticks must be a whole number',
      );
    },
    CLI_TEST_TIMEOUT,
  );
});
