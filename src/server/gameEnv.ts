/**
 * The missions this server ranks: every `*.mission.json` in the missions folder with its maps,
 * loaded once at start (our own files, so a problem stops the server with its message). A
 * record names its mission by id; its mission hash must match the one loaded here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMission } from '../mission/loader';
import { type MapGeometry, parseTiledMap } from '../sim/maps';
import { missionHash } from '../speedrun/record';
import type { GameEnv } from '../speedrun/verify';

export function loadGameEnvs(missionsDir: string): Map<string, GameEnv> {
  const envs = new Map<string, GameEnv>();
  const files = readdirSync(missionsDir)
    .filter((f) => f.endsWith('.mission.json'))
    .sort();
  for (const file of files) {
    const path = join(missionsDir, file);
    const r = loadMission(readFileSync(path, 'utf8'));
    if (!r.ok)
      throw new Error(`${path}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    const script = r.value;
    const geometry: Record<string, MapGeometry> = Object.create(null);
    for (const m of script.maps) {
      if (Object.hasOwn(geometry, m.id)) continue;
      const mapPath = join(missionsDir, m.file);
      const g = parseTiledMap(JSON.parse(readFileSync(mapPath, 'utf8')), mapPath, m.kind);
      if (!g.ok) throw new Error(g.problems.join('; '));
      geometry[m.id] = g.value;
    }
    envs.set(script.id, { script, geometry, missionHash: missionHash(script, geometry) });
  }
  if (envs.size === 0) throw new Error(`no *.mission.json in ${missionsDir}`);
  return envs;
}
