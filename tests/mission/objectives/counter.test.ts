import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers';
import { accept, drive } from '../drive';

describe('counter objective', () => {
  const script = fixture('counter');
  const kill = { type: 'defeated', tags: ['drone'], group: 'drones' } as const;

  it('counts tagged events up to its target and then completes', () => {
    const { state, effects } = drive(script, [accept, kill, kill, kill, kill]);
    expect(state.progress[0]).toEqual([4]);
    expect(state.status).toBe('active');
    expect(
      effects
        .filter((e) => e.type === 'objectiveProgress')
        .map((e) => 'progress' in e && e.progress),
    ).toEqual([1, 2, 3, 4]);
    const done = drive(script, [kill], state);
    expect(done.state.status).toBe('complete');
    expect(done.state.progress[0]).toEqual([5]);
  });

  it('ignores untagged defeats and never goes above its target', () => {
    const { state } = drive(script, [
      accept,
      { type: 'defeated', tags: ['squad'], group: 'x' },
      kill,
    ]);
    expect(state.progress[0]).toEqual([1]);
    const after = drive(script, [kill, kill, kill, kill, kill, kill], state);
    expect(after.state.progress[0]).toEqual([5]);
  });

  it('keeps the kill tally of its step', () => {
    const { effects } = drive(script, [accept, kill, kill]);
    expect(effects.filter((e) => e.type === 'tally')).toEqual([
      { type: 'tally', tally: 'drones', stepId: 's', count: 1, total: 1 },
      { type: 'tally', tally: 'drones', stepId: 's', count: 2, total: 2 },
    ]);
  });
});
