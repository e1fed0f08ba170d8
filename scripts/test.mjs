#!/usr/bin/env node
/**
 * `npm test`: lint, type check, unit/property/golden tests, then the end-to-end tests in a real
 * Chromium (installed first when none is found). Stops at the first failing stage.
 */
import { spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const stages = [
  ['lint', bin('biome'), ['check', '.']],
  ['types', bin('tsc'), ['--noEmit']],
  ['unit', bin('vitest'), ['run']],
  ['browser', process.execPath, ['scripts/ensure-chromium.mjs']],
  ['e2e', bin('playwright'), ['test']],
];

for (const [name, cmd, args] of stages) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${name} failed after ${secs}s (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs}s)`);
}
