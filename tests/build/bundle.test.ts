/**
 * The download budgets of issue 13, exact (byte counts, not timings): the JavaScript that runs
 * before the title is interactive, and all of it up to a playable space scene. Builds the game
 * into a scratch directory (the tree is not touched).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSizes } from '../../scripts/bundleSize.mjs';

const KB = 1024;
/** Issue 13: the title's first download. */
const START_BUDGET = 60 * KB;
/**
 * Issue 13: all JavaScript up to a playable space scene on the renderer the game picks here
 * (Canvas: no hardware WebGL): the entry, the title, the game and the Canvas-only Phaser build.
 * The checks of records and snapshots (the schema library) and the LiveSplit files load later.
 */
const PLAYABLE_BUDGET = 260 * KB;
/** The same with the WebGL build of Phaser (a machine with hardware WebGL): see below. */
const WEBGL_PLAYABLE_LIMIT = 290 * KB;

describe('download budgets', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'shutdown-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('the title comes from a small first download; the game loads after it', async () => {
    // Vitest runs with NODE_ENV=test, which Vite would build into the libraries' dev branches.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let output: Awaited<ReturnType<typeof build>>;
    try {
      output = await build({
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = env;
    }
    const { start, playable, playableWebgl } = bundleSizes(outDir);
    console.log(
      `start ${start.bytes} B gz ${JSON.stringify(start.files)}; playable ${playable.bytes} B gz ${JSON.stringify(playable.files)}; with WebGL ${playableWebgl.bytes} B gz`,
    );
    expect(start.bytes).toBeLessThanOrEqual(START_BUDGET);
    // Nothing of the game is in the first download.
    expect(Object.keys(start.files).some((f) => /phaser|gameApp/.test(f))).toBe(false);
    expect(playable.bytes).toBeLessThanOrEqual(PLAYABLE_BUDGET);
    // The Canvas game downloads one Phaser build, without the WebGL renderer.
    const phaser = Object.keys(playable.files).filter((f) => /phaser/.test(f));
    expect(phaser).toHaveLength(1);
    expect(phaser[0]).toMatch(/phaser-canvas/);
    expect(playableWebgl.bytes - playable.bytes).toBeGreaterThan(25 * KB);
    // With hardware WebGL the game loads the build with both renderers: over the 260 KB the
    // issue sets for the renderer picked here, and held where it is (it was 309 KB before
    // the shaders and render nodes the game never draws with were left out).
    expect(playableWebgl.bytes).toBeLessThanOrEqual(WEBGL_PLAYABLE_LIMIT);
    // Issue 13: no schema library before the title: the save is checked by plain code
    // (src/persist/saveCheck.ts), zod comes with the first record or snapshot. Checked twice:
    // by the modules the bundler put in each file, and by zod's marks in the files' text.
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
      'output' in o ? o.output : [],
    );
    const modulesOf = (file: string) => {
      const chunk = chunks.find((c) => c.fileName === file);
      if (chunk?.type !== 'chunk') throw new Error(`${file} is not in the build output`);
      return chunk.moduleIds;
    };
    const isZod = (id: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(id);
    const zodMarks = /\$Zod[A-Z]|\b_zod\b|ZodError/;
    const { readFileSync } = await import('node:fs');
    for (const f of Object.keys(start.files)) {
      expect(modulesOf(f).filter(isZod), f).toEqual([]);
      expect(readFileSync(join(outDir, f), 'utf8'), f).not.toMatch(zodMarks);
    }
    // The test can see zod where it is: in the checks loaded on first need.
    expect(chunks.some((c) => c.type === 'chunk' && c.moduleIds.some(isZod))).toBe(true);
    // The game's own download carries no schema library either: the checks of records and
    // snapshots (zod) come with the first record or snapshot.
    for (const f of Object.keys(playable.files)) {
      expect(modulesOf(f).filter(isZod), f).toEqual([]);
      expect(readFileSync(join(outDir, f), 'utf8'), f).not.toMatch(zodMarks);
    }
  }, 120_000);
});
