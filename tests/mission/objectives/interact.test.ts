import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('interact objective', () => {
  const script = fixture('interact');

  it('enables its target while active and disables it when done', () => {
    const { state, effects } = drive(script, [accept, { type: 'interacted', target: 'panel' }]);
    const kinds = effects.map((e) => e.type);
    expect(effects).toContainEqual({ type: 'enableInteractable', target: 'panel' });
    expect(effects).toContainEqual({ type: 'disableInteractable', target: 'panel' });
    expect(kinds.indexOf('enableInteractable')).toBeLessThan(kinds.indexOf('disableInteractable'));
    expect(state.status).toBe('complete');
  });

  it('ignores other targets and events before the mission is accepted', () => {
    const early = drive(script, [{ type: 'interacted', target: 'panel' }]);
    expect(early.state.status).toBe('offered');
    expect(early.effects).toEqual([]);
    const other = drive(script, [accept, { type: 'interacted', target: 'door' }]);
    expect(other.state.status).toBe('active');
  });
});
