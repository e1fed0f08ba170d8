import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('protect objective', () => {
  const script = fixture('protect');
  const bossDown = { type: 'defeated', tags: ['boss'], group: 'chief-team' } as const;

  it('holds until its condition and then moves on', () => {
    const { state, effects } = drive(script, [
      accept,
      { type: 'defeated', tags: ['squad'], group: 'x' },
    ]);
    expect(effects).toContainEqual({ type: 'npcOrder', npc: 'ward', order: 'work' });
    expect(effects).toContainEqual({ type: 'spawn', group: 'chief-team' });
    expect(state.objective).toBe(0);
    const after = drive(script, [bossDown], state);
    expect(after.state.objective).toBe(1);
    expect(after.effects).toContainEqual({ type: 'enableInteractable', target: 'panel' });
  });

  it('fails when the protected NPC dies and the restart clears the step progress', () => {
    const failed = drive(script, [accept, { type: 'npcDied', npc: 'ward' }]);
    expect(failed.state.status).toBe('failed');
    expect(failed.state.failure).toEqual({
      stepId: 's',
      objectiveId: 'guard',
      reason: 'Engineer Ward was killed.',
    });
    const restarted = drive(script, [{ type: 'restartStep' }], failed.state);
    expect(restarted.effects).toContainEqual({
      type: 'resetStep',
      stepId: 's',
      groups: ['ward-team', 'chief-team'],
    });
    expect(restarted.state.progress[0]).toEqual([0, 0]);
  });

  it('a death after the protect objective is done no longer fails the step', () => {
    const { state } = drive(script, [accept, bossDown, { type: 'npcDied', npc: 'ward' }]);
    expect(state.status).toBe('active');
  });
});
