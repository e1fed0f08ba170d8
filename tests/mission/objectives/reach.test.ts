import { describe, expect, it } from 'vitest';
import { PLAYER } from '../../../src/mission/events';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('reach objective', () => {
  const script = fixture('reach');

  it('watches its zone for the player and completes when the player enters it', () => {
    const { state, effects } = drive(script, [
      accept,
      { type: 'enteredZone', zone: 'exit', actor: PLAYER },
    ]);
    expect(effects).toContainEqual({ type: 'watchZone', zone: 'exit', actor: PLAYER });
    expect(state.status).toBe('complete');
  });

  it('does not complete for another zone or when an NPC enters it', () => {
    const { state } = drive(script, [
      accept,
      { type: 'enteredZone', zone: 'gate', actor: PLAYER },
      { type: 'enteredZone', zone: 'exit', actor: 'ward' },
    ]);
    expect(state.status).toBe('active');
  });
});
