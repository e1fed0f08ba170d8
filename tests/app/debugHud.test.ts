import { describe, expect, it, vi } from 'vitest';
import { debugHud, parseDebugHud } from '../../src/app/debugHud';
import { createHudStore } from '../../src/store/hud';

describe('parseDebugHud', () => {
  it('keeps well-formed fields', () => {
    expect(
      parseDebugHud({
        dialogue: { speaker: 'Kira', lines: ['One', 'Two'] },
        accolade: { name: 'A', description: 'B', points: 5 },
        notice: 'Saved nothing',
        ghost: { name: 'PB', deltaMs: -10 },
        target: { name: 'Raider', hostile: true },
        team: [{ name: 'Worf', downed: true }],
        cooldown: 12.2,
      }),
    ).toEqual({
      dialogue: { speaker: 'Kira', lines: ['One', 'Two'] },
      accolade: { name: 'A', description: 'B', points: 5 },
      notice: 'Saved nothing',
      ghost: { name: 'PB', deltaMs: -10 },
      target: { name: 'Raider', hostile: true },
      team: [{ name: 'Worf', downed: true }],
      cooldown: 13,
    });
  });

  it('ignores anything else: wrong types, non-finite numbers, huge text, throwing getters', () => {
    const trap = {
      get dialogue() {
        throw new Error('no');
      },
    };
    expect(parseDebugHud(trap)).toEqual({});
    expect(parseDebugHud(null)).toEqual({});
    expect(parseDebugHud('x')).toEqual({});
    expect(
      parseDebugHud({
        dialogue: { speaker: 'K', lines: [1, 2] },
        accolade: { name: 'A', description: 'B', points: Number.NaN },
        notice: 'x'.repeat(5000),
        ghost: { name: 7 },
        target: 'Raider',
        team: [{ downed: true }],
        cooldown: Number.POSITIVE_INFINITY,
      }),
    ).toEqual({});
  });
});

describe('debugHud', () => {
  it('shows a transmission and an accolade with new keys, and passes a notice on', () => {
    const store = createHudStore();
    const notice = vi.fn();
    const hook = debugHud(store, notice);
    hook({ dialogue: { speaker: 'Kira', lines: ['Go'] }, notice: 'Hello' });
    const first = store.getState().dialogue!;
    expect(first).toMatchObject({ speaker: 'Kira', lines: ['Go'] });
    hook({ dialogue: { speaker: 'Kira', lines: ['Go'] } });
    expect(store.getState().dialogue!.key).not.toBe(first.key);
    expect(notice).toHaveBeenCalledWith('Hello');
  });

  it('holds the target, team and cooldowns over the game’s own updates until cleared', () => {
    const store = createHudStore();
    store.setState({
      abilities: [{ slot: 1, id: 'epts', name: 'EPTS', readyIn: 0, active: false }],
    });
    const hook = debugHud(store, () => {});
    hook({
      target: { name: 'Raider', hostile: true },
      team: [{ name: 'Worf', downed: true }],
      cooldown: 30,
    });
    // The game publishes its facts.
    store.setState({ target: null, team: [], abilities: [] });
    expect(store.getState().target?.name).toBe('Raider');
    expect(store.getState().team.map((m) => [m.name, m.downed])).toEqual([['Worf', true]]);
    expect(store.getState().abilities[0]?.readyIn).toBe(30);
    hook({ target: null, team: null, cooldown: null });
    store.setState({ target: null, team: [], abilities: [] });
    expect(store.getState().target).toBeNull();
    expect(store.getState().team).toEqual([]);
    expect(store.getState().abilities).toEqual([]);
  });
});
