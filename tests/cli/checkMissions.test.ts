/**
 * The validator and the tools that load missions from disk, given paths that are not plain
 * mission files: a FIFO or /dev/zero (which used to hang them), a directory or an unreadable
 * file (which used to end in a stack trace), maps reached through `../`, an absolute path or a
 * symbolic link (which used to be read from outside the mission's folder), invalid UTF-8 (which
 * used to be decoded silently), a key with a newline (which used to forge an output line), and
 * maps and scripts the simulation cannot run. Every problem is one `FILE: PATH: message` line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileFolder } from './hostileFiles';
import { CLI_TEST_TIMEOUT, expectProblemLines, expectRefusedInOneLine, runCli } from './runCli';

let files: ReturnType<typeof makeHostileFolder>;
beforeAll(() => {
  files = makeHostileFolder();
});
afterAll(() => files.cleanup());

const check = (...paths: string[]) => runCli('checkMissions', paths);
const options = { timeout: CLI_TEST_TIMEOUT };

describe('npm run check:missions on paths that are not mission files', () => {
  it('refuses a FIFO, /dev/zero and a directory without hanging', options, () => {
    const lines = expectProblemLines(check(files.fifo, '/dev/zero', files.directory));
    expect(lines).toEqual([
      `${files.fifo}: $: is not a regular file (a FIFO); only regular files are read`,
      '/dev/zero: $: is not a regular file (a character device); only regular files are read',
      `${files.directory}: $: is a directory, not a file`,
    ]);
  });

  it('refuses an unreadable file in one line', options, () => {
    if (files.unreadable === null) {
      // Running as root without a file root cannot read: chmod 000 does not stop root, so the
      // locked file is read like any other. The one-line promise is still checked.
      const lines = expectProblemLines(check(`${files.dir}/missions/locked.mission.json`));
      expect(lines).toHaveLength(1);
      return;
    }
    const lines = expectProblemLines(check(files.unreadable));
    expect(lines).toEqual([`${files.unreadable}: $: cannot be read: permission denied`]);
  });

  it('refuses invalid UTF-8, even inside a string', options, () => {
    const lines = expectProblemLines(check(files.badUtf8));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: \$: is not valid UTF-8 text \(a bad byte near line 1, byte \d+\)$/);
  });

  it('prints a key holding a newline escaped, on one line', options, () => {
    const lines = expectProblemLines(check(files.newlineKey));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("duplicate key 'x\\n/tmp/forged.json: $: looks like a line");
  });

  it('prints a file name holding a newline escaped, on one line', options, () => {
    const lines = expectProblemLines(check(`${files.dir}/no\nsuch.json`));
    expect(lines).toEqual([`${files.dir}/no\\nsuch.json: $: file not found`]);
  });
});

describe('npm run check:missions on maps', () => {
  it('refuses map paths that leave the script’s folder', options, () => {
    const lines = expectProblemLines(check(files.mapUp, files.mapAbsolute, files.mapLinkOut));
    expect(lines).toEqual([
      `${files.mapUp}: $.maps[0].file: map file '../ops.tmj' is outside the script's folder; maps must be in the script's folder or below it`,
      `${files.mapAbsolute}: $.maps[0].file: map file '${files.dir}/ops.tmj' is outside the script's folder; maps must be in the script's folder or below it`,
      `${files.mapLinkOut}: $.maps[0].file: map file 'maps/link.tmj' leads outside the script's folder (through a symbolic link)`,
    ]);
    // The same script with its map inside its folder is valid.
    const r = check(files.valid);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });

  it('refuses a map that is a FIFO or a device, without hanging', options, () => {
    const lines = expectProblemLines(check(files.mapFifo, files.mapDevZero));
    expect(lines).toEqual([
      `${files.dir}/missions/maps/fifo.tmj: $: is not a regular file (a FIFO); only regular files are read`,
      expect.stringContaining("map file 'maps/zero.tmj' leads outside the script's folder"),
    ]);
  });

  it('refuses maps with more walls than the simulation can run', options, () => {
    const lines = expectProblemLines(check(files.manyWalls, files.hugeWalls));
    expect(lines).toEqual([
      `${files.dir}/missions/maps/walls.tmj: $.layers: holds 1001 objects; a map may have at most 1000 (walls, hull and decor together)`,
      `${files.dir}/missions/maps/huge.tmj: $: is larger than 1,000,000 bytes; a map file may be at most 1 MB`,
    ]);
  });

  it('refuses what the simulation cannot play or show, with the JSON path', options, () => {
    const lines = expectProblemLines(check(files.unplayable));
    expect(lines).toContain(
      `${files.unplayable}: $.title: must show something: it holds only spaces or invisible characters`,
    );
    expect(lines).toContain(
      `${files.unplayable}: $.spawns[0].members[0].count: must be at most 100`,
    );
  });
});

describe('npm run sim on the same paths', () => {
  const cases: [string, () => string, string][] = [
    ['a FIFO', () => files.fifo, 'is not a regular file (a FIFO)'],
    ['/dev/zero', () => '/dev/zero', 'is not a regular file (a character device)'],
    ['a directory', () => files.directory, 'is a directory, not a file'],
    ['a FIFO map', () => files.mapFifo, 'maps/fifo.tmj: $: is not a regular file (a FIFO)'],
    ['a map outside the folder', () => files.mapUp, "map file '../ops.tmj' is outside"],
    ['a map with too many walls', () => files.manyWalls, 'holds 1001 objects'],
  ];
  for (const [what, path, message] of cases) {
    it(`refuses ${what} in one line, without hanging`, options, () => {
      expectRefusedInOneLine(runCli('sim', ['--mission', path()]), message);
    });
  }
});
