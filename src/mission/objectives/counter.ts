/**
 * Counter: N tagged events ("Destroy Station Defenses (0/18)", "Rescue the Injured (0/8)").
 * Progress never exceeds the target; extra events are ignored.
 */
import type { DeepReadonly, Objective } from '../schema';
import { IGNORED, type ObjectiveHandler } from './types';

type Counter = DeepReadonly<Extract<Objective, { type: 'counter' }>>;

export const counter: ObjectiveHandler<Counter> = {
  target: (o) => o.count,
  activate: () => [],
  complete: () => [],
  handle: (o, progress, e) => {
    if (e.type !== o.event || !('tags' in e) || !e.tags.includes(o.tag)) return IGNORED;
    return progress >= o.count ? IGNORED : { kind: 'progress', progress: progress + 1 };
  },
};
