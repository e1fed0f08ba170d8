/**
 * `npm run verify -- FILE… [--json] [--mission FILE]`: re-simulates each run record and compares
 * every recorded state hash. Exit 0 when every file verifies, 1 otherwise; one line per file:
 * `FILE: verified 04:11.417 (15085 ticks)`, `FILE: diverged at tick 5120`,
 * `FILE: made for simVersion 2, this game runs 3`, or `FILE: $.path: message`.
 * With --json the last line is `{"files":[{file, verified, igtTicks, igt, splits, stateHash,
 * divergedAtTick?, reason?}]}`.
 */
// Lets Session.restore check the snapshots it is given (session/snapshotCheck.ts).
import '../session/validateSnapshot';
import { missionHash } from '../speedrun/record';
import { type GameEnv, verifyRecord } from '../speedrun/verify';
import { parseCommandLine } from './args';
import { DEFAULT_MISSION, loadFromDisk } from './loadFromDisk';
import { oneLine, problemLine, runTool } from './output';
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

const USAGE = 'usage: npm run verify -- FILE… [--json] [--mission FILE]';
const OPTIONS = { json: { type: 'boolean' }, mission: { type: 'string' } } as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS, true);
  if (!args.ok) {
    console.error(oneLine(`${args.problems[0]} (${USAGE})`));
    return 1;
  }
  const { values, positionals: files } = args.value;
  if (files.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const loaded = loadFromDisk(values.mission ?? DEFAULT_MISSION);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(oneLine(p));
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
      for (const p of read.problems) console.log(problemLine(file, p.path, p.message));
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
    results.push({
      file,
      verified: out.verified,
      igtTicks: out.igtTicks,
      igt: out.igt,
      splits: out.splits,
      stateHash: out.stateHash,
      ...(out.divergedAtTick !== undefined ? { divergedAtTick: out.divergedAtTick } : {}),
      ...(out.reason ? { reason: out.reason } : {}),
    });
    console.log(
      oneLine(
        out.verified
          ? `${file}: verified ${out.igt} (${out.igtTicks} ticks)`
          : `${file}: ${out.reason ?? 'not verified'}`,
      ),
    );
  }
  if (values.json) console.log(JSON.stringify({ files: results }));
  return results.every((r) => r.verified) ? 0 : 1;
}

runTool('verify', () => main(process.argv.slice(2)));
