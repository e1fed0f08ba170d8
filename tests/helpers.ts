import { readFileSync } from 'node:fs';
import { loadMission } from '../src/mission/loader';
import type { MissionScript } from '../src/mission/schema';

export const repoPath = (rel: string) => new URL(`../${rel}`, import.meta.url);

export function loadScript(rel: string): MissionScript {
  const r = loadMission(readFileSync(repoPath(rel), 'utf8'));
  if (!r.ok)
    throw new Error(`${rel}: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return r.value;
}

export const shutdown = () => loadScript('missions/shutdown.mission.json');
export const fixture = (name: string) => loadScript(`missions/fixtures/${name}.mission.json`);
