/**
 * The run summary lists the Federation Officer kills of the steps the tally names, and only
 * those: a step whose id is a name on Object.prototype (`constructor`) is not listed by
 * accident.
 */
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/mission/loader';
import { Session } from '../../src/session/Session';
import { runSummary } from '../../src/session/summary';
import { geometry, script } from '../sim/simHelpers';

describe('runSummary', () => {
  it('lists no kills for a step named constructor that the tally does not count', () => {
    const data = structuredClone(script) as unknown as {
      steps: { id: string }[];
      speedrun?: { categories: { from?: string; to?: string }[] };
    };
    const old = data.steps[0]!.id;
    data.steps[0]!.id = 'constructor';
    // The speedrun categories name steps too (the first step's individual level).
    for (const c of data.speedrun?.categories ?? []) {
      if (c.from === old) c.from = 'constructor';
      if (c.to === old) c.to = 'constructor';
    }
    const loaded = loadMission(JSON.stringify(data));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const summary = runSummary(new Session({ script: loaded.value, geometry, seed: 1 }));
    expect(summary.federationOfficerKills).toEqual({
      deception: 0,
      'innocent-victims': 0,
      'wrath-of-tvala': 0,
      total: 0,
    });
  });
});
