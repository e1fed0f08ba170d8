/**
 * Reads a mission script and the Tiled maps it names from disk, for the command-line tools
 * (`check:missions`, `sim`, `bench`). Every problem is one `FILE: PATH: message` line: a
 * problem with the script names the script and a JSON path in it; a problem inside a map file
 * names the map file. Files are read as `files.ts` describes (regular files only, bounded,
 * strict UTF-8, maps inside the script's folder), so no path makes a tool hang or crash.
 */
import { dirname, join, resolve } from 'node:path';
import { parseJson } from '../core/json';
import { LIMITS } from '../mission/limits';
import { loadMission, MAX_SCRIPT_BYTES } from '../mission/loader';
import type { MissionScript } from '../mission/schema';
import { type MapGeometry, parseTiledMap } from '../sim/maps';
import { mapPathInFolder, readTextFile } from './files';
import { oneLine, problemLine } from './output';

/** npm runs scripts from the package root. */
export const DEFAULT_MISSION = resolve(process.cwd(), 'missions/shutdown.mission.json');

export type Loaded =
  | { ok: true; script: MissionScript; geometry: Record<string, MapGeometry> }
  | { ok: false; problems: string[] };

export function loadFromDisk(file: string): Loaded {
  const text = readTextFile(file, MAX_SCRIPT_BYTES);
  if (!text.ok) {
    const why = text.problems[0]!;
    const message = why.startsWith('is larger than')
      ? `${why}; a mission script may be at most 1 MB`
      : why;
    return { ok: false, problems: [problemLine(file, '$', message)] };
  }
  const r = loadMission(text.value);
  if (!r.ok) {
    return { ok: false, problems: r.problems.map((p) => problemLine(file, p.path, p.message)) };
  }
  const geometry: Record<string, MapGeometry> = Object.create(null);
  const problems: string[] = [];
  r.value.maps.forEach((m, i) => {
    if (Object.hasOwn(geometry, m.id)) return;
    const g = readMap(file, m.file, m.kind, `$.maps[${i}].file`);
    if (g.ok) geometry[m.id] = g.value;
    else problems.push(...g.problems);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, script: r.value, geometry };
}

/** One map of the script at `scriptFile`: its path, its text, its JSON, its geometry. */
function readMap(
  scriptFile: string,
  mapFile: string,
  kind: 'space' | 'ground',
  path: string,
): { ok: true; value: MapGeometry } | { ok: false; problems: string[] } {
  const where = mapPathInFolder(scriptFile, mapFile);
  if (!where.ok)
    return { ok: false, problems: [problemLine(scriptFile, path, where.problems[0]!)] };
  // Map problems name the map as the author wrote it, beside the script.
  const shownAs = join(dirname(scriptFile), mapFile);
  const text = readTextFile(where.value, LIMITS.mapFileBytes);
  if (!text.ok) {
    const why = text.problems[0]!;
    const message = why.startsWith('is larger than')
      ? `${why}; a map file may be at most 1 MB`
      : why;
    return { ok: false, problems: [problemLine(shownAs, '$', message)] };
  }
  const data = parseJson(text.value);
  if (!data.ok) {
    const p = data.problems[0]!;
    return {
      ok: false,
      problems: [
        problemLine(
          shownAs,
          '$',
          `not valid JSON at line ${p.line}, column ${p.column}: ${p.message}`,
        ),
      ],
    };
  }
  const g = parseTiledMap(data.value, shownAs, kind);
  return g.ok ? g : { ok: false, problems: g.problems.map(oneLine) };
}
