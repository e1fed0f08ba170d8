/**
 * Every attempt's run record, kept per captain: in IndexedDB (through idb-keyval) for saved
 * captains; the guest's records for this browser session only (they carry the session's id and
 * are cleared when another session starts). Each captain keeps the last 50 attempts plus every
 * record that was a personal best when it was made; older ones are dropped as new ones come.
 *
 * A run in progress is saved now and then (`saveInProgress`), so an attempt ended by closing or
 * reloading the page is still kept: at the next start it joins the library as "abandoned".
 *
 * Storage is reached through a small key-value interface, so tests (and browsers where
 * IndexedDB is refused) use memory instead.
 */
import type { RecordStatus, RunRecord } from '../speedrun/recordFormat';

export const KEEP_LAST = 50;

export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export class MemoryKeyValue implements KeyValue {
  readonly data = new Map<string, unknown>();
  async get<T>(key: string) {
    return structuredClone(this.data.get(key)) as T | undefined;
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async del(key: string) {
    this.data.delete(key);
  }
  async keys() {
    return [...this.data.keys()];
  }
}

/** What the library lists about a record without loading it. */
export interface RunMeta {
  id: string;
  owner: string;
  startedAt: string;
  category: string;
  difficulty: string;
  status: RecordStatus;
  igtTicks: number;
  flags: string[];
  /** A clean complete run that was the fastest of its category and difficulty when made. */
  wasPb: boolean;
  imported: boolean;
}

export const metaOf = (
  id: string,
  owner: string,
  r: RunRecord,
  wasPb: boolean,
  imported: boolean,
): RunMeta => ({
  id,
  owner,
  startedAt: r.run.startedAt,
  category: r.run.category,
  difficulty: r.run.difficulty,
  status: r.result.status,
  igtTicks: r.result.igtTicks,
  flags: (['autopilot', 'resumed', 'practice'] as const).filter((f) => r.assisted[f]),
  wasPb,
  imported,
});

/** Clean and complete: the only runs that may be a personal best (SPEEDRUN.md, Integrity). */
export const isClean = (m: Pick<RunMeta, 'flags' | 'status' | 'category'>) =>
  m.status === 'complete' &&
  !m.flags.includes('resumed') &&
  !m.flags.includes('practice') &&
  (!m.flags.includes('autopilot') || m.category === 'autopilot');

const sameBoard = (a: RunMeta, b: RunMeta) =>
  a.category === b.category && a.difficulty === b.difficulty;

/** The current personal best of each category and difficulty among `metas`. */
export function personalBests(metas: readonly RunMeta[]): Set<string> {
  const best = new Map<string, RunMeta>();
  for (const m of metas) {
    if (!isClean(m) || m.imported) continue;
    const key = `${m.category}/${m.difficulty}`;
    const b = best.get(key);
    if (!b || m.igtTicks < b.igtTicks) best.set(key, m);
  }
  return new Set([...best.values()].map((m) => m.id));
}

export class RunLibrary {
  private seq = 0;

  /**
   * `owner` of the guest is `guest:<session id>`: `forgetOtherGuests` clears the records of
   * other browser sessions.
   */
  constructor(
    private readonly kv: KeyValue,
    private readonly newId: () => string = () =>
      `r${Date.now().toString(36)}${(this.seq++).toString(36)}`,
  ) {}

  private indexKey = (owner: string) => `index:${owner}`;
  private recordKey = (id: string) => `run:${id}`;
  private progressKey = (owner: string) => `progress:${owner}`;

  async list(owner: string): Promise<RunMeta[]> {
    return (await this.kv.get<RunMeta[]>(this.indexKey(owner))) ?? [];
  }

  async get(id: string): Promise<RunRecord | undefined> {
    return this.kv.get<RunRecord>(this.recordKey(id));
  }

  /** Keeps a finished attempt; returns its id. Prunes to the last 50 plus every PB. */
  async add(owner: string, record: RunRecord, imported = false): Promise<string> {
    const list = await this.list(owner);
    const id = this.newId();
    const meta = metaOf(id, owner, record, false, imported);
    const previous = list.filter((m) => sameBoard(m, meta) && isClean(m) && !m.imported);
    meta.wasPb = !imported && isClean(meta) && previous.every((m) => meta.igtTicks < m.igtTicks);
    await this.kv.set(this.recordKey(id), record);
    const next = [meta, ...list];
    const keep = new Set(next.slice(0, KEEP_LAST).map((m) => m.id));
    for (const m of next) if (m.wasPb || m.imported) keep.add(m.id);
    const kept = next.filter((m) => keep.has(m.id));
    await this.kv.set(this.indexKey(owner), kept);
    for (const m of next) if (!keep.has(m.id)) await this.kv.del(this.recordKey(m.id));
    return id;
  }

  async remove(owner: string, id: string): Promise<void> {
    const list = await this.list(owner);
    await this.kv.set(
      this.indexKey(owner),
      list.filter((m) => m.id !== id),
    );
    await this.kv.del(this.recordKey(id));
  }

  async saveInProgress(owner: string, record: RunRecord): Promise<void> {
    await this.kv.set(this.progressKey(owner), record);
  }

  async clearInProgress(owner: string): Promise<void> {
    await this.kv.del(this.progressKey(owner));
  }

  /** Attempts left in progress by a closed or reloaded page join the library as abandoned. */
  async recoverAbandoned(owner: string): Promise<string | null> {
    const r = await this.kv.get<RunRecord>(this.progressKey(owner));
    if (!r) return null;
    await this.kv.del(this.progressKey(owner));
    r.result.status = 'abandoned';
    return this.add(owner, r);
  }

  /** Drops the guest records of browser sessions other than `current`. */
  async forgetOtherGuests(current: string): Promise<void> {
    for (const key of await this.kv.keys()) {
      const m = /^(index|progress|practice-bests):(guest:.+)$/.exec(key);
      if (!m || m[2] === current) continue;
      if (m[1] === 'index')
        for (const meta of (await this.kv.get<RunMeta[]>(key)) ?? [])
          await this.kv.del(this.recordKey(meta.id));
      await this.kv.del(key);
    }
  }
}
