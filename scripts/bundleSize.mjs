/**
 * Gzipped sizes of the JavaScript a build makes the browser load, read from Vite's manifest
 * (`build.manifest`): `start` is the entry, the title (src/app/titleApp.ts, which the entry
 * imports at once) and every chunk they import statically: all that runs before the title is
 * interactive; `playable` adds the game (src/app/gameApp.ts, imported once the title is up), its
 * static imports and the Phaser build the game runs on here (the Canvas-only one, which the game
 * picks without hardware WebGL: src/render/rendererChoice.ts): all that runs before the first
 * space scene can be played. `playableWebgl` is the same with the WebGL build instead. Used by
 * tests/build/bundle.test.ts and `npm run bench:web`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TITLE_MODULE = 'src/app/titleApp.ts';
export const GAME_MODULE = 'src/app/gameApp.ts';
export const PHASER_CANVAS = 'phaser-canvas';
export const PHASER_WEBGL = 'phaser-webgl';

/** The chunk keys `key` loads before it runs: itself and its static imports, transitively. */
function staticGraph(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) staticGraph(manifest, k, seen);
  return seen;
}

export function bundleSizes(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('the manifest names no entry');
  for (const m of [TITLE_MODULE, GAME_MODULE, PHASER_CANVAS, PHASER_WEBGL])
    if (!manifest[m]) throw new Error(`${m} is not a chunk of its own`);
  const gz = (keys) => {
    const files = Object.fromEntries(
      [...keys]
        .map((k) => manifest[k].file)
        .filter((f) => f.endsWith('.js'))
        .map((f) => [f, gzipSync(readFileSync(join(distDir, f))).length]),
    );
    return { bytes: Object.values(files).reduce((a, b) => a + b, 0), files };
  };
  const start = staticGraph(manifest, TITLE_MODULE, staticGraph(manifest, entry));
  const game = staticGraph(manifest, GAME_MODULE, new Set(start));
  const playable = staticGraph(manifest, PHASER_CANVAS, new Set(game));
  const playableWebgl = staticGraph(manifest, PHASER_WEBGL, new Set(game));
  return { start: gz(start), playable: gz(playable), playableWebgl: gz(playableWebgl) };
}
