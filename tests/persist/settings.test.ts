/** Saved settings: numbered backups, failed writes as notices, one key per action. */
import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type BackupStore, idbBackups, localBackups } from '../../src/persist/backups';
import type { ExportFile } from '../../src/persist/profileSave';
import { SETTINGS_KEY, SettingsSave } from '../../src/persist/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../src/store/hud';
import { MemoryBackups, MemoryStorage, QuotaStorage } from '../helpers';

function open(storage: MemoryStorage, backups: readonly BackupStore[] = [localBackups(storage)]) {
  const later: string[] = [];
  const files: (ExportFile | undefined)[] = [];
  const save = new SettingsSave(storage, backups, (m, f) => {
    later.push(m);
    files.push(f);
  });
  const { settings, notices } = save.load(DEFAULT_SETTINGS);
  return { save, settings, notices, later, files };
}

const stored = (settings: Partial<Settings>) =>
  JSON.stringify({ version: 1, settings: { ...DEFAULT_SETTINGS, ...settings } });
const withBindings = (b: Record<string, string>) =>
  stored({ bindings: { ...DEFAULT_SETTINGS.bindings, ...b } });

describe('settings', () => {
  it('round-trip: what is saved is loaded, without notices', () => {
    const storage = new MemoryStorage();
    const first = open(storage);
    first.save.save({
      ...DEFAULT_SETTINGS,
      master: 0.3,
      ghosts: false,
      bindings: { ...DEFAULT_SETTINGS.bindings, fire: 'KeyG' },
    });
    const again = open(storage);
    expect(again.settings.master).toBe(0.3);
    expect(again.settings.ghosts).toBe(false);
    expect(again.settings.bindings.fire).toBe('KeyG');
    expect([...again.notices, ...again.later]).toEqual([]);
  });

  it('keeps the controls-hint setting; settings saved before it existed show the hint', () => {
    const storage = new MemoryStorage();
    expect(open(storage).settings.hints).toBe(true);
    open(storage).save.save({ ...DEFAULT_SETTINGS, hints: false });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).settings.hints).toBe(false);
    expect(open(storage).settings.hints).toBe(false);
    const { hints: _, ...older } = DEFAULT_SETTINGS;
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, settings: older }));
    const loaded = open(storage);
    expect(loaded.settings.hints).toBe(true);
    expect(loaded.notices).toEqual([]);
    storage.setItem(SETTINGS_KEY, stored({ hints: 'no' as unknown as boolean }));
    expect(open(storage).settings.hints).toBe(true);
  });

  it('keeps the LiveSplit connection and address; older or odd values fall back to off and the default', () => {
    const storage = new MemoryStorage();
    expect(open(storage).settings).toMatchObject({
      liveSplit: false,
      liveSplitUrl: 'ws://localhost:16834/livesplit',
    });
    open(storage).save.save({
      ...DEFAULT_SETTINGS,
      liveSplit: true,
      liveSplitUrl: 'ws://10.0.0.2:9000/ls',
    });
    expect(open(storage).settings).toMatchObject({
      liveSplit: true,
      liveSplitUrl: 'ws://10.0.0.2:9000/ls',
    });
    const { liveSplit: _a, liveSplitUrl: _b, ...older } = DEFAULT_SETTINGS;
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, settings: older }));
    expect(open(storage).settings).toMatchObject({
      liveSplit: false,
      liveSplitUrl: DEFAULT_SETTINGS.liveSplitUrl,
    });
    storage.setItem(
      SETTINGS_KEY,
      stored({ liveSplit: 1 as unknown as boolean, liveSplitUrl: 'x'.repeat(300) }),
    );
    expect(open(storage).settings).toMatchObject({
      liveSplit: false,
      liveSplitUrl: DEFAULT_SETTINGS.liveSplitUrl,
    });
  });

  it('unreadable settings are numbered backups: a second one does not overwrite the first', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, 'first broken');
    const one = open(storage);
    expect(one.settings).toEqual(DEFAULT_SETTINGS);
    await one.save.settled();
    expect(one.later).toEqual([
      `Your saved settings could not be read (they are not valid JSON); the defaults are in use. The old settings are kept as “${SETTINGS_KEY}.backup” in this browser’s local storage.`,
    ]);
    expect(one.files).toEqual([{ name: expect.any(String), text: 'first broken' }]);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 7, settings: {} }));
    const two = open(storage);
    await two.save.settled();
    expect(two.later[0]).toContain('their version (7) is not one this game reads');
    expect(two.later[0]).toContain(`“${SETTINGS_KEY}.backup.2”`);
    expect(storage.getItem(`${SETTINGS_KEY}.backup`)).toBe('first broken');
    expect(storage.getItem(`${SETTINGS_KEY}.backup.2`)).toBe(
      JSON.stringify({ version: 7, settings: {} }),
    );
  });

  it('with IndexedDB the backups go there, numbered too', async () => {
    const storage = new MemoryStorage();
    const backups = [idbBackups('settings-test'), localBackups(storage)];
    for (const raw of ['a', 'b']) {
      storage.setItem(SETTINGS_KEY, raw);
      await open(storage, backups).save.settled();
    }
    const db = createStore('settings-test', 'backups');
    expect(await get(`${SETTINGS_KEY}.backup`, db)).toBe('a');
    expect(await get(`${SETTINGS_KEY}.backup.2`, db)).toBe('b');
    // Backed up, the broken entry leaves its key.
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('unreadable settings are not written over before their backup is stored', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, '{broken');
    const backups = new MemoryBackups();
    backups.gated = true;
    const s = open(storage, [backups]);
    s.save.save({ ...DEFAULT_SETTINGS, music: 0.1 });
    expect(storage.getItem(SETTINGS_KEY)).toBe('{broken');
    backups.open();
    await s.save.settled();
    expect(backups.data.get(`${SETTINGS_KEY}.backup`)).toBe('{broken');
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).settings.music).toBe(0.1);
  });

  it('when no backup can be stored, the unreadable settings stay untouched and saving says so', async () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, '{broken');
    const backups = new MemoryBackups();
    backups.fail = new DOMException('full', 'QuotaExceededError');
    const s = open(storage, [backups]);
    await s.save.settled();
    expect(s.later[0]).toMatch(
      /No backup of the old settings could be stored .* so they are left untouched/,
    );
    expect(s.files[0]).toMatchObject({ text: '{broken' });
    s.save.save({ ...DEFAULT_SETTINGS, music: 0.1 });
    expect(s.later[1]).toBe(
      'Your settings could not be saved: the old settings could not be backed up, so they are left untouched. They apply until the game is closed.',
    );
    expect(storage.getItem(SETTINGS_KEY)).toBe('{broken');
  });

  it('a full storage: saving the settings is a notice, not silence', () => {
    const storage = new QuotaStorage(2_000);
    const s = open(storage);
    s.save.save(DEFAULT_SETTINGS);
    storage.fill();
    s.save.save({ ...DEFAULT_SETTINGS, master: 0.125 });
    expect(s.later).toEqual([
      'Your settings could not be saved: this browser’s storage for the game is full. They apply until the game is closed.',
    ]);
  });
});

