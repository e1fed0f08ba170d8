/**
 * `npm run check:missions -- FILE…` validates mission scripts: exit 0 when all are valid,
 * else exit 1 with one `FILE: PATH: message` line per problem (`FILE: file not found` when missing).
 * `npm run check:missions -- --outline FILE` prints the objective outline as the tracker shows it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadMission, MAX_SCRIPT_BYTES } from '../mission/loader';
import { missionOutline } from '../mission/outline';
import type { Problem } from '../mission/problems';
import type { MissionScript } from '../mission/schema';

function readScript(file: string): { script?: MissionScript; problems: Problem[] } {
  if (!existsSync(file)) return { problems: [{ path: '$', message: 'file not found' }] };
  if (statSync(file).isDirectory())
    return { problems: [{ path: '$', message: 'is a directory, not a mission script' }] };
  if (statSync(file).size > MAX_SCRIPT_BYTES * 4) {
    return {
      problems: [
        { path: '$', message: 'the file is far larger than a mission script may be (1 MB)' },
      ],
    };
  }
  const result = loadMission(readFileSync(file, 'utf8'));
  if (!result.ok) return { problems: result.problems };
  // Map geometry lives beside the script; a reference to a missing file is a problem too.
  const problems: Problem[] = [];
  result.value.maps.forEach((m, i) => {
    if (!existsSync(resolve(dirname(file), m.file))) {
      problems.push({
        path: `$.maps[${i}].file`,
        message: `map file '${m.file}' not found next to the script`,
      });
    }
  });
  return { script: result.value, problems };
}

function main(argv: string[]): number {
  const outline = argv.includes('--outline');
  const files = argv.filter((a) => a !== '--outline');
  if (files.length === 0) {
    console.error('usage: npm run check:missions -- [--outline] FILE…');
    return 1;
  }
  if (outline) {
    if (files.length !== 1) {
      console.error('--outline takes exactly one FILE');
      return 1;
    }
    const { script, problems } = readScript(files[0]!);
    if (!script || problems.length > 0) {
      for (const p of problems) console.error(`${files[0]}: ${p.path}: ${p.message}`);
      return 1;
    }
    console.log(JSON.stringify(missionOutline(script)));
    return 0;
  }
  let failed = false;
  for (const file of files) {
    if (!existsSync(file)) {
      console.log(`${file}: file not found`);
      failed = true;
      continue;
    }
    const { problems } = readScript(file);
    if (problems.length === 0) continue;
    failed = true;
    for (const p of problems) console.log(`${file}: ${p.path}: ${p.message}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
