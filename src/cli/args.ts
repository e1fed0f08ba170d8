/**
 * Strict command-line arguments for the tools in src/cli.
 *
 * `node:util` `parseArgs` in strict mode is the authority, but its errors are not one-liners
 * and it lets a repeated option or an empty value through, so the tokens are checked first
 * with plain messages: an unknown option, an option without its value (`--seed --json` is
 * `--seed` without a value, not the seed "--json"), a value given to a switch, an option given
 * twice, an empty value, an argument the tool does not take. Values are then read by the small
 * parsers below, which accept exactly what they document and nothing that merely converts
 * (`Number('')` is 0, `Number('0x10')` is 16).
 *
 * A tool declares its options as a table and gets typed values back; adding a flag is adding
 * a row.
 */
import { parseArgs } from 'node:util';
import { fail, ok, type Result } from '../core/result';
import { shown } from './output';

export type OptionSpec = { type: 'string' } | { type: 'boolean' };

type Values<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export interface CommandLine<O extends Record<string, OptionSpec>> {
  values: Values<O>;
  positionals: string[];
}

/** Parses `argv` against the option table; a problem is one line naming the argument. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O,
  allowPositionals = false,
): Result<CommandLine<O>, string> {
  const names = Object.keys(options).map((n) => `--${n}`);
  const known =
    names.length > 0 ? `the options are ${names.join(', ')}` : 'this tool takes no options';
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') {
      if (!allowPositionals) return fail([`unexpected argument ${shown(t.value)}`]);
      if (t.value === '') return fail(['an empty argument is not a file name']);
      continue;
    }
    if (t.kind !== 'option') continue;
    const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!spec || !t.rawName.startsWith('--')) {
      return fail([`unknown option ${shown(t.rawName)} (${known})`]);
    }
    if (given.has(t.name)) return fail([`${t.rawName} is given more than once`]);
    given.add(t.name);
    if (spec.type === 'boolean') {
      if (t.value !== undefined) return fail([`${t.rawName} takes no value`]);
      continue;
    }
    if (t.value === undefined) return fail([`${t.rawName} needs a value`]);
    if (!t.inlineValue && t.value.startsWith('-') && t.value !== '-') {
      return fail([
        `${t.rawName} needs a value before ${shown(t.value)} (for a value that starts with '-', write ${t.rawName}=VALUE)`,
      ]);
    }
    if (t.value === '') return fail([`${t.rawName} needs a value, not an empty one`]);
  }
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals });
    return ok({ values: parsed.values as Values<O>, positionals: parsed.positionals });
  } catch (e) {
    return fail([e instanceof Error ? e.message.split('\n')[0]! : String(e)]);
  }
}

/** A whole number written in decimal digits only, from `min` to `max`. */
export function wholeNumberArg(
  name: string,
  text: string,
  min: number,
  max: number,
): Result<number, string> {
  const n = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return fail([`${name} must be a whole number from ${min} to ${max}, not ${shown(text)}`]);
  }
  return ok(n);
}

/** A seed: 0 to 4294967295, the simulation's 32-bit seed range. */
export const seedArg = (text: string) => wholeNumberArg('--seed', text, 0, 0xffffffff);

/** One of a table's own keys (never an inherited name such as `constructor`). */
export function choiceArg<K extends string>(
  name: string,
  text: string,
  table: Readonly<Record<K, unknown>>,
): Result<K, string> {
  if (Object.hasOwn(table, text)) return ok(text as K);
  return fail([`${name} must be one of ${Object.keys(table).join(', ')}, not ${shown(text)}`]);
}
