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

/**
 * A localStorage stand-in with a quota, as browsers have: keys and values together may hold
 * `quota` characters (UTF-16 code units, as browsers count them); a write past it throws a
 * `QuotaExceededError` DOMException and changes nothing.
 */
export class QuotaStorage extends MemoryStorage {
  constructor(public quota: number) {
    super();
  }
  used() {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  override setItem(k: string, v: string) {
    const before = this.data.get(k);
    const after =
      this.used() - (before === undefined ? 0 : k.length + before.length) + k.length + v.length;
    if (after > this.quota)
      throw new DOMException(
        `The quota has been exceeded (${after} > ${this.quota}).`,
        'QuotaExceededError',
      );
    super.setItem(k, v);
  }
  /** Fills what is left with one filler entry, so the next write that grows anything fails. */
  fill() {
    const key = `filler.${this.data.size}`;
    super.setItem(key, 'x'.repeat(Math.max(0, this.quota - this.used() - key.length)));
  }
}

/** Backups kept in memory; `fail` makes every `keep` reject, `gate` holds them until opened. */
export class MemoryBackups {
  readonly place = 'the test’s backup store';
  data = new Map<string, string>();
  fail: Error | null = null;
  private waiters: (() => void)[] = [];
  gated = false;
  async keep(key: string, raw: string): Promise<string> {
    if (this.gated) await new Promise<void>((r) => this.waiters.push(r));
    if (this.fail) throw this.fail;
    let n = 1;
    while (this.data.has(n === 1 ? `${key}.backup` : `${key}.backup.${n}`)) n++;
    const name = n === 1 ? `${key}.backup` : `${key}.backup.${n}`;
    this.data.set(name, raw);
    return name;
  }
  open() {
    this.gated = false;
    for (const w of this.waiters.splice(0)) w();
  }
}
