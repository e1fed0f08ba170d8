/**
 * Reading and writing run records on disk for the command-line tools: gzip or plain JSON,
 * regular files only, with bounded reads (a FIFO, a device or a huge file is refused before it
 * is read) and a bounded gunzip (a zip bomb stops at the record size limit).
 */
import { closeSync, constants, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  parseRecordText,
  RECORD_LIMITS,
  type RecordProblem,
  type RunRecord,
} from '../speedrun/record';

/** A gzipped record may be at most this big on disk (well above any real one). */
const MAX_FILE_BYTES = RECORD_LIMITS.maxBytes;

export type ReadResult = { ok: true; record: RunRecord } | { ok: false; problems: RecordProblem[] };

const refuse = (message: string): ReadResult => ({ ok: false, problems: [{ path: '$', message }] });

/** Reads at most `max + 1` bytes of a regular file; null with the reason otherwise. */
export function readBounded(file: string, max: number): { bytes: Buffer } | { problem: string } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? 'file not found'
          : code === 'EACCES'
            ? 'the file cannot be read (permission denied)'
            : code === 'EISDIR'
              ? 'is a directory, not a file'
              : `the file cannot be opened (${code ?? 'error'})`,
    };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: 'is a directory, not a file' };
    if (!st.isFile()) return { problem: 'is not a regular file' };
    const buf = Buffer.alloc(max + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > max) return { problem: `the file is larger than ${max} bytes` };
    return { bytes: buf.subarray(0, got) };
  } catch (e) {
    return { problem: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Gzip is told by its magic bytes, not by the name: both forms load everywhere. */
export function decodeRecordBytes(bytes: Uint8Array): ReadResult {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    let plain: Buffer;
    try {
      plain = gunzipSync(bytes, { maxOutputLength: RECORD_LIMITS.maxBytes + 1 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return refuse(
        code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError
          ? `it unzips to more than ${RECORD_LIMITS.maxBytes} bytes (refused)`
          : 'not a valid gzip file',
      );
    }
    if (plain.length > RECORD_LIMITS.maxBytes)
      return refuse(`it unzips to more than ${RECORD_LIMITS.maxBytes} bytes (refused)`);
    bytes = plain;
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not valid UTF-8 text');
  }
  return parseRecordText(text);
}

export function readRecordFile(file: string): ReadResult {
  const r = readBounded(file, MAX_FILE_BYTES);
  if ('problem' in r) return refuse(r.problem);
  return decodeRecordBytes(r.bytes);
}

/** Writes a record as JSON, gzipped when the name ends in `.gz`. */
export function writeRecordFile(file: string, record: RunRecord): number {
  const text = JSON.stringify(record);
  const data = file.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(file, data);
  return data.length;
}
