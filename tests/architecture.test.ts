/**
 * Guards the layer boundaries of ARCHITECTURE.md: imports point one way, phaser lives only in
 * src/render, and the pure layers use no clock, no Math.random and no engine-dependent maths.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;

const ALLOWED: Record<string, string[]> = {
  core: [],
  mission: ['core'],
  sim: ['core', 'mission'],
  session: ['core', 'mission', 'sim'],
  render: ['core', 'session'],
  store: ['session', 'mission', 'core'],
  ui: ['store', 'core'],
  persist: ['store', 'core'],
  speedrun: ['core', 'mission', 'sim', 'session'],
  app: ['core', 'mission', 'sim', 'session', 'render', 'store', 'ui', 'persist', 'speedrun'],
  cli: ['core', 'mission', 'sim', 'session', 'speedrun'],
  server: ['core', 'mission', 'sim', 'session', 'speedrun'],
};
/** The composition root: the one top-level file, which may import every layer. */
const ROOT_FILES = ['main.ts'];
const PACKAGES: Record<string, string[]> = {
  core: [],
  mission: ['zod'],
  sim: [],
  session: ['zod'],
  render: ['phaser', 'virtual:phaser/canvas', 'virtual:phaser/webgl'],
  store: ['zustand', 'zustand/vanilla', 'zustand/middleware'],
  ui: ['lit-html', 'lit-html/directives/keyed.js', 'lit-html/directives/repeat.js'],
  // No schema library: the save check (persist/saveCheck.ts) is in the title's first download.
  persist: ['idb-keyval'],
  speedrun: ['zod'],
  app: ['idb-keyval'],
  cli: [
    'node:fs',
    'node:path',
    'node:process',
    'node:perf_hooks',
    'node:url',
    'node:util',
    'node:v8',
    'node:zlib',
  ],
  server: [
    '@electric-sql/pglite',
    '@fastify/rate-limit',
    '@fastify/swagger',
    'fastify',
    'pg',
    'pg-boss',
    'node:child_process',
    'node:crypto',
    'node:fs',
    'node:os',
    'node:path',
    'node:url',
    'node:util',
    'node:worker_threads',
    'node:zlib',
  ],
};
const PURE = ['core', 'mission', 'sim', 'session', 'speedrun'];
const BANNED = [
  /\bMath\.random\b/,
  /\bDate\.now\b/,
  /\bnew Date\b/,
  /\bperformance\.now\b/,
  /\bsetTimeout\b/,
  /\bsetInterval\b/,
  /\brequestAnimationFrame\b/,
  /\bMath\.(sin|cos|tan|asin|acos|atan|atan2|exp|expm1|log|log2|log10|pow|hypot|cbrt|sinh|cosh|tanh)\b/,
  /\*\*/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.ts$/.test(name) ? [full] : [];
  });
}

const stripComments = (src: string) =>
  src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const importsOf = (src: string) =>
  [
    ...src.matchAll(
      /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);

describe('architecture', () => {
  const all = files(root);

  it('every import respects the layer table', () => {
    const violations: string[] = [];
    for (const file of all) {
      const rel = relative(root, file);
      const layer = rel.includes('/') ? rel.split('/')[0]! : null;
      if (layer === null) {
        // Only the composition root lives at the top, and it may import everything.
        if (!ROOT_FILES.includes(rel)) violations.push(`${rel} is outside every layer`);
        continue;
      }
      if (!(layer in ALLOWED)) violations.push(`${rel} is in an unknown layer '${layer}'`);
      const src = readFileSync(file, 'utf8');
      for (const spec of importsOf(src)) {
        if (spec.startsWith('.')) {
          const target = relative(root, join(file, '..', spec));
          const targetLayer = target.split('/')[0]!;
          if (target.startsWith('..')) violations.push(`${rel} reaches outside src: ${spec}`);
          else if (targetLayer !== layer && !ALLOWED[layer]?.includes(targetLayer)) {
            violations.push(`${rel} imports ${targetLayer}/ (${spec})`);
          }
        } else if (!PACKAGES[layer]?.includes(spec)) {
          violations.push(`${rel} imports package '${spec}'`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('phaser is imported only in src/render', () => {
    const stray = all.filter(
      (f) =>
        !relative(root, f).startsWith('render/') &&
        /from\s+['"]phaser['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(stray.map((f) => relative(root, f))).toEqual([]);
  });

  it('the pure layers use no clock, no Math.random and no engine-dependent maths', () => {
    const found: string[] = [];
    for (const file of all) {
      const rel = relative(root, file);
      if (!PURE.includes(rel.split('/')[0]!)) continue;
      const lines = stripComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const re of BANNED) if (re.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the checks can fail: a forbidden line is caught', () => {
    expect(BANNED.some((re) => re.test('const a = Math.sin(x);'))).toBe(true);
    expect(BANNED.some((re) => re.test('const a = Math.sqrt(x);'))).toBe(false);
    expect(importsOf("import Phaser from 'phaser';\nexport { x } from '../sim/world';")).toEqual([
      'phaser',
      '../sim/world',
    ]);
  });
});
