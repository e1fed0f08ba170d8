/**
 * Loading the mission script and its maps for the browser build, with every problem reported
 * (nothing is thrown): build/missionPlugin.ts runs it when the game is built, and a script with
 * problems fails the build.
 */
import { loadMission } from '../mission/loader';

export { loadMission };

import type { MissionScript } from '../mission/schema';
import { type MapGeometry, parseTiledMap } from '../sim/maps';

export type Problem = { path: string; message: string };

export type Loaded =
  | { ok: true; script: MissionScript; geometry: Record<string, MapGeometry> }
  | { ok: false; title: string; problems: Problem[] };

/** `mapTexts`: map file path → its text (Vite's glob import of missions/maps). */
export function loadGame(missionText: string, mapTexts: Record<string, string>): Loaded {
  const loaded = loadMission(missionText);
  if (!loaded.ok)
    return {
      ok: false,
      title: 'The mission script could not be loaded',
      problems: loaded.problems,
    };
  const geometry: Record<string, MapGeometry> = {};
  const problems: Problem[] = [];
  for (const m of loaded.value.maps) {
    const name = m.file.split('/').pop();
    const text = Object.entries(mapTexts).find(([path]) => path.endsWith(`/${name}`))?.[1];
    if (text === undefined) {
      problems.push({ path: m.file, message: 'map file not found' });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push({ path: m.file, message: 'not valid JSON' });
      continue;
    }
    const parsed = parseTiledMap(data, m.file);
    if (parsed.ok) geometry[m.id] = parsed.value;
    else problems.push(...parsed.problems.map((message) => ({ path: m.file, message })));
  }
  if (problems.length > 0)
    return { ok: false, title: 'The mission maps could not be loaded', problems };
  return { ok: true, script: loaded.value, geometry };
}
