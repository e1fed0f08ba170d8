/**
 * A strict JSON reader for files people write by hand (mission scripts, imported saves).
 *
 * Unlike `JSON.parse` it reports where a problem is as line and column, refuses duplicate keys
 * (which `JSON.parse` silently resolves to the last one) and refuses the key `__proto__`, so a
 * crafted file can never reach an object's prototype.
 */
import { fail, ok, type Result } from './result';
import { escapeControls } from './text';

export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

class JsonError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

/** A key as a message shows it: on one line, and cut short when it is long. */
const shownKey = (key: string) => escapeControls(key.length > 60 ? `${key.slice(0, 60)}…` : key);

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

export function parseJson(text: string): Result<unknown, JsonProblem> {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const found = (): string => (i >= text.length ? 'end of file' : `'${escapeControls(text[i]!)}'`);
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new JsonError(i, `expected '${ch}' but found ${found()}`);
    i++;
  };
  const str = (): string => {
    const start = i;
    expect('"');
    let out = '';
    for (;;) {
      // Plain characters are copied a run at a time, not one by one.
      let j = i;
      while (j < text.length) {
        const code = text.charCodeAt(j);
        if (code === 34 || code === 92 || code < 32) break;
        j++;
      }
      if (j > i) {
        out += text.slice(i, j);
        i = j;
      }
      if (i >= text.length) throw new JsonError(start, 'unterminated string');
      const c = text[i++]!;
      if (c === '"') return out;
      if (c === '\\') {
        const e = text[i++];
        const simple = e === undefined ? undefined : ESCAPES.get(e);
        if (simple !== undefined) out += simple;
        else if (e === 'u') {
          const hex = text.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonError(i, 'bad \\u escape in string');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 4;
        } else throw new JsonError(i - 1, 'bad escape in string');
      } else if (c.charCodeAt(0) < 32) {
        throw new JsonError(i - 1, 'control character in string (use \\n for a new line)');
      } else out += c;
    }
  };
  const num = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new JsonError(i, `unexpected ${found()}`);
    i += m[0].length;
    return Number(m[0]);
  };
  const value = (depth: number): unknown => {
    if (depth > 64) throw new JsonError(i, 'nested too deeply (more than 64 levels)');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const keyAt = i;
        if (text[i] !== '"')
          throw new JsonError(i, `expected a property name but found ${found()}`);
        const key = str();
        if (key === '__proto__') throw new JsonError(keyAt, "the key '__proto__' is not allowed");
        if (seen.has(key)) throw new JsonError(keyAt, `duplicate key '${shownKey(key)}'`);
        seen.add(key);
        ws();
        expect(':');
        obj[key] = value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        throw new JsonError(i, `expected ',' or '}' but found ${found()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        throw new JsonError(i, `expected ',' or ']' but found ${found()}`);
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    return num();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    const v = value(0);
    ws();
    if (i < text.length) throw new JsonError(i, `unexpected ${found()} after the end of the data`);
    return ok(v);
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split('\n').length;
    const column = e.at - before.lastIndexOf('\n');
    return fail([{ line, column, message: e.message }]);
  }
}
