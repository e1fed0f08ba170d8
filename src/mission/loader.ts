/**
 * Loads a mission script: text → JSON → format version → schema → cross-references.
 * Returns a deeply frozen `MissionScript` or every problem found, each with a JSON path.
 * It never throws on bad input.
 */

import { internStrings } from '../core/intern';
import { parseJson } from '../core/json';
import { fail, ok, type Result } from '../core/result';
import { crossCheck } from './crossCheck';
import { formatPath, type Problem } from './problems';
import { FORMAT_VERSION, type MissionScript, MissionScriptSchema } from './schema';

/** Mission scripts are text written by people; anything larger is a mistake or an attack. */
export const MAX_SCRIPT_BYTES = 1_000_000;

export function loadMission(text: string): Result<MissionScript, Problem> {
  if (typeof text !== 'string') return fail([{ path: '$', message: 'is not text' }]);
  const bytes = utf8Length(text);
  if (bytes > MAX_SCRIPT_BYTES) {
    const mb = (bytes / 1_000_000).toFixed(1);
    return fail([
      { path: '$', message: `the file is ${mb} MB; a mission script may be at most 1 MB` },
    ]);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return fail(
      parsed.problems.map((p) => ({
        path: '$',
        message: `not valid JSON at line ${p.line}, column ${p.column}: ${p.message}`,
      })),
    );
  }
  const data = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([{ path: '$', message: 'must be a JSON object' }]);
  }
  const version = (data as Record<string, unknown>).formatVersion;
  if (version === undefined) return fail([{ path: '$.formatVersion', message: 'is required' }]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      {
        path: '$.formatVersion',
        message: `must be a format version number (this game reads ${FORMAT_VERSION})`,
      },
    ]);
  }
  if (version > FORMAT_VERSION) {
    return fail([
      {
        path: '$.formatVersion',
        message: `the script was made for a newer version of the game (format ${version}; this game reads format ${FORMAT_VERSION})`,
      },
    ]);
  }
  if (version < FORMAT_VERSION) {
    return fail([
      {
        path: '$.formatVersion',
        message: `format ${version} is no longer supported (this game reads format ${FORMAT_VERSION})`,
      },
    ]);
  }

  const result = MissionScriptSchema.safeParse(data);
  if (!result.success) {
    const problems: Problem[] = [];
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({
            path: formatPath([...issue.path, key]),
            message: 'is not a known field',
          });
        }
        continue;
      }
      const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
      problems.push({
        path: formatPath(issue.path),
        message: missing ? 'is required' : issue.message,
      });
    }
    return fail(problems);
  }
  const problems = crossCheck(result.data);
  if (problems.length > 0) return fail(problems);
  // Internalized strings: the systems compare the script's ids and kinds every tick (core/intern.ts).
  return ok(deepFreeze(internStrings(result.data)) as MissionScript);
}

/** UTF-8 size of a string without allocating an encoded copy. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
