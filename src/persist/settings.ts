/**
 * Player settings in localStorage, versioned. A missing, corrupt or newer entry never stops the
 * game: the defaults are used, and the unreadable entry is set aside as a numbered backup
 * (`shutdown.settings.backup`, `.backup.2`, …, see `backups.ts`) before anything is written
 * over it. Key bindings that give one key to two actions are mended on load (the first action
 * keeps the key) with a notice naming them. A write that fails is reported, never dropped.
 */
import { type BindingClash, bindingLabel, keyLabel, resolveClashes } from '../store/bindings';
import type { Settings } from '../store/hud';
import { formatBytes, LIMITS, utf8Bytes } from '../store/limits';
import type { BackupStore } from './backups';
import type { ExportFile } from './profileSave';
import { type RawStorage, StorageSlot } from './storageSlot';

export const SETTINGS_KEY = 'shutdown.settings';
const VERSION = 1;

const unit = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

/** A short saved string (an id or a name), or the default; whether it exists is checked on use. */
const shortText = (v: unknown, fallback: string) =>
  typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : fallback;

/** Reads settings text; throws with the reason when it cannot be used. */
function parseSettings(raw: string, defaults: Settings): Settings {
  const bytes = utf8Bytes(raw);
  if (bytes > LIMITS.settingsBytes)
    throw new Error(
      `they take ${formatBytes(bytes)}, over the limit of ${formatBytes(LIMITS.settingsBytes)}`,
    );
  let data: { version?: unknown; settings?: Record<string, unknown> };
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error('they are not valid JSON');
  }
  if (typeof data !== 'object' || data === null) throw new Error('they are not settings');
  if (data.version !== VERSION || typeof data.settings !== 'object' || data.settings === null)
    throw new Error(`their version (${String(data.version)}) is not one this game reads`);
  const s = data.settings;
  const bindings: Record<string, string> = { ...defaults.bindings };
  if (typeof s.bindings === 'object' && s.bindings !== null) {
    for (const [k, v] of Object.entries(s.bindings))
      if (k in bindings && typeof v === 'string' && v.length < 40) bindings[k] = v;
  }
  return {
    master: unit(s.master, defaults.master),
    effects: unit(s.effects, defaults.effects),
    music: unit(s.music, defaults.music),
    reducedMotion: typeof s.reducedMotion === 'boolean' ? s.reducedMotion : defaults.reducedMotion,
    hints: typeof s.hints === 'boolean' ? s.hints : defaults.hints,
    ghosts: typeof s.ghosts === 'boolean' ? s.ghosts : defaults.ghosts,
    speedrunMode: typeof s.speedrunMode === 'boolean' ? s.speedrunMode : defaults.speedrunMode,
    speedrunCategory: shortText(s.speedrunCategory, defaults.speedrunCategory),
    comparison: shortText(s.comparison, defaults.comparison),
    leaderboardServer:
      typeof s.leaderboardServer === 'string' && s.leaderboardServer.length <= 200
        ? s.leaderboardServer
        : defaults.leaderboardServer,
    liveSplit: typeof s.liveSplit === 'boolean' ? s.liveSplit : defaults.liveSplit,
    liveSplitUrl:
      typeof s.liveSplitUrl === 'string' && s.liveSplitUrl.length <= 200
        ? s.liveSplitUrl
        : defaults.liveSplitUrl,
    bindings,
  };
}

const quote = (id: string) => `“${bindingLabel(id)}”`;

/** One notice per shared key: which actions had it, and the key each has now. */
function clashNotice(clash: BindingClash): string {
  const names = clash.actions.map((a) => quote(a.id));
  const had =
    names.length === 2
      ? `both ${names[0]} and ${names[1]}`
      : names.join(', ').replace(/, ([^,]*)$/, ' and $1');
  const now = clash.actions
    .map((a) =>
      a.to
        ? `${quote(a.id)} is on ${keyLabel(a.to)}`
        : `${quote(a.id)} has no key (set one in Pause › Settings)`,
    )
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');
  return `Your saved settings gave the key ${keyLabel(clash.key)} to ${had}, and a key can do only one thing: now ${now}.`;
}

export class SettingsSave {
  private readonly slot: StorageSlot;
  private readonly pending = new Set<Promise<unknown>>();

  /**
   * `onNotice` hears what is known only later (a backup's outcome) and failed saves; it is
   * never called during `load`, so it may reach things built after the settings.
   */
  constructor(
    private readonly storage: RawStorage | undefined,
    backups: readonly BackupStore[],
    private readonly onNotice: (message: string, offer?: ExportFile) => void,
  ) {
    this.slot = new StorageSlot(storage, SETTINGS_KEY, backups);
  }

  /** The saved settings (or the defaults), and the notices to show at once. */
  load(defaults: Settings): { settings: Settings; notices: string[] } {
    const fallback = () => structuredClone(defaults);
    if (!this.storage) return { settings: fallback(), notices: [] };
    const read = this.slot.read();
    if (!read.ok)
      return {
        settings: fallback(),
        notices: [
          `Your saved settings could not be read (${read.problem}); the defaults are in use.`,
        ],
      };
    if (read.raw === null) return { settings: fallback(), notices: [] };
    let settings: Settings;
    try {
      settings = parseSettings(read.raw, defaults);
    } catch (e) {
      this.setAside(read.raw, (e as Error).message);
      return { settings: fallback(), notices: [] };
    }
    const mended = resolveClashes(settings.bindings, defaults.bindings);
    return {
      settings: { ...settings, bindings: mended.bindings },
      notices: mended.clashes.map(clashNotice),
    };
  }

  /** Saves the settings; a refusal (storage full, old settings not yet backed up) is a notice. */
  save(settings: Settings): void {
    const text = JSON.stringify({ version: VERSION, settings });
    const bytes = utf8Bytes(text);
    const problem =
      bytes > LIMITS.settingsBytes
        ? `they would take ${formatBytes(bytes)}, over the limit of ${formatBytes(LIMITS.settingsBytes)}`
        : this.slot.write(text);
    if (problem)
      this.onNotice(
        `Your settings could not be saved: ${problem}. They apply until the game is closed.`,
      );
  }

  /** Resolves once every backup started so far is stored or has failed (and been reported). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  private setAside(raw: string, reason: string) {
    const lead = `Your saved settings could not be read (${reason}); the defaults are in use.`;
    const file: ExportFile = { name: 'shutdown-settings-old.json', text: raw };
    const done = this.slot
      .setAside(raw, 'the old settings could not be backed up, so they are left untouched')
      .then(({ backup, writeProblem }) => {
        this.onNotice(
          backup.ok
            ? `${lead} The old settings are kept as “${backup.name}” in ${backup.place}.`
            : `${lead} No backup of the old settings could be stored (${backup.problem}), so they are left untouched and changes made now are not saved.`,
          file,
        );
        if (writeProblem)
          this.onNotice(
            `Your settings could not be saved: ${writeProblem}. They apply until the game is closed.`,
          );
      });
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }
}
