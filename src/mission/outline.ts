/** The mission as a tracker shows it: steps and objectives; `count` only for counters. */
import { objectiveTarget } from './machine';
import type { MissionScript } from './schema';

export interface MissionOutline {
  id: string;
  title: string;
  steps: {
    id: string;
    title: string;
    objectives: { id: string; title: string; count?: number }[];
  }[];
}

export function missionOutline(script: MissionScript): MissionOutline {
  return {
    id: script.id,
    title: script.title,
    steps: script.steps.map((s) => ({
      id: s.id,
      title: s.title,
      objectives: s.objectives.map((o) =>
        o.type === 'counter'
          ? { id: o.id, title: o.title, count: objectiveTarget(o) }
          : { id: o.id, title: o.title },
      ),
    })),
  };
}
