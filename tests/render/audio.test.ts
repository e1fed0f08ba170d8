import { describe, expect, it } from 'vitest';
import { SoundBoard, type SoundFx } from '../../src/render/audio';

const ALL_FX: SoundFx[] = [
  { type: 'beam', from: 1, to: 2, hit: true, facing: 0 },
  { type: 'rifle', from: 1, to: 2, x: 10, y: 20 },
  { type: 'torpedo', id: 3 },
  { type: 'shieldHit', target: 2, facing: 1 },
  { type: 'explosion', x: 0, y: 0, size: 2 },
  { type: 'downed', target: 2 },
  { type: 'ability', who: 1, ability: 'epts' },
  { type: 'fieldDown', barrier: 'b1' },
  { type: 'transform', target: 4 },
  { type: 'rescued', x: 5, y: 5 },
];

function exerciseAll(board: SoundBoard) {
  board.resume();
  board.startAmbient('space');
  board.startAmbient('ground');
  board.startAmbient('title');
  for (const fx of ALL_FX) {
    board.play(fx, { x: 0, y: 0 });
    board.play(fx, { x: 0, y: 0 }, { x: 100, y: -50, hostile: true });
  }
  for (const name of ['click', 'objective', 'accolade', 'fail', 'hail'] as const) board.ui(name);
  board.setVolumes({ master: 0.5, effects: 0.5, music: 0.5 });
  board.resume();
  board.dispose();
  board.dispose();
  board.play(ALL_FX[0]!, { x: 0, y: 0 });
}

describe('SoundBoard', () => {
  it('has no AudioContext in the node test environment', () => {
    expect((globalThis as { AudioContext?: unknown }).AudioContext).toBeUndefined();
  });

  it('is a silent no-op without an AudioContext', () => {
    expect(() => exerciseAll(new SoundBoard())).not.toThrow();
  });

  it('is a no-op when the context factory returns null or throws', () => {
    let calls = 0;
    const nullBoard = new SoundBoard({
      createContext: () => {
        calls++;
        return null;
      },
    });
    expect(() => exerciseAll(nullBoard)).not.toThrow();
    expect(calls).toBe(1);

    const throwing = new SoundBoard({
      createContext: () => {
        throw new Error('no audio');
      },
    });
    expect(() => exerciseAll(throwing)).not.toThrow();
  });

  it('creates no context before resume(), even when sounds are played', () => {
    let calls = 0;
    const board = new SoundBoard({
      createContext: () => {
        calls++;
        return null;
      },
    });
    board.startAmbient('title');
    board.play(ALL_FX[4]!, { x: 0, y: 0 });
    board.ui('click');
    board.setVolumes({ master: 1, effects: 1, music: 1 });
    expect(calls).toBe(0);
    board.resume();
    expect(calls).toBe(1);
  });

  it('clamps volumes to 0..1 and ignores non-numbers', () => {
    const board = new SoundBoard();
    board.setVolumes({ master: 2, effects: -1, music: 0.25 });
    expect(board.volumes).toEqual({ master: 1, effects: 0, music: 0.25 });
    board.setVolumes({ master: Number.NaN, effects: Number.POSITIVE_INFINITY, music: 0.5 });
    expect(board.volumes).toEqual({ master: 1, effects: 0, music: 0.5 });
    // The getter hands out a copy.
    const v = board.volumes;
    v.master = 0.1;
    expect(board.volumes.master).toBe(1);
  });
});
