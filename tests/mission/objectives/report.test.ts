import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('report objective', () => {
  const script = fixture('report');

  it('enables the hail on activation and completes when the contact is hailed', () => {
    const { state, effects } = drive(script, [accept, { type: 'hailed', contact: 'command' }]);
    expect(effects).toContainEqual({ type: 'enableHail', contact: 'command' });
    expect(state.status).toBe('complete');
    expect(effects).toContainEqual({ type: 'awardAccolade', accolade: 'test-done' });
  });

  it('ignores a hail of another contact', () => {
    const { state } = drive(script, [accept, { type: 'hailed', contact: 'someone-else' }]);
    expect(state.status).toBe('active');
    expect(state.progress[0]).toEqual([0]);
  });
});
