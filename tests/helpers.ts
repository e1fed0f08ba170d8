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

/** A localStorage stand-in for tests (the Storage interface, in memory). */
export class MemoryStorage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
