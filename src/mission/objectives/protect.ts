/** Protect: an NPC must stay alive until a condition holds (an event matcher). */
import { type MissionEffect, type MissionEvent, PLAYER } from '../events';
import type { DeepReadonly, EventMatcher, Objective } from '../schema';
import { IGNORED, npcName, type ObjectiveHandler } from './types';

type Protect = DeepReadonly<Extract<Objective, { type: 'protect' }>>;

export function matches(m: DeepReadonly<EventMatcher>, e: MissionEvent): boolean {
  switch (m.event) {
    case 'defeated':
    case 'groupDefeated':
    case 'rescued':
      return e.type === m.event && e.tags.includes(m.tag);
    case 'enteredZone':
      return e.type === 'enteredZone' && e.zone === m.zone;
    case 'interacted':
      return e.type === 'interacted' && e.target === m.target;
    case 'hailed':
      return e.type === 'hailed' && e.contact === m.contact;
  }
}

/** Makes the `until` condition possible, as the objective types that own it would. */
function enableCondition(m: DeepReadonly<EventMatcher>): MissionEffect[] {
  switch (m.event) {
    case 'enteredZone':
      return [{ type: 'watchZone', zone: m.zone, actor: PLAYER }];
    case 'interacted':
      return [{ type: 'enableInteractable', target: m.target }];
    case 'hailed':
      return [{ type: 'enableHail', contact: m.contact }];
    default:
      return [];
  }
}

export const protect: ObjectiveHandler<Protect> = {
  target: () => 1,
  activate: (o) => [{ type: 'npcOrder', npc: o.npc, order: 'work' }, ...enableCondition(o.until)],
  complete: () => [],
  handle: (o, _progress, e, script) => {
    if (e.type === 'npcDied' && e.npc === o.npc) {
      return { kind: 'failed', reason: `${npcName(script, o.npc)} was killed.` };
    }
    return matches(o.until, e) ? { kind: 'progress', progress: 1 } : IGNORED;
  },
};
