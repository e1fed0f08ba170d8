/**
 * What a new player is shown, read off the session: the helm readout, the away team (Meyer only
 * once he has joined), hail prompts by name, and a waypoint for every objective with a place.
 * One bot run through the whole mission is watched; every objective of the script is checked
 * while it is the active one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { automationState, hudFacts } from '../../src/session/facts';
import { objectivePoint } from '../../src/session/objective';
import type { Session } from '../../src/session/Session';
import { SPACE } from '../../src/sim/balance';
import { botUntil, newSession, player, run, script, sessionAtStep } from '../sim/simHelpers';

/** Where an objective's place is, worked out from the script (not from objectivePoint). */
function expectedPlace(s: Session, from: { x: number; y: number }) {
  const m = s.mission;
  const o = s.ctx.script.steps[m.step]!.objectives[m.objective]!;
  const zoneCentre = (id: string) => {
    const z = s.ctx.zones.get(id)!;
    if (z.shape.type === 'rect')
      return { x: z.shape.x + z.shape.w / 2, y: z.shape.y + z.shape.h / 2 };
    if (z.shape.type === 'circle') return { x: z.shape.x, y: z.shape.y };
    // Outside a ring: the nearest way out, beyond the ring.
    const d = Math.hypot(from.x - z.shape.x, from.y - z.shape.y);
    expect(d).toBeGreaterThan(0);
    return null;
  };
  switch (o.type) {
    case 'reach':
    case 'escort':
      return { type: o.type, at: zoneCentre(o.zone) };
    case 'interact': {
      const it = s.ctx.interactables.get(o.target)!;
      const p = it.point !== undefined ? s.ctx.point(it.map, it.point) : undefined;
      return { type: o.type, at: p ? { x: p.x, y: p.y } : zoneCentre(it.zone!) };
    }
    default:
      return { type: o.type, at: null };
  }
}

interface Seen {
  checked: Set<string>;
  /** Team names on the corridors map before and after the escort begins. */
  teamBeforeEscort: string[][];
  teamDuringEscort: string[][];
  meyerOnMapBeforeEscort: boolean;
  hails: ReturnType<typeof hudFacts>['hails'][];
  hailObjectivePoint: unknown[];
}

describe('new player facts over a whole run', () => {
  const seen: Seen = {
    checked: new Set(),
    teamBeforeEscort: [],
    teamDuringEscort: [],
    meyerOnMapBeforeEscort: false,
    hails: [],
    hailObjectivePoint: [],
  };

  beforeAll(() => {
    const s = newSession(3);
    let next = 0;
    let current = '';
    botUntil(
      s,
      (x) => {
        // Every objective on its first active tick, and every 20 ticks after.
        const now = `${x.mission.step}:${x.mission.objective}`;
        if ((x.tick >= next || now !== current) && x.mission.status === 'active') {
          next = x.tick + 20;
          current = now;
          observe(x, seen);
        }
        return x.mission.status === 'complete';
      },
      60 * 60 * 25,
    );
  }, 240_000);

  it('gives every objective with a place a waypoint, of the right kind, on the current map', () => {
    const all = script.steps.flatMap((st) => st.objectives.map((o) => o.id));
    expect([...seen.checked].sort()).toEqual([...all].sort());
  });

  it('lists Meyer in the team only once he has joined (the escort), not while he waits', () => {
    expect(seen.meyerOnMapBeforeEscort).toBe(true);
    expect(seen.teamBeforeEscort.length).toBeGreaterThan(0);
    for (const t of seen.teamBeforeEscort) expect(t).not.toContain('Engineer Meyer');
    expect(seen.teamDuringEscort.length).toBeGreaterThan(0);
    for (const t of seen.teamDuringEscort) expect(t).toContain('Engineer Meyer');
  });

  it('names the contact in hail facts, and a report has no place to point at', () => {
    expect(seen.hails.length).toBeGreaterThan(0);
    for (const h of seen.hails)
      expect(h).toEqual([{ id: 'starfleet-command', name: 'Starfleet Command' }]);
    for (const p of seen.hailObjectivePoint) expect(p).toBeNull();
  });
});

