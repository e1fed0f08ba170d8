/**
 * Two builds of the trimmed Phaser (build/phaser-custom.cjs), and the game loads only the one it
 * runs on: `virtual:phaser/canvas` (the Canvas renderer alone, what the game picks on a machine
 * without hardware WebGL) and `virtual:phaser/webgl` (both renderers). Phaser chooses its
 * renderers with `typeof WEBGL_RENDERER`-style flags at build time, and one Vite build can give
 * a module only one value for them, so each build is bundled here by esbuild with its own flags
 * and handed to Vite as one module (its own chunk, through a dynamic import).
 *
 * The render code keeps `import Phaser from 'phaser'`: Vite resolves that to
 * build/phaserShim.js, which hands out the build src/render/loadPhaser.ts loaded before the render
 * code ran. Types still come from the phaser package.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:phaser/';
const BUILDS: Record<string, { webgl: boolean }> = {
  canvas: { webgl: false },
  webgl: { webgl: true },
};

/** Phaser's build flags, as its own webpack build defines them (`typeof FLAG` → value). */
function flags(webgl: boolean): Record<string, boolean> {
  return {
    CANVAS_RENDERER: true,
    WEBGL_RENDERER: webgl,
    WEBGL_DEBUG: false,
    EXPERIMENTAL: false,
    FEATURE_SOUND: false,
    PLUGIN_CAMERA3D: false,
    PLUGIN_FBINSTANT: false,
  };
}

/** Bundles the trimmed Phaser with one set of flags into a single ES module's text. */
const mathSlim = fileURLToPath(new URL('./phaserMath.cjs', import.meta.url));
const leftOut = fileURLToPath(new URL('./phaserLeftOut.cjs', import.meta.url));
const rendererEvents = fileURLToPath(new URL('./phaserRendererEvents.cjs', import.meta.url));
/** WebGL render nodes of no use to the game: filters, lights, strips, meshes, tilemaps. */
const UNUSED_NODES =
  /^\.\/(filters\/Filter[A-Za-z]+|BatchHandler(PointLight|Strip)|submitter\/Submitter(Tile|TilemapGPULayer|MeshToQuad)|transformer\/TransformerTile)$/;

export async function bundlePhaser(entry: string, webgl: boolean): Promise<string> {
  const values = flags(webgl);
  const pattern = new RegExp(`typeof (${Object.keys(values).join('|')})\\b`, 'g');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // Drops the branches the flags turn off (minified whitespace and names are Vite's job).
    minifySyntax: true,
    define: { global: 'globalThis' },
    plugins: [
      {
        name: 'phaser-flags',
        setup(b) {
          // Phaser's core takes only the random generator of Phaser.Math (build/phaserMath.cjs).
          b.onResolve({ filter: /^(\.\.\/)+math\/?$/ }, (args) =>
            /[\\/]phaser[\\/]src[\\/](core|utils[\\/]object)$/.test(args.resolveDir)
              ? { path: mathSlim }
              : undefined,
          );
          // The WebGL batch handler takes only the renderer's events of Phaser.Renderer
          // (build/phaserRendererEvents.cjs), not the index of every shader and render node.
          b.onResolve({ filter: /^\.\.\/\.\.\/\.\.\/renderer$/ }, (args) =>
            /[\\/]renderer[\\/]webgl[\\/]renderNodes$/.test(args.resolveDir)
              ? { path: rendererEvents }
              : undefined,
          );
          // Render nodes the game never draws with (build/phaserLeftOut.cjs): Phaser makes each
          // only when something first draws with it, and these bring their shaders along.
          b.onResolve({ filter: UNUSED_NODES }, (args) =>
            /[\\/]renderNodes[\\/]RenderNodeManager\.js$/.test(args.importer)
              ? { path: leftOut }
              : undefined,
          );
          // The game uses no filters (WebGL post-processing): a camera's empty filter lists
          // need only their names (build/phaserLeftOut.cjs).
          b.onResolve({ filter: /^\.\.\/\.\.\/filters\// }, (args) =>
            /[\\/]gameobjects[\\/]components$/.test(args.resolveDir)
              ? { path: leftOut }
              : undefined,
          );
          b.onLoad(
            {
              filter:
                /[\\/]phaser[\\/]src[\\/].*\.js$|phaser(-custom|Math|LeftOut|RendererEvents)\.cjs$/,
            },
            async (args) => {
              const text = await readFile(args.path, 'utf8');
              return {
                contents: text.replace(pattern, (_m, flag: string) => String(values[flag])),
                loader: 'js',
              };
            },
          );
        },
      },
    ],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild made no output for ${entry}`);
  return file.text;
}

export function phaserBuilds(entry: string): Plugin {
  const cache = new Map<string, Promise<string>>();
  return {
    name: 'phaser-builds',
    enforce: 'pre',
    resolveId(source) {
      // Named so that the chunk is `phaser-<build>-<hash>.js`.
      return source.startsWith(PREFIX) && source.slice(PREFIX.length) in BUILDS
        ? `\0phaser-${source.slice(PREFIX.length)}`
        : null;
    },
    load(id) {
      if (!id.startsWith('\0phaser-')) return null;
      const name = id.slice('\0phaser-'.length);
      const b = BUILDS[name];
      if (!b) return null;
      let text = cache.get(name);
      if (!text) {
        text = bundlePhaser(entry, b.webgl);
        cache.set(name, text);
      }
      return text;
    },
  };
}
