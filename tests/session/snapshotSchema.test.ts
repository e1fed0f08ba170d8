/**
 * The snapshot schema stays in step with the types it checks. The type assertions below are
 * checked by `tsc` (`npm run typecheck`): a field added to `World`, `Entity` or `MissionState`
 * and not to the schema (or the other way round) is a type error here. The runtime half
 * checks the same for the values a new session really holds.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { initialState, type MissionState } from '../../src/mission/machine';
import type { SessionSnapshot } from '../../src/session/Session';
import {
  EntitySchema,
  type FxSchema,
  MissionStateSchema,
  type ProjectileSchema,
  SessionSnapshotSchema,
  WorldSchema,
} from '../../src/session/snapshotSchema';
import type { Entity, Fx, Projectile, World } from '../../src/sim/world';
import { newSession, script } from '../sim/simHelpers';

describe('snapshot schema', () => {
  it('accepts exactly the World, MissionState and SessionSnapshot types (type test)', () => {
    expectTypeOf<z.output<typeof EntitySchema>>().toEqualTypeOf<Entity>();
    expectTypeOf<z.output<typeof ProjectileSchema>>().toEqualTypeOf<Projectile>();
    expectTypeOf<z.output<typeof FxSchema>>().toEqualTypeOf<Fx>();
    expectTypeOf<z.output<typeof WorldSchema>>().toEqualTypeOf<World>();
    expectTypeOf<z.output<typeof MissionStateSchema>>().toEqualTypeOf<MissionState>();
    expectTypeOf<z.output<typeof SessionSnapshotSchema>>().toEqualTypeOf<SessionSnapshot>();
  });

  it('names every field a live world, entity and mission state has', () => {
    const s = newSession(1);
    const entity = s.world.entities[0]!;
    expect(Object.keys(WorldSchema.shape).sort()).toEqual(Object.keys(s.world).sort());
    expect(Object.keys(EntitySchema.shape).sort()).toEqual(Object.keys(entity).sort());
    expect(Object.keys(MissionStateSchema.shape).sort()).toEqual(
      Object.keys(initialState(script)).sort(),
    );
    expect(Object.keys(SessionSnapshotSchema.shape).sort()).toEqual(
      Object.keys(s.snapshot()).sort(),
    );
  });
});
