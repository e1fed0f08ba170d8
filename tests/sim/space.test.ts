import { describe, expect, it } from 'vitest';
import { PLAYER_SHIP, SPACE } from '../../src/sim/balance';
import { applyDamage, facingToward } from '../../src/sim/combat';
import { banksBearing } from '../../src/sim/space';
import type { Entity } from '../../src/sim/world';
import { botUntil, newSession, player, run, sessionAtStep } from './simHelpers';

const at = (e: Entity, x: number, y: number, angle = 0) => Object.assign(e, { x, y, angle });

describe('space rules', () => {
  it('the ship accelerates with the throttle and turns with the helm', () => {
    const s = newSession();
    run(s, 1, [{ type: 'accept' }]);
    const ship = player(s);
    const start = { x: ship.x, y: ship.y, angle: ship.angle };
    run(s, 120, [
      { type: 'throttle', value: 1 },
      { type: 'turn', value: 1 },
    ]);
    expect(Math.hypot(ship.x - start.x, ship.y - start.y)).toBeGreaterThan(100);
    expect(ship.angle).not.toBeCloseTo(start.angle, 2);
    expect(ship.speed).toBeLessThanOrEqual(PLAYER_SHIP.speed);
  });

  it('Full Impulse is fast out of combat and refused in combat', () => {
    const s = newSession();
    run(s, 1, [{ type: 'accept' }]);
    run(s, 400, [{ type: 'fullImpulse', on: true }]);
    expect(player(s).speed).toBeCloseTo(SPACE.fullImpulseSpeed, 0);
    player(s).lastCombat = s.tick;
    run(s, 240);
    expect(player(s).speed).toBeLessThanOrEqual(PLAYER_SHIP.speed);
  });

  it('a hit lands on the shield facing that faces the attacker, then on the hull', () => {
    const s = newSession();
    const ship = at(player(s), 0, 0, 0);
    expect(facingToward(ship, 100, 0)).toBe(0);
    expect(facingToward(ship, 0, 100)).toBe(1);
    expect(facingToward(ship, -100, 0)).toBe(2);
    expect(facingToward(ship, 0, -100)).toBe(3);
    applyDamage(s.world, undefined, ship, {
      amount: 1000,
      shieldFactor: 1,
      fromX: -500,
      fromY: 10,
    });
    expect(ship.shields).toEqual([3000, 3000, 2000, 3000]);
    expect(ship.hull).toBe(ship.hullMax);
    applyDamage(s.world, undefined, ship, {
      amount: 2500,
      shieldFactor: 1,
      fromX: -500,
      fromY: 10,
    });
    expect(ship.shields[2]).toBe(0);
    expect(ship.hull).toBe(ship.hullMax - 500);
  });

  it('beams bear in 250° arcs fore and aft: broadside gets every bank', () => {
    const ship = at({ ...player(newSession()) }, 0, 0, 0);
    expect(banksBearing(ship, PLAYER_SHIP, 100, 0)).toBe(PLAYER_SHIP.foreBanks);
    expect(banksBearing(ship, PLAYER_SHIP, -100, 0)).toBe(PLAYER_SHIP.aftBanks);
    expect(banksBearing(ship, PLAYER_SHIP, 0, 100)).toBe(
      PLAYER_SHIP.foreBanks + PLAYER_SHIP.aftBanks,
    );
  });

  it('torpedoes fire only in the 90° forward arc and travel before they hit', () => {
    const s = sessionAtStep('the-best-defense');
    const ship = player(s);
    const enemy = s.world.entities.find((e) => e.faction === 'enemy' && e.kind === 'ship')!;
    at(ship, enemy.x - 800, enemy.y, Math.PI);
    ship.target = enemy.id;
    ship.secondaryReady = 0;
    run(s, 1, [{ type: 'torpedo' }]);
    expect(s.world.projectiles).toHaveLength(0);
    ship.angle = 0;
    run(s, 1, [{ type: 'throttle', value: 0 }, { type: 'torpedo' }]);
    expect(s.world.projectiles).toHaveLength(1);
    const before = enemy.hull + enemy.shields.reduce((a, b) => a + b, 0);
    run(s, 3);
    expect(s.world.projectiles).toHaveLength(1);
    run(s, 120);
    expect(enemy.hull + enemy.shields.reduce((a, b) => a + b, 0)).toBeLessThan(before);
  });

  it('a destroyed ship respawns after a delay and the step keeps its progress', () => {
    const s = sessionAtStep('the-best-defense');
    // Some of the station's defenses down first, so there is progress to keep.
    botUntil(s, (x) => (x.mission.progress[1]![1] ?? 0) >= 2);
    const kept = s.mission.progress[1]![1]!;
    const ship = player(s);
    ship.hull = 1;
    ship.shields = [0, 0, 0, 0];
    applyDamage(s.world, undefined, ship, { amount: 10, shieldFactor: 1, fromX: 0, fromY: 0 });
    const fell = { x: ship.x, y: ship.y };
    run(s, 1);
    expect(ship.alive).toBe(false);
    expect(s.world.respawnAt).toBe(s.tick + SPACE.respawnTicks);
    run(s, SPACE.respawnTicks);
    expect(player(s).alive).toBe(true);
    expect(player(s).hull).toBe(player(s).hullMax);
    // Nearby: pulled back from the station by the respawn distance, not sent to the map edge.
    const back = Math.hypot(player(s).x - fell.x, player(s).y - fell.y);
    expect(back).toBeGreaterThan(SPACE.respawnDistance - 50);
    expect(back).toBeLessThan(SPACE.respawnDistance + 200);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(s.mission.progress[1]![1]).toBe(kept);
    expect(s.mission.step).toBe(1);
  });

  it('Emergency Power to Shields cuts shield damage and has a cooldown', () => {
    const s = newSession();
    const ship = at(player(s), 0, 0, 0);
    run(s, 1, [{ type: 'ability', slot: 1 }]);
    applyDamage(s.world, undefined, ship, { amount: 1000, shieldFactor: 1, fromX: 500, fromY: 0 });
    expect(ship.shields[0]).toBeCloseTo(3000 - 1000 * SPACE.epts.resist, 6);
    const a = s.world.abilities.find((x) => x.id === 'epts')!;
    expect(a.readyAt).toBe(s.tick + SPACE.epts.cooldown);
  });

  it('the station hull blocks the ship', () => {
    const s = newSession();
    const ship = at(player(s), -900, 0, 0);
    run(s, 600, [{ type: 'accept' }, { type: 'throttle', value: 1 }]);
    expect(Math.hypot(ship.x, ship.y)).toBeGreaterThanOrEqual(560 + PLAYER_SHIP.radius - 1e-6);
  });
});
