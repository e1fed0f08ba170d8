import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The leaderboard in the browser against `npm run server` (the game served by the leaderboard
 * itself, on PW_PORT, default 4183, with a fresh PGlite folder in the OS temp dir):
 * `npm run test:e2e:server`.
 */
const port = Number(process.env.PW_PORT ?? 4183);
const dataDir = join(tmpdir(), `shutdown-pw-leaderboard-${process.pid}`);

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-server',
  timeout: 180_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  projects: [base.projects![0]!],
  webServer: {
    command: `rm -rf ${dataDir} && node_modules/.bin/vite build && PORT=${port} DATA_DIR=${dataDir} VERIFY_THREADS=1 node scripts/server.mjs main`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
