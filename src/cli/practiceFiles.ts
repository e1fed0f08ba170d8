/**
 * The practice start states of `npm run sim -- --from-step`, kept on disk between runs (the
 * browser keeps its own in IndexedDB): one JSON file per key in `node_modules/.cache/
 * shutdown-practice/` (ignored by git; `SHUTDOWN_PRACTICE_CACHE` moves it). A file is named by
 * the 64-bit hash of its key (practiceKey: sim version, mission hash, run parameters, step),
 * and holds the key too, so a new game or mission version never finds an old state. A file that cannot be read or parsed
 * is a miss; a state that does not restore is thrown away by the caller and made again.
 * Writing is best effort: a full or read-only disk only means the next run makes it again.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashString } from '../core/hash';
import type { SessionSnapshot } from '../session/Session';
import type { PracticeCache } from '../speedrun/practice';

/** Larger than any start state (a few tens of KB); a bigger file is not one of ours. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class PracticeFiles implements PracticeCache {
  readonly dir: string;

  constructor(dir = process.env.SHUTDOWN_PRACTICE_CACHE?.trim() || defaultDir()) {
    this.dir = resolve(dir);
  }

  private file(key: string): string {
    return join(this.dir, `${hashString(key)}.json`);
  }

  get(key: string): SessionSnapshot | undefined {
    try {
      const text = readFileSync(this.file(key), 'utf8');
      if (text.length > MAX_FILE_BYTES) return undefined;
      const entry = JSON.parse(text) as { key?: unknown; snapshot?: unknown };
      // The key is stored too: a hash collision or a stray file is a miss.
      if (entry?.key !== key || typeof entry.snapshot !== 'object' || entry.snapshot === null)
        return undefined;
      return entry.snapshot as SessionSnapshot;
    } catch {
      return undefined;
    }
  }

  set(key: string, snapshot: SessionSnapshot): void {
    const file = this.file(key);
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ key, snapshot }));
      renameSync(tmp, file);
    } catch {
      // Best effort (see above).
    }
  }

  /** Forgets a state that turned out not to restore. */
  delete(key: string): void {
    rmSync(this.file(key), { force: true });
  }
}

const defaultDir = () => join(process.cwd(), 'node_modules', '.cache', 'shutdown-practice');
