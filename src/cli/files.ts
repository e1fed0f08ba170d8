/**
 * Reading files named by someone else (a mission path on the command line, a map path inside
 * a script), for the command-line tools.
 *
 * - Only regular files. A FIFO, `/dev/zero` or a socket would block or never end, so the file
 *   is opened without blocking and checked with `fstat` before anything is read.
 * - Bounded: at most `limit + 1` bytes are read, whatever `stat` says (a FIFO, `/dev/zero` or
 *   a file in `/proc` reports size 0), so a file over the limit is known without reading it all.
 * - Strict UTF-8: invalid bytes are a problem, not a silent U+FFFD.
 * - Map files stay inside the script's folder: a `file` of `../../x` or a symbolic link out of
 *   the folder is refused.
 * Every failure is a plain message; nothing here throws.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fail, ok, type Result } from '../core/result';
import { shown } from './output';

/** Why a file could not be read, in words, from a Node file-system error. */
export function describeFsError(e: unknown): string {
  const code = e !== null && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'not found: a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'cannot be read: too many symbolic links';
    case 'ENAMETOOLONG':
      return 'cannot be read: the path is too long';
    case 'ENXIO':
      return 'is not a regular file (a socket or a device without a reader)';
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return 'is not a usable file name';
    default:
      return typeof code === 'string' ? `cannot be read (${code})` : 'cannot be read';
  }
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a plain file';
}

/** Reads a regular file of at most `limit` bytes. */
export function readRegularFile(path: string, limit: number): Result<Uint8Array, string> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0),
    );
  } catch (e) {
    return fail([describeFsError(e)]);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail(['is a directory, not a file']);
    if (!st.isFile())
      return fail([`is not a regular file (${kindOf(st)}); only regular files are read`]);
    const buffer = new Uint8Array(limit + 1);
    let size = 0;
    while (size < buffer.length) {
      const n = readSync(fd, buffer, size, buffer.length - size, null);
      if (n === 0) break;
      size += n;
    }
    if (size > limit) return fail([`is larger than ${limit.toLocaleString('en')} bytes`]);
    return ok(buffer.subarray(0, size));
  } catch (e) {
    return fail([describeFsError(e)]);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes as text, refusing invalid UTF-8. The first bad byte is found by bisection: a
 * streaming decode of a prefix fails only if the prefix holds an error, not for a sequence
 * cut at its end.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string, string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        good = mid;
      } catch {
        bad = mid;
      }
    }
    // The prefix of `good` bytes is valid; the sequence that fails starts at or before it.
    let line = 1;
    for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) line++;
    return fail([`is not valid UTF-8 text (a bad byte near line ${line}, byte ${good + 1})`]);
  }
}

/** Reads a regular file of at most `limit` bytes as strict UTF-8 text. */
export function readTextFile(path: string, limit: number): Result<string, string> {
  const bytes = readRegularFile(path, limit);
  return bytes.ok ? decodeUtf8(bytes.value) : bytes;
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Where a map `file` of the script at `scriptPath` is on disk: inside the script's folder,
 * symbolic links followed, or why not.
 */
export function mapPathInFolder(scriptPath: string, file: string): Result<string, string> {
  try {
    const folder = realpathSync(dirname(resolve(scriptPath)));
    const target = resolve(folder, file);
    if (!inside(folder, target)) {
      return fail([
        `map file ${shown(file)} is outside the script's folder; maps must be in the script's folder or below it`,
      ]);
    }
    let real: string;
    try {
      real = realpathSync(target);
    } catch (e) {
      const why = describeFsError(e);
      return fail([
        why === 'file not found'
          ? `map file ${shown(file)} not found next to the script`
          : `map file ${shown(file)} ${why}`,
      ]);
    }
    if (!inside(folder, real)) {
      return fail([
        `map file ${shown(file)} leads outside the script's folder (through a symbolic link)`,
      ]);
    }
    return ok(real);
  } catch (e) {
    return fail([`map file ${shown(file)} ${describeFsError(e)}`]);
  }
}
