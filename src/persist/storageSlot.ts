/**
 * One key of the browser's storage (localStorage), written so that nothing is lost:
 * - a failed write (storage full, blocked) comes back as a reason for the player, never thrown
 *   away;
 * - data under the key that the game cannot use is set aside as a backup first, and the key
 *   is not written until that backup is stored. Writes made meanwhile wait and are done once
 *   it is; if no backup can be stored, the key is left as it is and every write is refused.
 */
import { type BackupOutcome, type BackupStore, keepBackup } from './backups';

export interface RawStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage error in words for the player. */
export function storageProblem(e: unknown): string {
  const err = e as { name?: unknown; code?: unknown; message?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22)
    return 'this browser’s storage for the game is full';
  if (name === 'SecurityError') return 'this browser does not let the site store data';
  const what = typeof err?.message === 'string' && err.message ? err.message : String(e);
  return `the browser refused to store it (${name ? `${name}: ` : ''}${what})`;
}

type Hold =
  | { state: 'open' }
  | { state: 'backing-up'; waiting: string | null }
  | { state: 'refused'; reason: string };

export interface SetAsideOutcome {
  backup: BackupOutcome;
  /** A write that waited for the backup and then failed, or null. */
  writeProblem: string | null;
}

export class StorageSlot {
  private hold: Hold = { state: 'open' };
  /** The text this slot last wrote, so an identical write is not done twice. */
  private written: string | null = null;

  constructor(
    private readonly storage: RawStorage | undefined,
    readonly key: string,
    private readonly backups: readonly BackupStore[],
  ) {}

  read(): { ok: true; raw: string | null } | { ok: false; problem: string } {
    if (!this.storage) return { ok: true, raw: null };
    try {
      return { ok: true, raw: this.storage.getItem(this.key) };
    } catch (e) {
      return { ok: false, problem: storageProblem(e) };
    }
  }

  /** Writes `text`; returns why it could not be, or null (written, or waiting for a backup). */
  write(text: string): string | null {
    if (!this.storage) return 'this browser does not let the game store anything';
    if (this.hold.state === 'backing-up') {
      this.hold.waiting = text;
      return null;
    }
    if (this.hold.state === 'refused') return this.hold.reason;
    if (text === this.written) return null;
    try {
      this.storage.setItem(this.key, text);
      this.written = text;
      return null;
    } catch (e) {
      return storageProblem(e);
    }
  }

  /**
   * Keeps `raw`, what the key holds and the game cannot use, as a backup; the key is not
   * written until the backup is stored. Then the key is cleared (so the next start does not
   * back it up again) or takes the write that waited.
   */
  async setAside(raw: string, refusal: string): Promise<SetAsideOutcome> {
    this.hold = { state: 'backing-up', waiting: null };
    const backup = await keepBackup(this.backups, this.key, raw);
    const waiting = this.hold.waiting;
    if (!backup.ok) {
      this.hold = { state: 'refused', reason: refusal };
      return { backup, writeProblem: null };
    }
    this.hold = { state: 'open' };
    if (waiting !== null) return { backup, writeProblem: this.write(waiting) };
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // The backup is stored: at worst the next start backs the same data up once more.
    }
    return { backup, writeProblem: null };
  }
}
