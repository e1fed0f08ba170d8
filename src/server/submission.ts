/**
 * Turns a POST /api/runs body into a runner name and a parsed run record, or a client error.
 * Two shapes: JSON `{runner, record}`, or the record itself (JSON or gzip, told by its magic
 * bytes) with `?runner=NAME`. Gunzip is bounded (a zip bomb stops at the record size limit)
 * and the record goes through `parseRecord`, which never throws and names every problem's path.
 * The run id is a SHA-256 of the record's canonical JSON: the same record, zipped or not, with
 * its keys in any order, is one run.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { canonicalJson } from '../core/hash';
import { parseRecord, RECORD_LIMITS, type RecordProblem, type RunRecord } from '../speedrun/record';

export const MAX_NAME_LENGTH = 32;

export interface ClientError {
  ok: false;
  status: number;
  error: string;
  message: string;
  problems?: RecordProblem[];
}

export type Submission = {
  ok: true;
  runner: string;
  record: RunRecord;
  id: string;
  canonical: string;
};

const fail = (
  status: number,
  error: string,
  message: string,
  problems?: RecordProblem[],
): ClientError => ({
  ok: false,
  status,
  error,
  message,
  ...(problems ? { problems } : {}),
});

/** A runner name as shown: trimmed, 1–32 characters, no control characters. */
export function checkName(raw: unknown): { ok: true; name: string; key: string } | ClientError {
  if (typeof raw !== 'string' || raw.trim() === '')
    return fail(
      400,
      'runner_missing',
      'a runner name is required (JSON field "runner" or ?runner=)',
    );
  const name = raw.normalize('NFC').trim();
  if ([...name].length > MAX_NAME_LENGTH)
    return fail(400, 'runner_invalid', `a runner name has at most ${MAX_NAME_LENGTH} characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name))
    return fail(400, 'runner_invalid', 'a runner name may not hold control characters');
  return { ok: true, name, key: name.toLowerCase() };
}

export function decodeSubmission(
  body: unknown,
  queryRunner: unknown,
): { ok: true; runner: unknown; data: unknown } | ClientError {
  let data: unknown = body;
  if (Buffer.isBuffer(body)) {
    let bytes: Buffer = body;
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: RECORD_LIMITS.maxBytes + 1 });
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ||
          e instanceof RangeError
          ? fail(413, 'too_large', `the record unzips to more than ${RECORD_LIMITS.maxBytes} bytes`)
          : fail(400, 'malformed', 'the body is not valid gzip');
      }
      if (bytes.length > RECORD_LIMITS.maxBytes)
        return fail(
          413,
          'too_large',
          `the record unzips to more than ${RECORD_LIMITS.maxBytes} bytes`,
        );
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(400, 'malformed', 'the body is not UTF-8 text');
    }
    try {
      data = JSON.parse(text);
    } catch (e) {
      return fail(
        400,
        'malformed',
        `the body is not valid JSON (${(e as Error).message.slice(0, 120)})`,
      );
    }
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'record' in data) {
    const wrapper = data as { runner?: unknown; record?: unknown };
    return { ok: true, runner: wrapper.runner ?? queryRunner, data: wrapper.record };
  }
  return { ok: true, runner: queryRunner, data };
}

export function parseSubmittedRecord(
  data: unknown,
): { ok: true; record: RunRecord; id: string; canonical: string } | ClientError {
  const r = parseRecord(data);
  if (!r.ok) return fail(400, 'invalid_record', 'the record is not a valid run record', r.problems);
  const canonical = canonicalJson(r.record);
  const id = createHash('sha256').update(canonical).digest('hex').slice(0, 32);
  return { ok: true, record: r.record, id, canonical };
}
