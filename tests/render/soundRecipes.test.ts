/**
 * Sound recipes, driven through the SoundBoard with a recording audio context: every sound
 * name an archetype may use has a recipe, and the recipes build what they say.
 */
import { describe, expect, it } from 'vitest';
import { SoundBoard } from '../../src/render/audio';
import { recipeOf, SOUND_RECIPES } from '../../src/render/soundRecipes';
import { SOUND_NAMES } from '../../src/session/catalog';
import { FakeAudioContext, type FakeNode, type FakeSource, fakeContext } from './fakeAudio';

function render(sound: string) {
  const ctx = new FakeAudioContext();
  const board = new SoundBoard({ createContext: fakeContext(ctx) });
  board.resume();
  const from = ctx.nodes.length;
  board.play({ sound, x: 100, y: 0, param: 1 }, { x: 0, y: 0 });
  const made = ctx.nodes.slice(from);
  const kinds = (k: string) => made.filter((n) => n.kind === k);
  return { made, kinds };
}

const oscTypes = (nodes: FakeNode[]) => nodes.map((n) => (n as unknown as { type: string }).type);

describe('sound recipes', () => {
  it('has a recipe for every sound name of the catalog, and no other', () => {
    expect(Object.keys(SOUND_RECIPES).sort()).toEqual([...SOUND_NAMES].sort());
    expect(recipeOf('toString')).toBeUndefined();
  });

  for (const name of SOUND_NAMES) {
    it(`${name}: makes sources that start and stop, through one voice`, () => {
      const { made, kinds } = render(name);
      const sources = [...kinds('oscillator'), ...kinds('bufferSource')] as FakeSource[];
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src.started).not.toBeNull();
        expect(src.stopped).not.toBeNull();
        expect(src.stopped!).toBeGreaterThan(src.started!);
      }
      // Placed to the right: the voice has a panner.
      expect(made.some((n) => n.kind === 'panner')).toBe(true);
    });
  }

  it('the enemy torpedo volley launches three times; the player’s torpedo once', () => {
    const volley = render('torpedo-volley');
    const single = render('torpedo');
    const sines = (r: ReturnType<typeof render>) =>
      oscTypes(r.kinds('oscillator')).filter((t) => t === 'sine').length;
    expect(sines(volley)).toBe(4); // three launches and the launcher's thump
    expect(sines(single)).toBe(2);
  });

  it('the grenade fuse beeps three times (square waves); the blast is an explosion and a crack', () => {
    const fuse = render('grenade-fuse');
    expect(oscTypes(fuse.kinds('oscillator')).filter((t) => t === 'square')).toHaveLength(3);
    const blast = render('grenade-blast');
    expect(blast.kinds('bufferSource').length).toBeGreaterThanOrEqual(2);
    expect(
      blast.kinds('biquad').some((f) => (f as unknown as { type: string }).type === 'highpass'),
    ).toBe(true);
  });

  it('the heavy attack’s telegraph rises for two seconds; its impact is a long low boom', () => {
    const charge = render('heavy-charge');
    const saws = charge.kinds('oscillator') as (FakeSource & {
      type: string;
      frequency: { calls: { method: string; args: number[] }[] };
    })[];
    const rising = saws.filter((o) => o.type === 'sawtooth');
    expect(rising).toHaveLength(2);
    for (const o of rising) {
      const ramp = o.frequency.calls.find((c) => c.method === 'exponentialRampToValueAtTime')!;
      const set = o.frequency.calls.find((c) => c.method === 'setValueAtTime')!;
      expect(ramp.args[0]).toBeGreaterThan(set.args[0]! * 4);
      expect(ramp.args[1]! - set.args[1]!).toBeCloseTo(2, 5);
    }
    const impact = render('heavy-impact');
    const boom = (impact.kinds('oscillator') as FakeSource[])[0]!;
    expect(boom.stopped! - boom.started!).toBeGreaterThan(1);
  });

  it('T’Vala’s blast: a swelling three-note chord, then a whump with a shimmer', () => {
    expect(
      oscTypes(render('blast-charge').kinds('oscillator')).filter((t) => t === 'triangle'),
    ).toHaveLength(3);
    const impact = render('blast-impact');
    expect(impact.kinds('bufferSource')).toHaveLength(1);
    expect(impact.kinds('biquad')).toHaveLength(1);
  });
});
