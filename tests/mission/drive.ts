/** Feeds events to the machine, keeping every effect, for tests. */
import type { MissionEffect, MissionEvent } from '../../src/mission/events';
import { initialState, type MissionState, reduce } from '../../src/mission/machine';
import type { MissionScript } from '../../src/mission/schema';

export type EventInput = MissionEvent extends infer E
  ? E extends { tick: number }
    ? Omit<E, 'tick'>
    : never
  : never;

export function drive(script: MissionScript, events: EventInput[], start?: MissionState) {
  let state = start ?? initialState(script);
  const effects: MissionEffect[] = [];
  events.forEach((e, i) => {
    const t = reduce(script, state, { ...e, tick: i + 1 } as MissionEvent);
    state = t.state;
    effects.push(...t.effects);
  });
  return { state, effects };
}

export const accept: EventInput = { type: 'accept', captainLevel: 45, replay: false };
