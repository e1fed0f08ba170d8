#!/usr/bin/env node
/**
 * Runs a command-line tool from src/cli: `node scripts/cli.mjs sim --seed 1`.
 *
 * The entry is bundled with esbuild first instead of being run through an on-the-fly
 * TypeScript loader: such loaders keep function names by wrapping every closure, which made the
 * simulation several times slower than the same code in the browser bundle, and benchmark
 * figures would measure the loader rather than the game.
 *
 * The bundle is kept and used again while its inputs are unchanged: its last line lists the
 * source files it was made from with a hash of their contents (and of this launcher), checked
 * on every start. Loading esbuild and bundling take about 0.3 s here, most of a short tool's
 * run (the test suite starts the tools about a hundred times).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const [name, ...args] = process.argv.slice(2);
const tools = ['checkMissions', 'genSchema', 'sim', 'bench', 'benchValidator', 'verify', 'lss'];
if (!tools.includes(name)) {
  console.error(`usage: node scripts/cli.mjs <${tools.join('|')}> [args…]`);
  process.exit(1);
}
const outDir = join(root, 'node_modules', '.cache', 'shutdown-cli');
const outfile = join(outDir, `${name}.mjs`);
const MARK = '\n//# shutdown-cli-inputs ';

/** A hash of this launcher and of the files (relative to the root), or null when one is gone. */
function inputsHash(files) {
  const hash = createHash('sha256').update(readFileSync(self));
  for (const file of files) {
    let text;
    try {
      text = readFileSync(join(root, file));
    } catch {
      return null;
    }
    hash.update(`\0${file}\0`).update(text);
  }
  return hash.digest('hex');
}

/** True when the kept bundle was made from the source files as they are now. */
function upToDate() {
  let text;
  try {
    text = readFileSync(outfile, 'utf8');
  } catch {
    return false;
  }
  const at = text.lastIndexOf(MARK);
  if (at < 0) return false;
  try {
    const { files, hash } = JSON.parse(text.slice(at + MARK.length));
    return Array.isArray(files) && files.length > 0 && inputsHash(files) === hash;
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const { build } = await import('esbuild');
  const built = await build({
    entryPoints: [join(root, 'src', 'cli', `${name}.ts`)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const files = Object.keys(built.metafile.inputs).sort();
  const hash = inputsHash(files);
  const code = built.outputFiles[0].text;
  // Written beside the target and renamed over it: several tools (or test files) may build the
  // same entry at once, and a reader must never see a half-written bundle.
  mkdirSync(outDir, { recursive: true });
  const partial = join(outDir, `${name}.${process.pid}.partial.mjs`);
  writeFileSync(partial, hash ? `${code}${MARK}${JSON.stringify({ files, hash })}\n` : code);
  renameSync(partial, outfile);
}
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
