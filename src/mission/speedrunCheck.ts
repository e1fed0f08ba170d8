/**
 * Checks a script's speedrun categories beyond their shape: steps, tallies and objectives they
 * name exist; an individual level's steps come in order; splits are taken in the order the
 * machine completes objectives (steps in order, objectives in order within a step) and the last
 * one is the end of the run (the final objective of the category's last step); every required
 * tally can be completed within the category's steps; exactly one category is the bot's.
 */
import type { Problem } from './problems';
import type { MissionScriptData } from './schema';

export function checkSpeedrun(m: MissionScriptData): Problem[] {
  const problems: Problem[] = [];
  const sr = m.speedrun;
  if (!sr) return problems;
  const add = (path: string, message: string) => problems.push({ path, message });
  const stepIndex = new Map<string, number>();
  m.steps.forEach((s, si) => {
    if (!stepIndex.has(s.id)) stepIndex.set(s.id, si);
  });
  /** Objective id → its step and its place in the order the machine completes objectives. */
  const objectives = new Map<string, { step: number; order: number }>();
  let order = 0;
  m.steps.forEach((s, si) => {
    for (const o of s.objectives)
      if (!objectives.has(o.id)) objectives.set(o.id, { step: si, order: order++ });
  });
  const tallies = new Map(m.tallies.map((t) => [t.id, t]));

  const ids = new Map<string, number>();
  const bots: number[] = [];
  sr.categories.forEach((c, ci) => {
    const base = `$.speedrun.categories[${ci}]`;
    const first = ids.get(c.id);
    if (first !== undefined)
      add(
        `${base}.id`,
        `duplicate category id '${c.id}' (first used at $.speedrun.categories[${first}])`,
      );
    else ids.set(c.id, ci);
    if (c.runner === 'autopilot') bots.push(ci);
    const stepAt = (id: string | undefined, field: 'from' | 'to', fallback: number) => {
      if (id === undefined) return fallback;
      const si = stepIndex.get(id);
      if (si === undefined) add(`${base}.${field}`, `no step '${id}'`);
      return si;
    };
    const from = stepAt(c.from, 'from', 0);
    const to = stepAt(c.to, 'to', m.steps.length - 1);
    if (from === undefined || to === undefined) return;
    if (from > to) {
      add(`${base}.to`, `step '${c.to}' comes before the first step of the category, '${c.from}'`);
      return;
    }
    c.requireTallies.forEach((id, ti) => {
      const t = tallies.get(id);
      if (!t) {
        add(`${base}.requireTallies[${ti}]`, `no tally '${id}'`);
        return;
      }
      const outside = Object.keys(t.perStep)
        .filter((s) => {
          const si = stepIndex.get(s);
          return si !== undefined && (si < from || si > to);
        })
        .sort();
      if (outside.length > 0)
        add(
          `${base}.requireTallies[${ti}]`,
          `tally '${id}' also counts defeats in ${outside.map((s) => `'${s}'`).join(', ')}, outside the category's steps, so it could never be completed`,
        );
    });
    if (!c.splits) return;
    const splitIds = new Map<string, number>();
    let last = -1;
    c.splits.forEach((s, si) => {
      const p = `${base}.splits[${si}]`;
      const seen = splitIds.get(s.id);
      if (seen !== undefined)
        add(`${p}.id`, `duplicate split id '${s.id}' (first used at ${base}.splits[${seen}])`);
      else splitIds.set(s.id, si);
      const o = objectives.get(s.objective);
      if (!o) {
        add(`${p}.objective`, `no objective '${s.objective}'`);
        return;
      }
      if (o.step < from || o.step > to)
        add(
          `${p}.objective`,
          `objective '${s.objective}' is in step '${m.steps[o.step]!.id}', outside the category's steps`,
        );
      else if (o.order <= last)
        add(
          `${p}.objective`,
          `objective '${s.objective}' completes before the previous split's: splits go in the order objectives complete`,
        );
      last = Math.max(last, o.order);
    });
    const end = m.steps[to]!.objectives.at(-1);
    const lastSplit = c.splits.at(-1);
    if (end && lastSplit && lastSplit.objective !== end.id)
      add(
        `${base}.splits[${c.splits.length - 1}].objective`,
        `the last split ends the run: it must be '${end.id}', the final objective of step '${m.steps[to]!.id}'`,
      );
  });
  if (bots.length !== 1)
    add(
      '$.speedrun.categories',
      bots.length === 0
        ? "must have one category with runner 'autopilot' (where the bot's runs go)"
        : `has ${bots.length} categories with runner 'autopilot' (at ${bots.map((i) => `[${i}]`).join(', ')}); the bot's runs go to exactly one`,
    );
  if (!sr.categories.some((c) => c.runner === 'player' && c.from === undefined))
    add('$.speedrun.categories', 'must have a full-run category for the player (no "from")');

  const values = new Map<string, number>();
  sr.difficulty.values.forEach((v, vi) => {
    const seen = values.get(v.id);
    if (seen !== undefined)
      add(
        `$.speedrun.difficulty.values[${vi}].id`,
        `duplicate difficulty '${v.id}' (first used at $.speedrun.difficulty.values[${seen}])`,
      );
    else values.set(v.id, vi);
  });
  if (!values.has(sr.difficulty.default))
    add(
      '$.speedrun.difficulty.default',
      `'${sr.difficulty.default}' is not one of the values (${[...values.keys()].join(', ')})`,
    );
  return problems;
}
