/** The run library's storage in the browser: one IndexedDB store through idb-keyval. */
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { KeyValue } from './runLibrary';

export function idbKeyValue(): KeyValue | null {
  if (typeof indexedDB === 'undefined') return null;
  const store = createStore('shutdown-runs', 'records');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}
