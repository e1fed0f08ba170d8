/**
 * The game's checks of what comes from outside (run records, snapshots: built on the schema
 * library), loaded the first time one is needed rather than with the game: a playable space
 * scene needs none of it. `gameApp.ts` also starts loading it once the game is up, so it is
 * usually there before anything asks. Until it has loaded, `Session.restore` refuses every
 * snapshot (src/session/snapshotCheck.ts).
 */
export type Checks = typeof import('./checksChunk');

let loading: Promise<Checks> | null = null;

export function loadChecks(): Promise<Checks> {
  loading ??= import('./checksChunk');
  return loading;
}
