/**
 * Where `Session.restore` finds the check every snapshot from outside goes through
 * (`validateSnapshot.ts`, which installs itself here when it is imported). The check is built on
 * the schema library; keeping it out of Session's own imports lets the browser game start
 * without that library and load it only when a snapshot or a record comes in (a checkpoint to
 * resume, a record file, a practice state). Until the check is loaded, `restore` refuses every
 * snapshot: nothing unchecked reaches the simulation.
 */
import type { Result } from '../core/result';
import type { SimContext } from '../sim/context';
import type { SessionSnapshot } from './Session';

/** The snapshot format's version (its shape: `snapshotSchema.ts`). */
export const SNAPSHOT_VERSION = 1;

export interface SnapshotProblem {
  path: string;
  message: string;
}

export type SnapshotCheck = (
  ctx: SimContext,
  raw: unknown,
) => Result<SessionSnapshot, SnapshotProblem>;

let installed: SnapshotCheck | null = null;

export function installSnapshotCheck(check: SnapshotCheck): void {
  installed = check;
}

/** The installed check, or null before `validateSnapshot.ts` has been imported. */
export function snapshotCheck(): SnapshotCheck | null {
  return installed;
}

export const formatProblem = (p: SnapshotProblem): string => `${p.path}: ${p.message}`;
