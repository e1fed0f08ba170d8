import { describe, expect, it } from 'vitest';
import { RESTART_DELAY } from '../../src/session/Session';
import { GROUND } from '../../src/sim/balance';
import { blockers, lineOfFire } from '../../src/sim/ground';
import { botUntil, player, run, sessionAtStep } from './simHelpers';

describe('ground rules', () => {
  it('walls block movement and line of fire', () => {
    const s = sessionAtStep('deception');
    const cap = player(s);
    const walls = blockers(s.world, s.ctx);
    // The north hull wall of the Promenade (y < 150).
    expect(lineOfFire(walls, 500, 400, 500, 100)).toBe(false);
    expect(lineOfFire(walls, 500, 400, 900, 400)).toBe(true);
    Object.assign(cap, { x: 500, y: 320 });
    run(s, 120, [{ type: 'move', x: 0, y: -1 }]);
    expect(cap.y).toBeGreaterThanOrEqual(150 + 12 - 1e-6);
  });

  it('a security field blocks the passage until its console is used', () => {
    const s = sessionAtStep('deception');
    botUntil(s, (x) => x.mission.objective === 2);
    const cap = player(s);
    Object.assign(cap, { x: 1690, y: 500 });
    expect(s.world.barriersUp).toContain('promenade-field');
    run(s, 90, [{ type: 'move', x: 1, y: 0 }]);
    expect(cap.x).toBeLessThan(1720);
    Object.assign(cap, { x: 1650, y: 400 });
    run(s, 1, [
      { type: 'move', x: 0, y: 0 },
      { type: 'interact', on: true },
    ]);
    run(s, 95);
    expect(s.world.barriersUp).not.toContain('promenade-field');
    expect(s.mission.step).toBe(3);
  });

  it('T’Vala drops her Vulcan form when badly hurt', () => {
    const s = sessionAtStep('wrath-of-tvala');
    run(s, 5);
    const tvala = s.world.entities.find((e) => e.npc === 'tvala')!;
    expect(tvala.trueForm).toBe(false);
    tvala.hull = tvala.hullMax * s.ctx.archetypes.get('tvala')!.form!.at.normal - 1;
    run(s, 1);
    expect(tvala.trueForm).toBe(true);
    expect(tvala.name).toMatch(/Undine form/);
  });

  it('Meyer’s death fails the step with a reason and it restarts from its checkpoint', () => {
    const s = sessionAtStep('wrath-of-tvala');
    run(s, 5);
    const meyer = s.world.entities.find((e) => e.npc === 'meyer')!;
    meyer.hull = 0;
    const events: string[] = [];
    const r = s.step();
    for (const e of r.effects) events.push(e.type);
    expect(s.mission.status).toBe('failed');
    expect(s.mission.failure?.reason).toBe('Engineer Meyer was killed.');
    expect(events).toContain('stepFailed');
    for (let i = 0; i < RESTART_DELAY; i++) s.step();
    expect(s.mission.status).toBe('active');
    expect(s.world.entities.filter((e) => e.npc === 'meyer' && e.alive)).toHaveLength(1);
    expect(s.world.entities.filter((e) => e.npc === 'tvala' && e.alive)).toHaveLength(1);
  });

  it('a downed captain revives at the checkpoint after a delay', () => {
    const s = sessionAtStep('deception');
    const cap = player(s);
    Object.assign(cap, { x: 900, y: 500, hull: 0 });
    run(s, 1);
    expect(cap.downedUntil).toBeGreaterThan(0);
    run(s, GROUND.downedTicks);
    expect(cap.downedUntil).toBe(0);
    expect(cap.hull).toBe(cap.hullMax);
    expect({ x: cap.x, y: cap.y }).toEqual({ x: 90, y: 500 });
  });

  it('holding interact beside an injured crew member rescues them and counts', () => {
    const s = sessionAtStep('innocent-victims');
    const cap = player(s);
    const injured = s.world.entities.find((e) => e.archetype === 'injured-officer')!;
    Object.assign(cap, { x: injured.x + 20, y: injured.y });
    run(s, 1, [{ type: 'interact', on: true }]);
    run(s, GROUND.rescueHoldTicks - 5);
    expect(s.world.entities).toContain(injured);
    run(s, 10);
    expect(s.world.entities).not.toContain(injured);
    expect(s.mission.progress[3]![0]).toBe(1);
  });

  it('an insurgent group counts when its last member falls', () => {
    const s = sessionAtStep('deception');
    botUntil(s, (x) => x.mission.objective === 1);
    const members = s.world.entities.filter((e) => e.group === 'insurgent-group-1');
    expect(members.length).toBe(3);
    members[0]!.hull = 0;
    members[1]!.hull = 0;
    run(s, 1);
    expect(s.mission.progress[2]![1]).toBe(0);
    members[2]!.hull = 0;
    run(s, 1);
    expect(s.mission.progress[2]![1]).toBe(1);
    expect(s.mission.tallies[0]!.counts[2]).toBe(2);
  });
});