function observe(s: Session, seen: Seen) {
  const o = s.ctx.script.steps[s.mission.step]!.objectives[s.mission.objective]!;
  const me = player(s);
  const point = objectivePoint(s);
  const want = expectedPlace(s, me);
  const hud = hudFacts(s);
  const names = hud.team.map((t) => t.name);
  switch (want.type) {
    case 'reach':
    case 'escort':
    case 'interact':
      expect(point, o.id).not.toBeNull();
      expect(point!.entity, o.id).toBe(0);
      if (want.at) expect({ x: point!.x, y: point!.y }, o.id).toEqual(want.at);
      else {
        // An "outside" zone: the point lies outside the ring.
        const z = s.ctx.zones.get(
          o.type === 'interact' ? s.ctx.interactables.get(o.target)!.zone! : '',
        )!;
        expect(Math.hypot(point!.x - z.shape.x, point!.y - z.shape.y), o.id).toBeGreaterThan(
          (z.shape as { r: number }).r,
        );
      }
      break;
    case 'counter': {
      if (o.type !== 'counter') throw new Error('unreachable');
      expect(point, o.id).not.toBeNull();
      const target = s.world.entities.find((e) => e.id === point!.entity);
      expect(target?.tags, o.id).toContain(o.tag);
      expect(target?.alive, o.id).toBe(true);
      // The nearest such target.
      const d = (e: { x: number; y: number }) => Math.hypot(e.x - me.x, e.y - me.y);
      for (const e of s.world.entities)
        if (e.alive && e.map === s.world.map && e.tags.includes(o.tag) && e.faction !== 'player')
          expect(d(target!), o.id).toBeLessThanOrEqual(d(e) + 1e-9);
      break;
    }
    case 'protect': {
      if (o.type !== 'protect') throw new Error('unreachable');
      expect(point, o.id).not.toBeNull();
      expect(s.world.entities.find((e) => e.id === point!.entity)?.npc, o.id).toBe(o.npc);
      break;
    }
    case 'report':
      seen.hails.push(hud.hails);
      seen.hailObjectivePoint.push(point);
      break;
  }
  expect(automationState(s, 'test').waypoint, o.id).toEqual(
    point ? { x: point.x, y: point.y } : null,
  );
  seen.checked.add(o.id);
  if (s.world.map === 'habitat-corridors') {
    const escorting = o.id === 'escort-engineer-meyer';
    const before = o.id === 'rescue-the-injured' || o.id === 'victims-lower-security-field';
    if (before) {
      seen.teamBeforeEscort.push(names);
      if (s.world.entities.some((e) => e.npc === 'meyer' && e.map === s.world.map))
        seen.meyerOnMapBeforeEscort = true;
    }
    if (escorting) seen.teamDuringEscort.push(names);
  }
}

describe('the opening', () => {
  it('points the waypoint at the first objective (outside DS9) at warp-in, before the offer', () => {
    const s = newSession(1);
    expect(s.mission.status).toBe('offered');
    const zone = s.ctx.zones.get('outside-ds9')!;
    expect(script.steps[0]!.objectives[0]!).toMatchObject({ type: 'reach', zone: 'outside-ds9' });
    expect(objectivePoint(s)).toEqual({ x: zone.shape.x, y: zone.shape.y, entity: 0 });
    expect(automationState(s, 'space').waypoint).toEqual({ x: zone.shape.x, y: zone.shape.y });
    // And still after accepting (a fresh warp-in, the first objective active).
    s.queue({ type: 'accept' });
    s.step();
    expect(s.mission.status).toBe('active');
    expect(automationState(s, 'space').waypoint).toEqual({ x: zone.shape.x, y: zone.shape.y });
  });

  it('reads the throttle, the speed and Full Impulse for the helm readout', () => {
    const s = newSession(1);
    expect(hudFacts(s).helm).toEqual({
      throttle: 0,
      speed: 0,
      maxSpeed: expect.any(Number),
      fullImpulse: false,
    });
    run(s, 120, [{ type: 'throttle', value: 0.5 }]);
    const half = hudFacts(s).helm!;
    expect(half.throttle).toBe(50);
    expect(half.speed).toBe(Math.round(player(s).speed));
    expect(half.speed).toBeGreaterThan(0);
    expect(half.speed).toBeLessThanOrEqual(half.maxSpeed / 2);
    expect(half.fullImpulse).toBe(false);
    run(s, 240, [{ type: 'fullImpulse', on: true }]);
    const full = hudFacts(s).helm!;
    expect(full.fullImpulse).toBe(true);
    expect(full.speed).toBeGreaterThan(half.maxSpeed);
    expect(full.speed).toBeLessThanOrEqual(SPACE.fullImpulseSpeed);
    expect(automationState(s, 'space').helm).toEqual(full);
    // Asked for but in combat: not engaged, and the readout says so.
    player(s).lastCombat = s.world.tick;
    expect(hudFacts(s).helm!.fullImpulse).toBe(false);
  });

  it('has no helm readout on the ground', () => {
    const s = sessionAtStep('deception');
    expect(s.world.sceneKind).toBe('ground');
    expect(hudFacts(s).helm).toBeNull();
  }, 120_000);
});
