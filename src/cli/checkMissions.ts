/**
 * `npm run check:missions -- FILE…` validates mission scripts and the maps they name: exit 0
 * when all are valid, else exit 1 with one `FILE: PATH: message` line per problem on stdout.
 * `npm run check:missions -- --outline FILE` prints the objective outline as the tracker shows it.
 * Bad arguments: one line on stderr, exit 1.
 */
import { missionOutline } from '../mission/outline';
import { parseCommandLine } from './args';
import { loadFromDisk } from './loadFromDisk';
import { oneLine, runTool } from './output';

const USAGE = 'usage: npm run check:missions -- [--outline] FILE…';
const OPTIONS = { outline: { type: 'boolean' } } as const;

function main(argv: string[]): number {
  const args = parseCommandLine(argv, OPTIONS, true);
  if (!args.ok) {
    console.error(oneLine(`${args.problems[0]} (${USAGE})`));
    return 1;
  }
  const files = args.value.positionals;
  if (files.length === 0) {
    console.error(USAGE);
    return 1;
  }
  if (args.value.values.outline) {
    if (files.length !== 1) {
      console.error(oneLine(`--outline takes exactly one FILE (${USAGE})`));
      return 1;
    }
    const loaded = loadFromDisk(files[0]!);
    if (!loaded.ok) {
      for (const line of loaded.problems) console.error(line);
      return 1;
    }
    console.log(JSON.stringify(missionOutline(loaded.script)));
    return 0;
  }
  let failed = false;
  for (const file of files) {
    const loaded = loadFromDisk(file);
    if (loaded.ok) continue;
    failed = true;
    for (const line of loaded.problems) console.log(line);
  }
  return failed ? 1 : 0;
}

runTool('check:missions', () => main(process.argv.slice(2)));
