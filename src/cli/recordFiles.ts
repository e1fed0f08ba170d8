/**
 * Reading and writing run records on disk for the command-line tools: gzip or plain JSON,
 * regular files only with bounded reads (files.ts: a FIFO, a device or a huge file is refused
 * before it is read) and a bounded gunzip (a zip bomb stops at the record size limit).
 */
import { writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  parseRecordText,
  RECORD_LIMITS,
  type RecordProblem,
  type RunRecord,
} from '../speedrun/record';
import { decodeUtf8, readRegularFile } from './files';

/** A record file may be at most this big on disk, zipped or not. */
const MAX_FILE_BYTES = RECORD_LIMITS.maxBytes;

export type ReadResult = { ok: true; record: RunRecord } | { ok: false; problems: RecordProblem[] };

const refuse = (message: string): ReadResult => ({ ok: false, problems: [{ path: '$', message }] });

/** Gzip is told by its magic bytes, not by the name: both forms load everywhere. */
export function decodeRecordBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: RECORD_LIMITS.maxBytes + 1 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return refuse(
        code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError
          ? `it unzips to more than ${RECORD_LIMITS.maxBytes} bytes (refused)`
          : 'not a valid gzip file',
      );
    }
    if (bytes.length > RECORD_LIMITS.maxBytes)
      return refuse(`it unzips to more than ${RECORD_LIMITS.maxBytes} bytes (refused)`);
  }
  const text = decodeUtf8(bytes);
  return text.ok ? parseRecordText(text.value) : refuse(text.problems[0]!);
}

export function readRecordFile(file: string): ReadResult {
  const r = readRegularFile(file, MAX_FILE_BYTES);
  return r.ok ? decodeRecordBytes(r.value) : refuse(r.problems[0]!);
}

/** Writes a record as JSON, gzipped when the name ends in `.gz`. */
export function writeRecordFile(file: string, record: RunRecord): number {
  const text = JSON.stringify(record);
  const data = file.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(file, data);
  return data.length;
}
