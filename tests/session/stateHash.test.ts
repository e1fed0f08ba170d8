import { describe, expect, it } from 'vitest';
import { queueBotCommands } from '../../src/session/autopilot';
import { stateHash } from '../../src/session/stateHash';
import type { Entity, Projectile, World } from '../../src/sim/world';
import { newSession } from '../sim/simHelpers';

/** A session some way into the ground part of the mission, with many entities. */
function busySession() {
  const s = newSession(3);
  while (s.tick < 4500) {
    queueBotCommands(s);
    s.step();
  }
  return s;
}

/** The same plain data with every object's keys created in reverse order. */
function reversedKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversedKeys) as T;
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse())
    out[k] = reversedKeys((v as Record<string, unknown>)[k]);
  return out as T;
}

/** Records every field read on an object (and how often). */
function spy<T extends object>(target: T, reads: string[]): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') reads.push(key);
      return Reflect.get(t, key, receiver);
    },
  });
}

describe('state hash', () => {
  const s = busySession();
  const { world, mission } = s;

  it('is 16 hex digits, and pinned for a fixed state', () => {
    const fresh = newSession(1);
    expect(stateHash(fresh.world, fresh.mission)).toMatch(/^[0-9a-f]{16}$/);
    // A pinned value: a change means every recorded hash changes (bump SIM_VERSION).
    expect(stateHash(fresh.world, fresh.mission)).toMatchInlineSnapshot(`"ec15b12ddb20c9f4"`);
  });

  it('does not depend on key creation order', () => {
    expect(stateHash(reversedKeys(world), reversedKeys(mission))).toBe(stateHash(world, mission));
    expect(stateHash(structuredClone(world), structuredClone(mission))).toBe(
      stateHash(world, mission),
    );
    expect(stateHash(JSON.parse(JSON.stringify(world)), JSON.parse(JSON.stringify(mission)))).toBe(
      stateHash(world, mission),
    );
  });

  it('reads every field of the world, an entity and a projectile exactly once', () => {
    const check = <T extends object>(obj: T, wrap: (spied: T) => World) => {
      const reads: string[] = [];
      stateHash(wrap(spy(obj, reads)), mission);
      expect(reads.slice().sort()).toEqual(Object.keys(obj).sort());
    };
    check(world, (w) => w);
    const entity = world.entities[0]!;
    check(entity, (e) => ({ ...world, entities: [e] }));
    const projectile: Projectile = {
      id: 9,
      owner: 1,
      target: 2,
      x: 1.5,
      y: 2.5,
      angle: 0.25,
      damage: 100,
      travelled: 12,
    };
    check(projectile, (p) => ({ ...world, projectiles: [p] }));
  });

  it('changes when any field of any entity changes', () => {
    const base = stateHash(world, mission);
    const seen = new Set([base]);
    for (const e of world.entities.slice(0, 3)) {
      for (const k of Object.keys(e) as (keyof Entity)[]) {
        const copy = structuredClone(world);
        const c = copy.entities.find((x) => x.id === e.id)! as unknown as Record<string, unknown>;
        const v = c[k];
        c[k] =
          typeof v === 'number'
            ? v + 0.5
            : typeof v === 'string'
              ? `${v}!`
              : typeof v === 'boolean'
                ? !v
                : v === null
                  ? 'x'
                  : [...(v as unknown[]), 1];
        const h = stateHash(copy, mission);
        expect(seen.has(h), `${e.id}.${k}`).toBe(false);
        seen.add(h);
      }
    }
  });

  it('tells values apart by type and order, and canonicalises -0 and NaN', () => {
    const withInput = (input: unknown) =>
      stateHash({ ...world, input: input as World['input'] }, mission);
    const values: unknown[] = [
      0,
      1,
      -1,
      0.5,
      2 ** 31,
      -(2 ** 31),
      1e-300,
      Infinity,
      -Infinity,
      NaN,
      '0',
      '',
      'ab',
      'ba',
      'a',
      true,
      false,
      null,
      [],
      [0],
      [[]],
      [0, 1],
      [1, 0],
      {},
      { a: 0 },
      { b: 0 },
      { a: '0' },
      { a: [] },
    ];
    const hashes = values.map(withInput);
    expect(new Set(hashes).size).toBe(values.length);
    expect(withInput(-0)).toBe(withInput(0));
    expect(withInput(Number.NaN)).toBe(withInput(Math.sqrt(-1)));
    expect(withInput({ a: 1, u: undefined })).toBe(withInput({ a: 1 }));
    expect(withInput([1, 2])).toBe(withInput([1, 2]));
  });

  it('is the session hash', () => {
    expect(s.hash()).toBe(stateHash(world, mission));
  });
});
