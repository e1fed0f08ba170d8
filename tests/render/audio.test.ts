import { describe, expect, it } from 'vitest';
import { SoundBoard, type SoundCue } from '../../src/render/audio';
import { SOUND_NAMES } from '../../src/session/catalog';
import { FakeAudioContext, type FakeNode, type FakeParam, fakeContext } from './fakeAudio';

const ALL_FX: SoundCue[] = SOUND_NAMES.map((sound) => ({ sound, param: 1, variant: 'epts' }));

function exerciseAll(board: SoundBoard) {
  board.resume();
  board.startAmbient('space');
  board.startAmbient('ground');
  board.startAmbient('title');
  for (const fx of ALL_FX) {
    board.play(fx, { x: 0, y: 0 });
    board.play({ ...fx, x: 100, y: -50 }, { x: 0, y: 0 });
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

/** The voice output of the sound played last: the first gain node made for it. */
function playAndCapture(ctx: FakeAudioContext, board: SoundBoard, cue: SoundCue) {
  const from = ctx.nodes.length;
  board.play(cue, { x: 0, y: 0 });
  const made = ctx.nodes.slice(from);
  const out = made.find((n) => n.kind === 'gain') as (FakeNode & { gain: FakeParam }) | undefined;
  const panner = made.find((n) => n.kind === 'panner') as
    | (FakeNode & { pan: FakeParam })
    | undefined;
  return { made, level: out?.gain.value ?? 0, pan: panner?.pan.value ?? 0 };
}

describe('SoundBoard with a recording audio context', () => {
  const started = () => {
    const ctx = new FakeAudioContext();
    const board = new SoundBoard({ createContext: fakeContext(ctx) });
    board.resume();
    return { ctx, board };
  };

  it('places a sound: a distant one is quieter, and panned to its side', () => {
    const { ctx, board } = started();
    const near = playAndCapture(ctx, board, { sound: 'disruptor', x: 0, y: 0 });
    ctx.currentTime += 1; // not merged with the first
    const right = playAndCapture(ctx, board, { sound: 'disruptor', x: 1500, y: 0 });
    ctx.currentTime += 1;
    const left = playAndCapture(ctx, board, { sound: 'disruptor', x: -1500, y: 0 });
    expect(near.level).toBeCloseTo(1, 5);
    expect(near.pan).toBe(0);
    expect(right.level).toBeGreaterThan(0.02);
    expect(right.level).toBeLessThan(near.level * 0.6);
    expect(right.pan).toBeGreaterThan(0.3);
    expect(left.pan).toBeLessThan(-0.3);
    expect(left.level).toBeCloseTo(right.level, 5);
  });

  it('makes nothing for a sound beyond hearing, or one with no position heard centred', () => {
    const { ctx, board } = started();
    expect(playAndCapture(ctx, board, { sound: 'torpedo', x: 9000, y: 0 }).made).toEqual([]);
    const centred = playAndCapture(ctx, board, { sound: 'torpedo' });
    expect(centred.level).toBeCloseTo(1, 5);
    expect(centred.pan).toBe(0);
  });

  it('counts ground distances 2.5× (the station interiors are small)', () => {
    const { ctx, board } = started();
    const space = playAndCapture(ctx, board, { sound: 'rifle', x: 600, y: 0 });
    board.startAmbient('ground');
    ctx.currentTime += 1;
    const ground = playAndCapture(ctx, board, { sound: 'rifle', x: 600, y: 0 });
    expect(ground.level).toBeLessThan(space.level);
  });

  it('ignores a sound name no recipe has, without a throw or a node', () => {
    const { ctx, board } = started();
    const from = ctx.nodes.length;
    for (const sound of ['no-such-sound', 'constructor', '__proto__', ''])
      expect(() => board.play({ sound, x: 0, y: 0 }, { x: 0, y: 0 })).not.toThrow();
    expect(ctx.nodes.length).toBe(from);
  });

  it('merges a repeat of one sound within a few milliseconds', () => {
    const { ctx, board } = started();
    const first = playAndCapture(ctx, board, { sound: 'phaser' });
    const again = playAndCapture(ctx, board, { sound: 'phaser' });
    expect(first.made.length).toBeGreaterThan(0);
    expect(again.made).toEqual([]);
  });

  it('plays interface sounds centred at full volume', () => {
    const { ctx, board } = started();
    const from = ctx.nodes.length;
    board.ui('objective');
    const made = ctx.nodes.slice(from);
    expect(made.some((n) => n.kind === 'oscillator')).toBe(true);
    expect(made.some((n) => n.kind === 'panner')).toBe(false);
  });
});
