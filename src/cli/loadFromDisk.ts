/** Reads a mission script and the Tiled maps it names from disk, for the command-line tools. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadMission } from '../mission/loader';
import type { MissionScript } from '../mission/schema';
import { type MapGeometry, parseTiledMap } from '../sim/maps';

/** npm runs scripts from the package root. */
export const DEFAULT_MISSION = resolve(process.cwd(), 'missions/shutdown.mission.json');

export type Loaded =
  | { ok: true; script: MissionScript; geometry: Record<string, MapGeometry> }
  | { ok: false; problems: string[] };

export function loadFromDisk(file: string): Loaded {
  if (!existsSync(file)) return { ok: false, problems: [`${file}: file not found`] };
  const r = loadMission(readFileSync(file, 'utf8'));
  if (!r.ok)
    return { ok: false, problems: r.problems.map((p) => `${file}: ${p.path}: ${p.message}`) };
  const geometry: Record<string, MapGeometry> = {};
  const problems: string[] = [];
  for (const m of r.value.maps) {
    const path = resolve(dirname(file), m.file);
    if (!existsSync(path)) {
      problems.push(`${file}: map file '${m.file}' not found`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      problems.push(`${m.file}: not valid JSON`);
      continue;
    }
    const g = parseTiledMap(data, m.file);
    if (g.ok) geometry[m.id] = g.value;
    else problems.push(...g.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, script: r.value, geometry };
}
