#!/usr/bin/env node
/**
 * Runs a command-line tool from src/cli: `node scripts/cli.mjs sim --seed 1`.
 *
 * The entry is bundled with esbuild first (a few tens of milliseconds) instead of being run
 * through an on-the-fly TypeScript loader: such loaders keep function names by wrapping every
 * closure, which made the simulation several times slower than the same code in the browser
 * bundle, and benchmark figures would measure the loader rather than the game.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const tools = ['checkMissions', 'genSchema', 'sim', 'bench', 'benchValidator', 'verify', 'lss'];
if (!tools.includes(name)) {
  console.error(`usage: node scripts/cli.mjs <${tools.join('|')}> [args…]`);
  process.exit(1);
}
const outDir = join(root, 'node_modules', '.cache', 'shutdown-cli');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${name}.mjs`);
const built = await build({
  entryPoints: [join(root, 'src', 'cli', `${name}.ts`)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  write: false,
  logLevel: 'warning',
});
// Written beside the target and renamed over it: several tools (or test files) may build the
// same entry at once, and a reader must never see a half-written bundle.
const partial = join(outDir, `${name}.${process.pid}.partial.mjs`);
writeFileSync(partial, built.outputFiles[0].contents);
renameSync(partial, outfile);
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
