/** `npm run sim --replay-out` and `npm run verify`, run as a user would (bundled CLIs). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'shutdown-verify-'));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: root, encoding: 'utf8' });

const gz = join(dir, 'seed4.replay.json.gz');
const plain = join(dir, 'seed4.replay.json');
let simHash = '';
let simIgt = '';

beforeAll(() => {
  const r = cli('sim', '--seed', '4', '--json', '--replay-out', gz);
  expect(r.status).toBe(0);
  const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  simHash = summary.stateHash;
  simIgt = summary.igt;
  writeFileSync(plain, gunzipSync(readFileSync(gz)));
}, 60_000);

describe('npm run verify', () => {
  it('verifies gzipped and plain records alike, with the line and the JSON the issue names', () => {
    expect(readFileSync(gz).length).toBeLessThan(20_000);
    const r = cli('verify', gz, plain, '--json');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^${gz}: verified ${simIgt.replace('.', '\\.')} \\(\\d+ ticks\\)$`),
    );
    expect(lines[1]).toMatch(/seed4\.replay\.json: verified/);
    const json = JSON.parse(lines.at(-1)!);
    expect(json.files).toHaveLength(2);
    for (const f of json.files) {
      expect(Object.keys(f)).toEqual([
        'file',
        'verified',
        'igtTicks',
        'igt',
        'splits',
        'stateHash',
      ]);
      expect(f).toMatchObject({ verified: true, igt: simIgt, stateHash: simHash });
      expect(f.splits).toHaveLength(17);
      expect(f.splits[0]).toEqual({ id: expect.any(String), tick: expect.any(Number) });
    }
  });

  it('exit 1 with one line per bad file: diverged, other version, schema problem, missing', () => {
    const record = JSON.parse(readFileSync(plain, 'utf8'));
    const diverged = structuredClone(record);
    const i = diverged.commands.findIndex(
      (c: [number, { type: string }]) => c[1].type === 'throttle',
    );
    diverged.commands[i][1].value = diverged.commands[i][1].value > 0.5 ? 0 : 1;
    writeFileSync(join(dir, 'diverged.replay.json'), JSON.stringify(diverged));
    const version = structuredClone(record);
    version.game.simVersion = 99;
    writeFileSync(join(dir, 'version.replay.json'), JSON.stringify(version));
    const schema = structuredClone(record);
    schema.run.seed = -3;
    writeFileSync(join(dir, 'schema.replay.json'), JSON.stringify(schema));
    const r = cli(
      'verify',
      join(dir, 'diverged.replay.json'),
      join(dir, 'version.replay.json'),
      join(dir, 'schema.replay.json'),
      join(dir, 'missing.replay.json'),
      gz,
      '--json',
    );
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/diverged\.replay\.json: diverged at tick \d+$/);
    expect(lines[1]).toMatch(/version\.replay\.json: made for simVersion 99, this game runs \d+$/);
    expect(lines[2]).toMatch(/schema\.replay\.json: \$\.run\.seed: /);
    expect(lines[3]).toMatch(/missing\.replay\.json: \$: file not found$/);
    expect(lines[4]).toMatch(/seed4\.replay\.json\.gz: verified/);
    const json = JSON.parse(lines.at(-1)!);
    expect(json.files[0].divergedAtTick).toBeGreaterThan(0);
    expect(json.files[0].verified).toBe(false);
    expect(json.files[1].reason).toMatch(/simVersion 99/);
    expect(r.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/);
  });

  it('refuses a zip bomb, a directory, a FIFO and bad arguments without hanging or a stack trace', () => {
    const bomb = join(dir, 'bomb.replay.json.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(50_000_000, 32)));
    const fifo = join(dir, 'fifo.replay.json');
    spawnSync('mkfifo', [fifo]);
    const r = cli('verify', bomb, dir, fifo);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/bomb\.replay\.json\.gz: \$: it unzips to more than 1000000 bytes/);
    expect(lines[1]).toMatch(/: \$: is a directory/);
    expect(lines[2]).toMatch(/fifo\.replay\.json: \$: is not a regular file/);
    for (const args of [['verify'], ['verify', gz, '--bogus'], ['verify', '--mission']]) {
      const bad = cli(...args);
      expect(bad.status, args.join(' ')).toBe(1);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 30_000);
});
