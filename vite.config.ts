import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { missionPlugin } from './build/missionPlugin.js';
import { titlePreload } from './build/titlePreload.js';
import { zodMiniCopy } from './build/zodMiniCopy.js';

// A trimmed Phaser (see build/phaser-custom.js): the full build is 357 KB gzipped, this one fits
// the 450 KB start-up budget with the game's own code. The feature flags are the ones Phaser's
// own build defines; Phaser's sound system is left out (the game synthesizes its own).
const phaserCustom = fileURLToPath(new URL('./build/phaser-custom.js', import.meta.url));

// The version of the painted art (src/render/art): pictures kept from another version are not
// used (src/render/artCache.ts).
const artDir = fileURLToPath(new URL('./src/render/art/', import.meta.url));
const artVersion = createHash('sha256')
  .update(
    readdirSync(artDir)
      .sort()
      .map((f) => readFileSync(artDir + f, 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 12);

// Vite 8 bundles with Rolldown: chunking lives in `build.rolldownOptions.output.codeSplitting`
// (the Rollup-era `rollupOptions` / `manualChunks` are deprecated aliases).
export default defineConfig({
  plugins: [
    missionPlugin(fileURLToPath(new URL('./missions', import.meta.url))),
    zodMiniCopy(),
    titlePreload('src/app/titleApp.ts'),
  ],
  resolve: {
    alias: [{ find: /^phaser$/, replacement: phaserCustom }],
  },
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify(true),
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof EXPERIMENTAL': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    // Phaser's source entry assigns `global.Phaser`.
    global: 'globalThis',
    __ART_VERSION__: JSON.stringify(artVersion),
  },
  build: {
    target: 'es2022',
    // Read by scripts/bundleSize.mjs (the download budgets in the tests and the web bench).
    manifest: true,
    // Phaser is one ~1.2 MB module (no tree-shaking); it gets its own long-cacheable chunk.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Whole bot missions run in some tests: on a busy 2-core machine they take seconds.
    testTimeout: 60_000,
  },
});
