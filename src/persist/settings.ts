/**
 * Player settings in localStorage, versioned. A missing, corrupt or newer entry never stops the
 * game: the defaults are used, and unreadable data is kept under a backup key.
 */
import type { Settings } from '../store/hud';

const KEY = 'shutdown.settings';
const VERSION = 1;

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const unit = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

export function loadSettings(
  storage: StorageLike | undefined,
  defaults: Settings,
): { settings: Settings; notice: string | null } {
  if (!storage) return { settings: structuredClone(defaults), notice: null };
  let raw: string | null = null;
  try {
    raw = storage.getItem(KEY);
    if (raw === null) return { settings: structuredClone(defaults), notice: null };
    const data = JSON.parse(raw) as { version?: unknown; settings?: Record<string, unknown> };
    if (data.version !== VERSION || typeof data.settings !== 'object' || data.settings === null) {
      throw new Error(`unsupported settings version ${String(data.version)}`);
    }
    const s = data.settings;
    const bindings: Record<string, string> = { ...defaults.bindings };
    if (typeof s.bindings === 'object' && s.bindings !== null) {
      for (const [k, v] of Object.entries(s.bindings))
        if (k in bindings && typeof v === 'string' && v.length < 40) bindings[k] = v;
    }
    return {
      settings: {
        master: unit(s.master, defaults.master),
        effects: unit(s.effects, defaults.effects),
        music: unit(s.music, defaults.music),
        reducedMotion:
          typeof s.reducedMotion === 'boolean' ? s.reducedMotion : defaults.reducedMotion,
        bindings,
      },
      notice: null,
    };
  } catch {
    try {
      if (raw !== null) storage.setItem(`${KEY}.backup`, raw);
    } catch {
      // Storage full or blocked: the defaults still apply.
    }
    return {
      settings: structuredClone(defaults),
      notice: 'Your saved settings could not be read; the defaults are in use.',
    };
  }
}

export function saveSettings(storage: StorageLike | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ version: VERSION, settings }));
  } catch {
    // Private mode or a full disk: settings last for this visit only.
  }
}
