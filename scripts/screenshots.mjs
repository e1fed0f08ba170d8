#!/usr/bin/env node
/**
 * `npm run screenshots`: runs the browser tests that take the README's pictures with
 * SHUTDOWN_DOCS=1, so they are written to docs/ (plain `npm test` writes them to test-results/
 * and leaves the work tree clean).
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const run = spawnSync(
  'node_modules/.bin/playwright',
  [
    'test',
    'tests/e2e/game.spec.ts',
    'tests/e2e/title.spec.ts',
    'tests/e2e/captains.spec.ts',
    'tests/e2e/replays.spec.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, SHUTDOWN_DOCS: '1' } },
);
process.exit(run.status ?? 1);
