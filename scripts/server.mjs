#!/usr/bin/env node
/**
 * `npm run server` / `npm run worker` / `npm run bench:server`: bundles src/server and runs
 * the entry. The server builds the game first when dist/ has no index.html.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, ENTRIES, root } from './buildServer.mjs';

const [name, ...args] = process.argv.slice(2);
if (!ENTRIES.includes(name) || name === 'verifyThread') {
  console.error('usage: node scripts/server.mjs <main|worker|bench> [args…]');
  process.exit(1);
}
// BUILD_GAME=0 (tests) serves whatever DIST_DIR holds, or only the API when it holds nothing.
if (name === 'main' && process.env.BUILD_GAME !== '0') {
  const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`leaderboard: ${dist} has no built game: building it first (vite build)…`);
    const r = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--outDir', dist], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
const outDir = await buildServer();
process.argv = [process.argv[0], join(outDir, `${name}.mjs`), ...args];
await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