describe('two actions on one key', () => {
  it('the clashing actions go back to their defaults, with a notice naming the key and actions', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, withBindings({ fire: 'KeyF' }));
    const s = open(storage);
    expect(s.notices).toEqual([
      'Your saved settings gave the key F to both “Fire weapons” and “Interact (hold)”, and a key can do only one thing: now “Fire weapons” is on Space and “Interact (hold)” is on F.',
    ]);
    expect(s.settings.bindings).toEqual(DEFAULT_SETTINGS.bindings);
  });

  it('where a default is taken, the first action keeps the key and the other is left without one', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, withBindings({ fire: 'KeyF', hail: 'Space', torpedo: 'KeyF' }));
    const s = open(storage);
    expect(s.notices).toEqual([
      'Your saved settings gave the key F to “Fire weapons”, “Fire torpedo” and “Interact (hold)”, and a key can do only one thing: now “Fire weapons” is on F, “Fire torpedo” is on Q and “Interact (hold)” has no key (set one in Pause › Settings).',
    ]);
    expect(s.settings.bindings).toMatchObject({
      fire: 'KeyF',
      torpedo: 'KeyQ',
      interact: '',
      hail: 'Space',
    });
    const keys = Object.values(s.settings.bindings).filter((k) => k !== '');
    expect(new Set(keys).size).toBe(keys.length);
  });
});
