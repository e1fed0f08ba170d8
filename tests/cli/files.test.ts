/**
 * The file reading under the command-line tools, in-process: errors in words, bounded reads
 * that never trust the size `stat` reports, strict UTF-8 with the place of the first bad byte,
 * and map paths that stay inside the script's folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8, describeFsError, mapPathInFolder, readRegularFile } from '../../src/cli/files';

const dir = mkdtempSync(join(tmpdir(), 'shutdown-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('describeFsError', () => {
  it('names each failure in words, whoever runs the tests', () => {
    const table: [unknown, string][] = [
      [{ code: 'ENOENT' }, 'file not found'],
      [{ code: 'EACCES' }, 'cannot be read: permission denied'],
      [{ code: 'EPERM' }, 'cannot be read: permission denied'],
      [{ code: 'EISDIR' }, 'is a directory, not a file'],
      [{ code: 'ELOOP' }, 'cannot be read: too many symbolic links'],
      [{ code: 'EMFILE' }, 'cannot be read (EMFILE)'],
      [new Error('no code'), 'cannot be read'],
      [null, 'cannot be read'],
    ];
    for (const [error, words] of table) expect(describeFsError(error)).toBe(words);
  });
});

describe('readRegularFile', () => {
  it('reads a file of exactly the limit, and refuses one byte more without reading it all', () => {
    const file = join(dir, 'sized.txt');
    writeFileSync(file, 'x'.repeat(1000));
    expect(readRegularFile(file, 1000)).toMatchObject({ ok: true });
    expect(readRegularFile(file, 999)).toEqual({
      ok: false,
      problems: ['is larger than 999 bytes'],
    });
  });

  it('refuses /dev/zero and a FIFO (whose stat size is 0) without blocking', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(readRegularFile('/dev/zero', 10)).toEqual({
      ok: false,
      problems: ['is not a regular file (a character device); only regular files are read'],
    });
    expect(readRegularFile(fifo, 10)).toEqual({
      ok: false,
      problems: ['is not a regular file (a FIFO); only regular files are read'],
    });
  });

  it('reads a file that reports size 0 but has content, up to the limit only', () => {
    // /proc files report size 0; their content is still read, and still bounded.
    const r = readRegularFile('/proc/self/status', 10);
    expect(r).toEqual({ ok: false, problems: ['is larger than 10 bytes'] });
  });

  it('refuses a directory and a path that is not there', () => {
    expect(readRegularFile(dir, 10)).toEqual({
      ok: false,
      problems: ['is a directory, not a file'],
    });
    expect(readRegularFile(join(dir, 'nope'), 10)).toEqual({
      ok: false,
      problems: ['file not found'],
    });
    expect(readRegularFile('a\u0000b', 10)).toEqual({
      ok: false,
      problems: ['is not a usable file name'],
    });
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, byte-order mark and all', () => {
    expect(decodeUtf8(Buffer.from('\ufeffCaptain \u00e9 \u{1f596}'))).toEqual({
      ok: true,
      value: 'Captain \u00e9 \u{1f596}',
    });
  });

  it('refuses invalid bytes and says where the first one is', () => {
    const table: [number[], string][] = [
      [[0x61, 0xff], 'line 1, byte 2'],
      [[0x61, 0x0a, 0x62, 0x0a, 0xc3, 0x28], 'line 3, byte 6'],
      [[0xed, 0xa0, 0x80], 'line 1, byte 2'], // an encoded surrogate
      [[0xc0, 0xaf], 'line 1, byte 1'], // an overlong '/'
      [[0x61, 0x62, 0xe2, 0x82], 'line 1, byte 4'], // cut short at the end
    ];
    for (const [bytes, where] of table) {
      expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({
        ok: false,
        problems: [`is not valid UTF-8 text (a bad byte near ${where})`],
      });
    }
  });
});

describe('mapPathInFolder', () => {
  const folder = join(dir, 'missions');
  mkdirSync(join(folder, 'maps'), { recursive: true });
  writeFileSync(join(folder, 'maps/ops.tmj'), '{}');
  writeFileSync(join(dir, 'outside.tmj'), '{}');
  symlinkSync(join(dir, 'outside.tmj'), join(folder, 'maps/out.tmj'));
  symlinkSync(join(folder, 'maps/ops.tmj'), join(folder, 'maps/in.tmj'));
  const script = join(folder, 'm.mission.json');

  it('finds maps in the script’s folder or below it, through links that stay inside', () => {
    expect(mapPathInFolder(script, 'maps/ops.tmj')).toEqual({
      ok: true,
      value: join(folder, 'maps/ops.tmj'),
    });
    expect(mapPathInFolder(script, './maps/../maps/in.tmj')).toEqual({
      ok: true,
      value: join(folder, 'maps/ops.tmj'),
    });
  });

  it('refuses ../, absolute paths, the folder itself and links out of it', () => {
    const outside = "is outside the script's folder";
    for (const file of [
      '../outside.tmj',
      'maps/../../outside.tmj',
      join(dir, 'outside.tmj'),
      '.',
      '',
    ]) {
      const r = mapPathInFolder(script, file);
      expect(r.ok, file).toBe(false);
      if (!r.ok) expect(r.problems[0], file).toContain(outside);
    }
    expect(mapPathInFolder(script, 'maps/out.tmj')).toEqual({
      ok: false,
      problems: [
        "map file 'maps/out.tmj' leads outside the script's folder (through a symbolic link)",
      ],
    });
    expect(mapPathInFolder(script, 'maps/none.tmj')).toEqual({
      ok: false,
      problems: ["map file 'maps/none.tmj' not found next to the script"],
    });
  });
});
