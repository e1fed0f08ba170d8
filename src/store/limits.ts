/**
 * The one set of limits on what the game keeps in the browser. The save schema refuses more
 * than this on read, and every write (a new captain, an import, progress, settings, an export)
 * is checked against the same numbers first: the game never writes what it would refuse to
 * read. Sizes are UTF-8 bytes of the text as written (`utf8Bytes`).
 *
 * Browsers give a site about 5 MB of localStorage in all (Chromium counts 5 M characters); the
 * save stays well below that so settings and a second copy during a write still fit.
 */
export const LIMITS = {
  /** The captains' save, as written to storage. */
  saveBytes: 2_000_000,
  /** Captains in one save. */
  captains: 100,
  /** A captain's received-items log keeps the newest this many entries. */
  itemsPerCaptain: 1_000,
  /** Missions, tallies, accolades and prerequisites: at most this many of each per captain. */
  recordsPerCaptain: 64,
  /** A captain's run checkpoint (a session snapshot, as JSON). */
  checkpointBytes: 100_000,
  /** A captain file (export and import); the largest captain the limits allow fits easily. */
  captainFileBytes: 1_000_000,
  /** Characters in a captain's name. */
  nameChars: 32,
  /** Speedrun boards (category × difficulty) per captain. */
  boardsPerCaptain: 64,
  /** Attempts a board's history keeps (the newest). */
  attemptsPerBoard: 50,
  /** Splits in one attempt's times. */
  splitsPerAttempt: 500,
  /** The saved settings. */
  settingsBytes: 20_000,
} as const;

const encoder = new TextEncoder();

/** UTF-8 length of `text`: what it takes in a file (never less than `text.length`). */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/** A size for the player: "3.45 MB", "200 KB", "512 bytes" (decimal units, as file managers). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(2))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
