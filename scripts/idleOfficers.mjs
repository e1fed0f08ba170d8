#!/usr/bin/env node
/**
 * Measures what the bridge officers do alone: for each seed, `npm run sim -- --seed N --policy
 * idle --from-step deception --max-ticks 18000 --json` (five minutes of Deception with an idle
 * captain), and how many of the ten insurgent groups were defeated.
 * `node scripts/idleOfficers.mjs [FIRST] [LAST] [DIFFICULTY]` (default 1 100 normal); the last
 * line is JSON: {seeds, max, mean, perSeed}. Issue 12's target: max ≤ 2.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [first = '1', last = '100', difficulty = 'normal'] = process.argv.slice(2);
const perSeed = {};
for (let seed = Number(first); seed <= Number(last); seed++) {
  const out = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/cli.mjs'),
      'sim',
      '--seed',
      String(seed),
      '--difficulty',
      difficulty,
      '--policy',
      'idle',
      '--from-step',
      'deception',
      '--max-ticks',
      '18000',
      '--json',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const summary = JSON.parse(out.stdout.trim().split('\n').at(-1));
  const groups = summary.objectives.find((o) => o.id === 'defeat-insurgent-groups');
  perSeed[seed] = groups.progress;
  console.error(`seed ${seed}: ${groups.progress}/${groups.count}`);
}
const values = Object.values(perSeed);
console.log(
  JSON.stringify({
    difficulty,
    seeds: values.length,
    max: Math.max(...values),
    mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
    perSeed,
  }),
);
