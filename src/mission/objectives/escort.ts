/** Escort: an NPC follows the player and must reach a zone alive; its death fails the step. */
import type { DeepReadonly, Objective } from '../schema';
import { IGNORED, npcName, type ObjectiveHandler } from './types';

type Escort = DeepReadonly<Extract<Objective, { type: 'escort' }>>;

export const escort: ObjectiveHandler<Escort> = {
  target: () => 1,
  activate: (o) => [
    { type: 'npcOrder', npc: o.npc, order: 'follow' },
    { type: 'watchZone', zone: o.zone, actor: o.npc },
  ],
  complete: (o) => [{ type: 'npcOrder', npc: o.npc, order: 'stay' }],
  handle: (o, _progress, e, script) => {
    if (e.type === 'npcDied' && e.npc === o.npc) {
      return {
        kind: 'failed',
        reason: `${npcName(script, o.npc)} was killed before reaching safety.`,
      };
    }
    if (e.type === 'enteredZone' && e.zone === o.zone && e.actor === o.npc) {
      return { kind: 'progress', progress: 1 };
    }
    return IGNORED;
  },
};
