import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { missionPlugin } from './build/missionPlugin.js';
import { phaserBuilds } from './build/phaserBuilds.js';
import { titlePreload } from './build/titlePreload.js';

/**
 * The slowest test files first (they were last in path order, tests/server/), so the two
 * workers finish together instead of one running a long file alone at the end. Vitest orders
 * by the durations it cached when it has them; a fresh clone (CI) has none. Measured there
 * before this: the unit stage took 136 s for 219 s of tests over two workers.
 */
const SLOW_FIRST = [
  'tests/server/postgres.test.ts',
  'tests/server/recovery.test.ts',
  'tests/server/api.test.ts',
  'tests/session/validateSnapshot.test.ts',
  'tests/speedrun/practiceCli.test.ts',
  'tests/cli/args.test.ts',
  'tests/speedrun/lssCli.test.ts',
  'tests/cli/checkMissions.test.ts',
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((path) => f.moduleId.replaceAll('\\', '/').endsWith(path));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // Stable: the rest keep the order Vitest gives them.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// A trimmed Phaser (build/phaser-custom.cjs) in two builds, Canvas-only and with WebGL
// (build/phaserBuilds.ts); the render code's `import Phaser from 'phaser'` reads the one the
// game loaded (build/phaserShim.js). Phaser's sound system is left out (the game synthesizes
// its own).
const phaserCustom = fileURLToPath(new URL('./build/phaser-custom.cjs', import.meta.url));
const phaserShim = fileURLToPath(new URL('./build/phaserShim.js', import.meta.url));

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

export default defineConfig({
  plugins: [
    phaserBuilds(phaserCustom),
    missionPlugin(fileURLToPath(new URL('./missions', import.meta.url))),
    titlePreload('src/app/titleApp.ts'),
  ],
  resolve: {
    alias: [{ find: /^phaser$/, replacement: phaserShim }],
  },
  define: {
    __ART_VERSION__: JSON.stringify(artVersion),
  },
  build: {
    target: 'es2022',
    // Read by scripts/bundleSize.mjs (the download budgets in the tests and the web bench).
    manifest: true,
    // Each Phaser build is one module (no tree-shaking), in a long-cacheable chunk of its own.
    chunkSizeWarningLimit: 1400,
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
    setupFiles: ['tests/setup.ts'],
    // Vitest's default is one worker less than the cores: one here. The slow files (bot runs,
    // child servers, the CLI) keep two busy, which takes the unit stage from ~260 s to about
    // half. The one PostgreSQL file is alone in using its database.
    maxWorkers: 2,
    // Test files run one after another in the same two workers, on modules already loaded: a
    // fresh process per file spent about a second each (81 files) loading Vitest, the schema
    // library and the simulation again before any test ran. So a file must leave what it
    // changes outside itself (globals, the environment, module state) as it found it; the
    // suite passes with the files in any order (`--sequence.shuffle.files`).
    isolate: false,
    environment: 'node',
    sequence: { sequencer: SlowFirstSequencer },
    // Whole bot missions run in some tests: on a busy 2-core machine they take seconds.
    testTimeout: 60_000,
  },
});
