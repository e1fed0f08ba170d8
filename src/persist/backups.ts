/**
 * Where data the game cannot use is kept instead of being lost: numbered backups
 * (`<key>.backup`, `<key>.backup.2`, …) that are never overwritten.
 *
 * IndexedDB comes first: its quota is a share of the disk, so a backup does not take the room
 * the live save needs in localStorage (about 5 MB for the whole site). localStorage is the
 * fallback for browsers without IndexedDB. A backup counts as stored only once the browser
 * says so (the IndexedDB transaction completed, or `setItem` returned).
 */
import { createStore, keys, promisifyRequest, type UseStore } from 'idb-keyval';
import { type RawStorage, storageProblem } from './storageSlot';

export interface BackupStore {
  /** Where the copies are, for the player ("this browser’s backup store"). */
  readonly place: string;
  /** Keeps `raw` under the first free numbered name for `key`; resolves to that name. */
  keep(key: string, raw: string): Promise<string>;
}

export type BackupOutcome =
  | { ok: true; name: string; place: string }
  | { ok: false; problem: string };

const numbered = (key: string, n: number) => (n === 1 ? `${key}.backup` : `${key}.backup.${n}`);

/** Backups in IndexedDB, database `shutdown-backups`, object store `backups`. */
export function idbBackups(dbName = 'shutdown-backups', storeName = 'backups'): BackupStore {
  let use: UseStore | undefined;
  return {
    place: 'this browser’s backup store (IndexedDB)',
    async keep(key, raw) {
      // Opening throws at once where IndexedDB is missing or blocked: a rejection here.
      use ??= createStore(dbName, storeName);
      const store = use;
      const taken = new Set((await keys(store)).map(String));
      for (let n = 1; ; n++) {
        const name = numbered(key, n);
        if (taken.has(name)) continue;
        try {
          // `add`, not `put`: a name another tab took meanwhile fails instead of being replaced.
          await store('readwrite', (s) => {
            s.add(raw, name);
            return promisifyRequest(s.transaction);
          });
          return name;
        } catch (e) {
          if ((e as { name?: string } | null)?.name !== 'ConstraintError') throw e;
          taken.add(name);
        }
      }
    },
  };
}

/** Backups next to the data in localStorage (`getItem` tells which names are free). */
export function localBackups(storage: RawStorage): BackupStore {
  return {
    place: 'this browser’s local storage',
    async keep(key, raw) {
      for (let n = 1; ; n++) {
        const name = numbered(key, n);
        if (storage.getItem(name) !== null) continue;
        storage.setItem(name, raw);
        return name;
      }
    },
  };
}

/** The stores the browser game uses, in the order they are tried. */
export function browserBackups(storage: RawStorage | undefined): BackupStore[] {
  return storage ? [idbBackups(), localBackups(storage)] : [idbBackups()];
}

/** Tries each store in turn; the outcome says where the copy is, or why none could be kept. */
export async function keepBackup(
  stores: readonly BackupStore[],
  key: string,
  raw: string,
): Promise<BackupOutcome> {
  const problems: string[] = [];
  for (const store of stores) {
    try {
      const name = await store.keep(key, raw);
      return { ok: true, name, place: store.place };
    } catch (e) {
      problems.push(`${store.place}: ${storageProblem(e)}`);
    }
  }
  return {
    ok: false,
    problem: problems.length > 0 ? problems.join('; ') : 'this browser offers no place for one',
  };
}
