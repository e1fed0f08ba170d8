/**
 * `npm run verify -- FILE… [--json] [--mission FILE]`: re-simulates each run record and compares
 * every recorded state hash. Exit 0 when every file verifies, 1 otherwise; one line per file:
 * `FILE: verified 04:11.417 (15085 ticks)`, `FILE: diverged at tick 5120`,
 * `FILE: made for simVersion 2, this game runs 3`, or `FILE: $.path: message`.
 * With --json the last line is `{"files":[{file, verified, igtTicks, igt, splits, stateHash,
 * divergedAtTick?, reason?}]}`.
 */
import { parseArgs } from 'node:util';
import { missionHash } from '../speedrun/record';
import { type GameEnv, verifyRecord } from '../speedrun/verify';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { readRecordFile } from './recordFiles';

interface FileResult {
  file: string;
  verified: boolean;
  igtTicks: number;
  igt: string;
  splits: { id: string; tick: number }[];
  stateHash: string;
  divergedAtTick?: number;
  reason?: string;
}

/** Printed file names and messages never carry line breaks or control characters. */
const safe = (s: string): string => {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out +=
      c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029
        ? `\\u${c.toString(16).padStart(4, '0')}`
        : ch;
  }
  return out;
};

function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`verify: ${safe((e as Error).message.split('\n')[0]!)}`);
    return 1;
  }
  const files = args.positionals;
  if (files.length === 0) {
    console.error('usage: npm run verify -- FILE… [--json] [--mission FILE]');
    return 1;
  }
  const loaded = loadFromDisk(args.values.mission ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(safe(p));
    return 1;
  }
  const env: GameEnv = {
    script: loaded.script,
    geometry: loaded.geometry,
    missionHash: missionHash(loaded.script, loaded.geometry),
  };
  const results: FileResult[] = [];
  for (const file of files) {
    const read = readRecordFile(file);
    if (!read.ok) {
      for (const p of read.problems) console.log(`${safe(file)}: ${p.path}: ${safe(p.message)}`);
      results.push({
        file,
        verified: false,
        igtTicks: 0,
        igt: '00:00.000',
        splits: [],
        stateHash: '',
        reason: read.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      });
      continue;
    }
    const out = verifyRecord(read.record, env);
    const result: FileResult = {
      file,
      verified: out.verified,
      igtTicks: out.igtTicks,
      igt: out.igt,
      splits: out.splits,
      stateHash: out.stateHash,
      ...(out.divergedAtTick !== undefined ? { divergedAtTick: out.divergedAtTick } : {}),
      ...(out.reason ? { reason: out.reason } : {}),
    };
    results.push(result);
    console.log(
      out.verified
        ? `${safe(file)}: verified ${out.igt} (${out.igtTicks} ticks)`
        : `${safe(file)}: ${safe(out.reason ?? 'not verified')}`,
    );
  }
  if (args.values.json) console.log(JSON.stringify({ files: results }));
  return results.every((r) => r.verified) ? 0 : 1;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, mission: { type: 'string' } },
  });
}

process.exitCode = main(process.argv.slice(2));
