/**
 * Bundles the leaderboard server's Node entries (src/server: main, worker, verifyThread,
 * bench) with esbuild into node_modules/.cache/shutdown-server, as scripts/cli.mjs does for
 * the tools (a TypeScript loader would slow the simulation down). Each file is written beside
 * its target and renamed over it, so a process starting at the same time never reads half a
 * bundle.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const serverOutDir = join(root, 'node_modules', '.cache', 'shutdown-server');
export const ENTRIES = ['main', 'worker', 'verifyThread', 'bench'];

export async function buildServer() {
  mkdirSync(serverOutDir, { recursive: true });
  const built = await build({
    entryPoints: ENTRIES.map((e) => join(root, 'src', 'server', `${e}.ts`)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: serverOutDir,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'warning',
  });
  for (const file of built.outputFiles) {
    const target = join(serverOutDir, basename(file.path));
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, target);
  }
  return serverOutDir;
}
