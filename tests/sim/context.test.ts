/**
 * The simulation's context: geometry looked up by own map ids only (never a name on
 * Object.prototype such as a map id `constructor`); one context shared by every session of a
 * script and geometry; the remembered archetype lookup answering as the Map does.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/session/Session';
import { contextFor, createContext } from '../../src/sim/context';
import type { Entity } from '../../src/sim/world';
import { geometry, script } from './simHelpers';

describe('createContext', () => {
  it('finds geometry by own map ids only', () => {
    const ctx = createContext(script, {});
    expect(ctx.geometry.constructor).toBeUndefined();
    expect(ctx.geometry.toString).toBeUndefined();
    const full = createContext(script, geometry);
    expect(Object.keys(full.geometry).sort()).toEqual(script.maps.map((m) => m.id).sort());
  });

  it('finds points by map and id', () => {
    const ctx = createContext(script, geometry);
    const m = script.maps.find((x) => x.points.length > 0)!;
    const p = m.points[0]!;
    expect(ctx.point(m.id, p.id)).toEqual({ x: p.x, y: p.y, angle: p.angle ?? 0 });
    expect(ctx.point(m.id, 'no-such-point')).toBeUndefined();
    expect(ctx.point('no-such-map', p.id)).toBeUndefined();
  });
});

describe('contextFor', () => {
  it('gives every session of one script and geometry the same context, and another geometry its own', () => {
    const a = new Session({ script, geometry, seed: 1 });
    const b = new Session({ script, geometry, seed: 2 });
    expect(a.ctx).toBe(b.ctx);
    expect(contextFor(script, geometry)).toBe(a.ctx);
    const other = { ...geometry };
    expect(contextFor(script, other)).not.toBe(a.ctx);
  });

  it('remembers archetypes by entity id, and answers anew when an id comes back as another archetype', () => {
    const ctx = createContext(script, geometry);
    const ids = [...ctx.archetypes.keys()];
    const as = (id: number, archetype: string) => ({ id, archetype }) as Entity;
    expect(ctx.archetypeOf(as(7, ids[0]!))).toBe(ctx.archetypes.get(ids[0]!));
    expect(ctx.archetypeOf(as(7, ids[0]!))).toBe(ctx.archetypes.get(ids[0]!));
    // Another world's entity 7 (a restore, a seek): its own archetype, not the remembered one.
    expect(ctx.archetypeOf(as(7, ids[1]!))).toBe(ctx.archetypes.get(ids[1]!));
    expect(ctx.archetypeOf(as(7, 'not-an-archetype'))).toBeUndefined();
    expect(ctx.archetypeOf(as(2 ** 20, ids[1]!))).toBe(ctx.archetypes.get(ids[1]!));
    expect(ctx.archetypeOf(as(-1, ids[0]!))).toBe(ctx.archetypes.get(ids[0]!));
  });
});
