import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { objectiveStates } from '../../src/mission/machine';
import { missionOutline } from '../../src/mission/outline';
import { repoPath, shutdown } from '../helpers';
import { canonicalRun } from './canonical';
import { drive } from './drive';

const script = shutdown();
describe('the Shutdown mission script', () => {
  it('has the 7 steps and 17 objectives of the episode, with their exact names and counters', () => {
    const outline = missionOutline(script);
    expect(outline.steps.map((s) => s.title)).toEqual([
      'Report to the Bajor Sector, Outside DS9',
      'The Best Defense',
      'Deception',
      'Innocent Victims',
      "Wrath of T'Vala",
      'Finish the Fight!',
      'Report to Starfleet',
    ]);
    const shown = outline.steps.flatMap((s) =>
      s.objectives.map((o) => (o.count ? `${o.title} (0/${o.count})` : o.title)),
    );
    expect(shown).toEqual([
      'Report to the Bajor Sector, Outside DS9',
      'Go To Deep Space 9',
      'Destroy Station Defenses (0/18)',
      'Dock at DS9',
      'Go To Deep Space 9',
      'Defeat Insurgent Groups (0/10)',
      'Lower Security Field',
      'Rescue the Injured (0/8)',
      'Lower Security Field',
      'Escort Engineer Meyer',
      'Use Turbolift',
      'Protect Engineer Meyer',
      'Return to Ship',
      'Go To Deep Space 9',
      'Defeat Attackers (0/2)',
      'Depart System',
      'Report to Starfleet',
    ]);
  });

  it('keeps the episode facts as data: replay rewards, accolade, tallies, removal date', () => {
    expect(script.rewards.replay.map((r) => [r.minLevel, r.maxLevel, r.sp, r.exp, r.mark])).toEqual(
      [
        [36, 39, 1743, 1878, 'VIII'],
        [40, 49, 1935, 1856, 'X'],
        [50, 50, 2126, 1856, 'XI'],
      ],
    );
    const fluidic = script.accolades.find((a) => a.id === 'fluidic-reclamation');
    expect(fluidic).toMatchObject({
      name: 'Fluidic Reclamation',
      description: 'Save Deep Space 9',
      points: 10,
    });
    expect(script.tallies[0]?.perStep).toEqual({
      deception: 14,
      'innocent-victims': 13,
      'wrath-of-tvala': 5,
    });
    expect(script.historical?.removedOn).toBe('2015-10-27');
    expect(script.prerequisites.map((p) => p.id)).toEqual(['war-games']);
    expect(script.offer.sector).toBe('Bajor Sector');
  });

  it('the canonical event sequence completes all 17 objectives in order', () => {
    const { state, effects } = drive(script, canonicalRun());
    expect(state.status).toBe('complete');
    const completed = effects.flatMap((e) =>
      e.type === 'objectiveCompleted' ? [e.objectiveId] : [],
    );
    expect(completed).toEqual(
      missionOutline(script).steps.flatMap((s) => s.objectives.map((o) => o.id)),
    );
    const ticks = objectiveStates(script, state).map((o) => o.completedAtTick ?? -1);
    expect(ticks.every((t, i) => i === 0 || t >= (ticks[i - 1] ?? 0))).toBe(true);
    expect(effects.filter((e) => e.type === 'missionCompleted')).toHaveLength(1);
  });

  it('awards Fluidic Reclamation once and reports 32 Federation Officer kills', () => {
    const events = canonicalRun();
    const { state, effects } = drive(script, [...events, ...events]);
    expect(effects.filter((e) => e.type === 'awardAccolade')).toEqual([
      { type: 'awardAccolade', accolade: 'fluidic-reclamation' },
    ]);
    const officers = state.tallies.find((t) => t.id === 'federation-officers');
    expect(officers?.counts).toEqual([0, 0, 14, 13, 5, 0, 0]);
    expect(officers?.counts.reduce((a, b) => a + b, 0)).toBe(32);
  });

  it('pays first-completion rewards on a first run and the replay table on a replay', () => {
    const first = drive(script, canonicalRun());
    expect(first.effects).toContainEqual(
      expect.objectContaining({
        type: 'grantReward',
        kind: 'first-completion',
        sp: 2903,
        exp: 2784,
        mark: 'X',
      }),
    );
    const replayRun = canonicalRun();
    replayRun[0] = { type: 'accept', captainLevel: 45, replay: true };
    const replay = drive(script, replayRun);
    expect(replay.effects).toContainEqual(
      expect.objectContaining({
        type: 'grantReward',
        kind: 'replay',
        sp: 1935,
        exp: 1856,
        mark: 'X',
      }),
    );
  });

  it("Meyer's death during the escort fails it, and only the escort restarts (the rescued stay rescued)", () => {
    const run = canonicalRun();
    const escortAt =
      run.findIndex((e) => e.type === 'interacted' && e.target === 'corridor-field-console') + 1;
    const { state, effects } = drive(script, [
      ...run.slice(0, escortAt + 2),
      { type: 'npcDied', npc: 'meyer' },
    ]);
    expect(state.status).toBe('failed');
    expect(state.failure?.stepId).toBe('innocent-victims');
    expect(effects.at(-1)).toMatchObject({
      type: 'stepFailed',
      reason: 'Engineer Meyer was killed before reaching safety.',
    });
    const restarted = drive(script, [{ type: 'restartStep' }], state);
    expect(restarted.state.status).toBe('active');
    // The 8 rescued and the lowered field stay done; the escort starts again.
    expect(restarted.state.progress[3]).toEqual([8, 1, 0, 0]);
    expect(restarted.state.objective).toBe(2);
    expect(restarted.state.completedAt[3]?.slice(0, 2).every((t) => t !== null)).toBe(true);
    expect(restarted.state.tallies[0]?.counts[3]).toBe(state.tallies[0]?.counts[3]);
    expect(restarted.state.tallies[0]?.counts[2]).toBe(14);
    // Meyer and the ambush come back; the injured are not spawned again.
    expect(restarted.effects).toContainEqual({
      type: 'resetStep',
      stepId: 'innocent-victims',
      groups: ['meyer-corridor', 'corridor-ambush'],
    });
    expect(restarted.effects).toContainEqual({ type: 'spawn', group: 'meyer-corridor' });
    expect(restarted.effects).toContainEqual({ type: 'spawn', group: 'corridor-ambush' });
    expect(restarted.effects).not.toContainEqual({ type: 'spawn', group: 'injured-crew' });
    expect(restarted.effects).toContainEqual({ type: 'npcOrder', npc: 'meyer', order: 'follow' });
  });

  it("Meyer's death in Ops restarts only the protect objective, with T'Vala afresh", () => {
    const run = canonicalRun();
    const opsAt = run.findIndex((e) => e.type === 'interacted' && e.target === 'ops-turbolift') + 1;
    const { state } = drive(script, [...run.slice(0, opsAt), { type: 'npcDied', npc: 'meyer' }]);
    expect(state.status).toBe('failed');
    expect(state.failure?.objectiveId).toBe('protect-engineer-meyer');
    const restarted = drive(script, [{ type: 'restartStep' }], state);
    expect(restarted.state.objective).toBe(0);
    expect(restarted.effects).toContainEqual({
      type: 'resetStep',
      stepId: 'wrath-of-tvala',
      groups: ['meyer-ops', 'tvala-strike', 'ops-officers-north', 'ops-officers-east'],
    });
    expect(restarted.effects).toContainEqual({ type: 'spawn', group: 'tvala-strike' });
    expect(restarted.effects).toContainEqual({ type: 'npcOrder', npc: 'meyer', order: 'work' });
  });

  it('missions/mission.schema.json is up to date (run npm run gen:schema)', async () => {
    const { missionJsonSchemaText } = await import('../../src/mission/jsonSchema');
    expect(readFileSync(repoPath('missions/mission.schema.json'), 'utf8')).toBe(
      missionJsonSchemaText(),
    );
  });
});
