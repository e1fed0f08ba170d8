/**
 * Screen-reader announcements derived by comparing two HUD snapshots (plain data diffing; the
 * DOM itself is left to lit-html). Counter progress is announced only when it changes.
 */
import type { HudState, ObjectiveView } from '../store/hud';

type Facts = Pick<HudState, 'steps' | 'stepId' | 'status' | 'missionTitle' | 'accolade'>;

function objectives(s: Facts): Map<string, ObjectiveView> {
  const map = new Map<string, ObjectiveView>();
  for (const step of s.steps) for (const o of step.objectives) map.set(o.id, o);
  return map;
}

/** Messages for what changed between `prev` and `next`, in reading order. */
export function announcements(prev: Facts, next: Facts): string[] {
  const out: string[] = [];
  const before = objectives(prev);

  if (next.stepId !== prev.stepId && next.stepId !== '') {
    const step = next.steps.find((st) => st.id === next.stepId);
    // A step's title often repeats its only objective; say it once.
    const only = step?.objectives.length === 1 ? step.objectives[0] : undefined;
    if (step && only?.title !== step.title) out.push(`Mission step: ${step.title}`);
  }

  const completed: string[] = [];
  const added: string[] = [];
  const counted: string[] = [];
  for (const step of next.steps) {
    for (const o of step.objectives) {
      const was = before.get(o.id);
      if (o.state === 'complete' && was && was.state !== 'complete') {
        completed.push(`Objective complete: ${o.title}`);
      } else if (o.state === 'active' && (!was || was.state === 'pending')) {
        added.push(`New objective: ${o.title}${counterText(o)}`);
      } else if (
        o.state === 'active' &&
        was?.state === 'active' &&
        o.count !== null &&
        o.progress !== was.progress
      ) {
        counted.push(`${o.title}: ${o.progress} of ${o.count}`);
      }
    }
  }
  out.push(...completed, ...added, ...counted);

  if (next.status !== prev.status) {
    if (next.status === 'complete') out.push(`Mission complete: ${next.missionTitle}`);
    if (next.status === 'failed') out.push(`Mission failed: ${next.missionTitle}`);
  }
  if (next.accolade && next.accolade.key !== prev.accolade?.key) {
    const a = next.accolade;
    out.push(`Accolade earned: ${a.name}, ${a.description}, ${a.points} points`);
  }
  return out;
}

const counterText = (o: ObjectiveView): string =>
  o.count !== null ? `, ${o.progress} of ${o.count}` : '';
