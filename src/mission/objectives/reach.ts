/** Reach: the player enters a zone ("Go To Deep Space 9"). */
import { PLAYER } from '../events';
import type { DeepReadonly, Objective } from '../schema';
import { IGNORED, type ObjectiveHandler } from './types';

type Reach = DeepReadonly<Extract<Objective, { type: 'reach' }>>;

export const reach: ObjectiveHandler<Reach> = {
  target: () => 1,
  // Watching is level-triggered: a player already inside the zone completes it at once.
  activate: (o) => [{ type: 'watchZone', zone: o.zone, actor: PLAYER }],
  complete: () => [],
  handle: (o, _progress, e) =>
    e.type === 'enteredZone' && e.zone === o.zone && e.actor === PLAYER
      ? { kind: 'progress', progress: 1 }
      : IGNORED,
};
