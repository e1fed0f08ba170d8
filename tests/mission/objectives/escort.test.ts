import { describe, expect, it } from 'vitest';
import { PLAYER } from '../../../src/mission/events';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('escort objective', () => {
  const script = fixture('escort');

  it('orders the NPC to follow and completes when the NPC reaches the zone', () => {
    const { state, effects } = drive(script, [
      accept,
      { type: 'enteredZone', zone: 'exit', actor: PLAYER },
      { type: 'enteredZone', zone: 'exit', actor: 'ward' },
    ]);
    expect(effects).toContainEqual({ type: 'npcOrder', npc: 'ward', order: 'follow' });
    expect(effects).toContainEqual({ type: 'watchZone', zone: 'exit', actor: 'ward' });
    expect(state.status).toBe('complete');
  });

  it('fails the step with a reason when the NPC dies, and restarts it from the checkpoint', () => {
    const failed = drive(script, [accept, { type: 'npcDied', npc: 'ward' }]);
    expect(failed.state.status).toBe('failed');
    expect(failed.state.failure?.reason).toMatch(/Engineer Ward was killed/);
    expect(failed.effects).toContainEqual(
      expect.objectContaining({ type: 'stepFailed', stepId: 's' }),
    );
    // While failed nothing advances.
    const stuck = drive(
      script,
      [{ type: 'enteredZone', zone: 'exit', actor: 'ward' }],
      failed.state,
    );
    expect(stuck.state.status).toBe('failed');
    const restarted = drive(script, [{ type: 'restartStep' }], failed.state);
    expect(restarted.state.status).toBe('active');
    expect(restarted.effects).toContainEqual({
      type: 'resetStep',
      stepId: 's',
      groups: ['ward-team'],
    });
    expect(restarted.effects).toContainEqual({ type: 'spawn', group: 'ward-team' });
    expect(restarted.effects).toContainEqual({ type: 'npcOrder', npc: 'ward', order: 'follow' });
  });
});
