/**
 * The broken-mission corpus: every file in `tests/fixtures/broken/` is a mission script with
 * one thing wrong, and `expected.json` names the JSON path `loadMission` must report for it and
 * a substring of the message. Most files are a valid fixture from `missions/fixtures/` with a
 * single edit, so the listed problem is the reason the file is rejected.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMission, MAX_SCRIPT_BYTES } from '../../src/mission/loader';

interface Expectation {
  path: string;
  message: string;
}

const corpusDir = new URL('../fixtures/broken/', import.meta.url);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(new URL(file, corpusDir), 'utf8');

const expected: Record<string, Expectation> = JSON.parse(read('expected.json'));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();

function problemsOf(text: string) {
  const result = loadMission(text);
  expect(result.ok, 'the script should be rejected').toBe(false);
  return result.ok ? [] : result.problems;
}

function expectProblem(text: string, want: Expectation) {
  const problems = problemsOf(text);
  const hit = problems.some((p) => p.path === want.path && p.message.includes(want.message));
  const got = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
  expect(hit, `no problem at ${want.path} containing "${want.message}"; got:\n${got}`).toBe(true);
}

describe('broken mission corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(corpus);
    for (const file of corpus) expect(file).toMatch(/^\d{2}-[a-z0-9-]+\.json$/);
    for (const want of Object.values(expected)) {
      expect(want.path).toMatch(/^\$/);
      expect(want.message.length).toBeGreaterThan(0);
    }
  });

  it('lists known bugs only for files in the corpus', () => {});

  for (const file of corpus) {
    it(`rejects ${file}`, () => {
      const want = expected[file];
      expect(want, `${file} has no entry in expected.json`).toBeDefined();
      expectProblem(read(file), want!);
    });
  }

  it('never throws, whatever the file holds', () => {
    for (const file of corpus) {
      expect(() => loadMission(read(file)), file).not.toThrow();
    }
  });

  it('does not let a __proto__ key reach Object.prototype', () => {
    const protoFiles = corpus.filter((f) => f.includes('proto-key'));
    expect(protoFiles.length).toBeGreaterThanOrEqual(1);
    for (const file of protoFiles) {
      expect(read(file)).toMatch(/"(__proto__|\\u005f_proto__)": \{ "polluted": true \}/);
      loadMission(read(file));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('script size limit', () => {
  const valid = readFileSync(
    new URL('../../missions/fixtures/counter.mission.json', import.meta.url),
    'utf8',
  );

  it('rejects a script over 1 MB at $ before parsing it', () => {
    const text = valid + ' '.repeat(MAX_SCRIPT_BYTES + 1 - valid.length);
    expect(text.length).toBe(MAX_SCRIPT_BYTES + 1);
    expectProblem(text, { path: '$', message: 'a mission script may be at most 1 MB' });
  });

  it('accepts a valid script of exactly the limit', () => {
    const text = valid + ' '.repeat(MAX_SCRIPT_BYTES - valid.length);
    expect(loadMission(text).ok).toBe(true);
  });

  // The limit is on UTF-8 bytes, not characters: 400,000 '€' are 1.2 MB on disk.
  it('rejects a script over 1 MB in UTF-8 bytes even if it has fewer characters', () => {
    const data = JSON.parse(valid);
    data.briefing.body = ['€'.repeat(400_000)];
    const text = JSON.stringify(data);
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(MAX_SCRIPT_BYTES);
    expectProblem(text, { path: '$', message: 'at most 1 MB' });
  });
});

describe('npm run check:missions', () => {
  const tsx = join(repoRoot, 'node_modules/.bin/tsx');
  const check = (...files: string[]) => {
    const run = spawnSync(tsx, ['src/cli/checkMissions.ts', ...files], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const lines = run.stdout.split('\n').filter((l) => l.length > 0);
    return { status: run.status, lines, stdout: run.stdout, stderr: run.stderr };
  };
  const corpusFile = (name: string) => `tests/fixtures/broken/${name}`;

  it('prints one FILE: PATH: message line per problem and exits 1', { timeout: 30_000 }, () => {
    const a = '61-counter-exceeds-spawns.json';
    const b = '44-dangling-zone-in-reach.json';
    const run = check(corpusFile(a), corpusFile(b));
    expect(run.status, run.stderr).toBe(1);
    expect(run.lines.length).toBeGreaterThanOrEqual(2);
    for (const line of run.lines) expect(line).toMatch(/^\S+: \$[^:]*: .+/);
    for (const name of [a, b]) {
      const want = expected[name]!;
      expect(run.lines).toContainEqual(
        expect.stringContaining(`${corpusFile(name)}: ${want.path}: `),
      );
    }
  });

  it('prints nothing and exits 0 for a valid script', { timeout: 30_000 }, () => {
    const run = check('missions/fixtures/counter.mission.json');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('prints one line and exits 1 for a missing file', { timeout: 30_000 }, () => {
    const missing = corpusFile('no-such-file.json');
    const run = check(missing);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toContain(missing);
    expect(run.lines[0]).toContain('not found');
  });
});
