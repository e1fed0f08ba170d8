/**
 * Which sound a world event makes and where: read from the archetype of whoever caused it
 * (the Shutdown mission's data), placed at that entity.
 */
import { describe, expect, it } from 'vitest';
import { SoundCues } from '../../src/render/soundCues';
import type { Entity, Fx, World } from '../../src/render/types';
import { newSession } from '../sim/simHelpers';

const session = newSession();
const ctx = session.ctx;

function world(entities: Partial<Entity>[], tick = 100): World {
  return {
    ...session.world,
    tick,
    entities: entities.map((e, i) => ({
      ...session.world.entities[0]!,
      id: i + 1,
      alive: true,
      ...e,
    })),
    projectiles: [],
  } as World;
}

describe('sound cues from archetype data', () => {
  it('a beam sounds as its ship’s weapon, placed at the ship', () => {
    const w = world([
      { archetype: 'player-ship', faction: 'player', kind: 'ship', x: 0, y: 0 },
      { archetype: 'galor', faction: 'enemy', kind: 'ship', x: 500, y: 20 },
    ]);
    const cues = new SoundCues().cues(
      [
        { type: 'beam', from: 2, to: 1, hit: true, facing: 0 },
        { type: 'beam', from: 1, to: 2, hit: false, facing: 0 },
      ],
      w,
      ctx,
    );
    expect(cues).toEqual([
      { sound: 'disruptor', x: 500, y: 20, param: 1 },
      { sound: 'phaser', x: 0, y: 0, param: 0 },
    ]);
  });

  it('an enemy torpedo volley is one volley sound at the launch point', () => {
    const w = world([{ archetype: 'keldon', faction: 'enemy', kind: 'ship', x: 300, y: 300 }]);
    w.projectiles = [1, 2, 3].map((id) => ({
      id: 100 + id,
      owner: 1,
      target: 9,
      x: 300,
      y: 300,
      angle: 0,
      damage: 1000,
      travelled: 0,
    }));
    const fx: Fx[] = w.projectiles.map((p) => ({ type: 'torpedo', id: p.id }));
    expect(new SoundCues().cues(fx, w, ctx)).toEqual([{ sound: 'torpedo-volley', x: 300, y: 300 }]);
  });

  it('the Undine heavy attack: the charge is heard when marked, the impact when it lands', () => {
    const cues = new SoundCues();
    const undine = {
      archetype: 'undine-attacker',
      faction: 'enemy',
      kind: 'ship',
      x: 10,
      y: 20,
    } as const;
    const marked = cues.cues(
      [
        { type: 'telegraph', who: 1, x: 10, y: 20, r: 950, ticks: 120 },
        { type: 'ability', who: 1, ability: 'heavyAttack' },
      ],
      world([undine], 100),
      ctx,
    );
    expect(marked).toEqual([{ sound: 'heavy-charge', x: 10, y: 20 }]);
    // A beam during the charge is an ordinary one; the one when it ends is the blow.
    const during = cues.cues(
      [{ type: 'beam', from: 1, to: 2, hit: true, facing: 0 }],
      world([undine], 150),
      ctx,
    );
    expect(during[0]!.sound).toBe('undine-beam');
    const lands = cues.cues(
      [{ type: 'beam', from: 1, to: 2, hit: true, facing: 0 }],
      world([undine], 220),
      ctx,
    );
    expect(lands[0]!.sound).toBe('heavy-impact');
  });

  it('an insurgent’s grenade: a fuse at the marked spot, then its blast there', () => {
    const cues = new SoundCues();
    const officer = {
      archetype: 'federation-officer',
      faction: 'enemy',
      kind: 'character',
      x: 0,
      y: 0,
    } as const;
    expect(
      cues.cues(
        [{ type: 'telegraph', who: 1, x: 40, y: 50, r: 80, ticks: 75 }],
        world([officer]),
        ctx,
      ),
    ).toEqual([{ sound: 'grenade-fuse', x: 40, y: 50 }]);
    expect(
      cues.cues([{ type: 'explosion', x: 40, y: 50, size: 1 }], world([officer], 175), ctx),
    ).toEqual([{ sound: 'grenade-blast', x: 40, y: 50 }]);
  });

  it('T’Vala: her change of form and her blast have their own sounds', () => {
    const cues = new SoundCues();
    const tvala = {
      archetype: 'tvala',
      faction: 'enemy',
      kind: 'character',
      x: 5,
      y: 5,
      trueForm: true,
    } as const;
    const out = cues.cues(
      [
        { type: 'transform', target: 1 },
        { type: 'telegraph', who: 1, x: 60, y: 70, r: 110, ticks: 90 },
      ],
      world([tvala]),
      ctx,
    );
    expect(out).toEqual([
      { sound: 'transform', x: 5, y: 5 },
      { sound: 'blast-charge', x: 60, y: 70 },
    ]);
    expect(
      cues.cues([{ type: 'explosion', x: 60, y: 70, size: 1 }], world([tvala], 190), ctx)[0]!.sound,
    ).toBe('blast-impact');
  });

  it('an entity of no known archetype still makes a sensible sound', () => {
    const w = world([{ archetype: 'who-knows', faction: 'enemy', kind: 'ship', x: 1, y: 2 }]);
    expect(
      new SoundCues().cues([{ type: 'beam', from: 1, to: 2, hit: true, facing: 0 }], w, ctx),
    ).toEqual([{ sound: 'disruptor', x: 1, y: 2, param: 1 }]);
  });
});
