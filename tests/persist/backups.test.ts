/** Numbered backups in IndexedDB (fake-indexeddb here) and localStorage; none is overwritten. */
import 'fake-indexeddb/auto';
import { createStore, entries } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { idbBackups, keepBackup, localBackups } from '../../src/persist/backups';
import { MemoryBackups, QuotaStorage } from '../helpers';

let db = 0;
const freshDb = () => `backups-test-${++db}`;

describe('backups', () => {
  it('IndexedDB: numbered names, earlier backups never overwritten', async () => {
    const name = freshDb();
    const store = idbBackups(name);
    expect(await store.keep('shutdown.captains', 'first')).toBe('shutdown.captains.backup');
    expect(await store.keep('shutdown.captains', 'second')).toBe('shutdown.captains.backup.2');
    // A second handle on the same database (another tab, the next start) counts on.
    expect(await idbBackups(name).keep('shutdown.captains', 'third')).toBe(
      'shutdown.captains.backup.3',
    );
    expect(await idbBackups(name).keep('shutdown.settings', 's')).toBe('shutdown.settings.backup');
    const all = Object.fromEntries(await entries(createStore(name, 'backups')));
    expect(all).toEqual({
      'shutdown.captains.backup': 'first',
      'shutdown.captains.backup.2': 'second',
      'shutdown.captains.backup.3': 'third',
      'shutdown.settings.backup': 's',
    });
  });

  it('localStorage: numbered names after the ones taken', async () => {
    const storage = new QuotaStorage(1_000);
    storage.setItem('k.backup', 'old');
    expect(await localBackups(storage).keep('k', 'new')).toBe('k.backup.2');
    expect(storage.getItem('k.backup')).toBe('old');
  });

  it('the first store that takes the copy says where it is; a full one is passed over', async () => {
    const storage = new QuotaStorage(50);
    const failing = new MemoryBackups();
    failing.fail = new DOMException('no room', 'QuotaExceededError');
    expect(await keepBackup([failing, localBackups(storage)], 'k', 'data')).toEqual({
      ok: true,
      name: 'k.backup',
      place: 'this browser’s local storage',
    });
    storage.fill();
    expect(await keepBackup([failing, localBackups(storage)], 'k', 'more')).toEqual({
      ok: false,
      problem:
        'the test’s backup store: this browser’s storage for the game is full; this browser’s local storage: this browser’s storage for the game is full',
    });
  });

  it('without IndexedDB the store refuses, and the next one is tried', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB (some private modes).
    delete globalThis.indexedDB;
    try {
      const storage = new QuotaStorage(1_000);
      const r = await keepBackup([idbBackups(freshDb()), localBackups(storage)], 'k', 'data');
      expect(r).toMatchObject({ ok: true, place: 'this browser’s local storage' });
      expect(storage.getItem('k.backup')).toBe('data');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
