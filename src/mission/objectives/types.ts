/**
 * The contract every objective type implements, one file per type in this folder.
 * Handlers are pure: they look at the objective's data, its progress and one event, and say
 * what changed. The machine owns order, completion and failure handling.
 */
import type { MissionEffect, MissionEvent } from '../events';
import type { DeepReadonly, MissionScriptData, Objective } from '../schema';

export type Outcome =
  | { kind: 'ignored' }
  | { kind: 'progress'; progress: number }
  | { kind: 'failed'; reason: string };

export interface ObjectiveHandler<O extends DeepReadonly<Objective>> {
  /** Progress needed to complete: the counter's target, 1 for everything else. */
  target(o: O): number;
  /** Effects when the objective becomes the active one (enable a console, order an NPC). */
  activate(o: O): MissionEffect[];
  /** Effects when it completes, before the next one activates. */
  complete(o: O): MissionEffect[];
  handle(
    o: O,
    progress: number,
    event: MissionEvent,
    script: DeepReadonly<MissionScriptData>,
  ): Outcome;
}

export const IGNORED: Outcome = { kind: 'ignored' };

export const npcName = (script: DeepReadonly<MissionScriptData>, npc: string): string =>
  script.npcs.find((n) => n.id === npc)?.name ?? npc;
