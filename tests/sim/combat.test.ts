/**
 * Enemies that fight back, allies that support, and the failure rule: one test per behaviour.
 * Scenes are reached with the bot, then arranged by hand (positions, who is present).
 */
import { describe, expect, it } from 'vitest';
import { cos, sin } from '../../src/core/detMath';
import { runSummary } from '../../src/session/summary';
import { resolveArchetypes } from '../../src/sim/archetypes';
import {
  CHARACTERS,
  DIFFICULTY,
  type Difficulty,
  ENEMY_ABILITY,
  GROUND,
} from '../../src/sim/balance';
import { facingToward } from '../../src/sim/combat';
import type { Entity } from '../../src/sim/world';
import { botUntil, newSession, player, run, script } from './simHelpers';

const ARCHETYPES = resolveArchetypes(script);
const shipStats = (id: string) => ARCHETYPES.get(id)!.ship!.normal;
const tvala = ARCHETYPES.get('tvala')!;

const seconds = (n: number) => n * 60;

function atObjective(objective: string, difficulty: Difficulty = 'normal', seed = 1) {
  const s = newSession(seed, { difficulty });
  botUntil(
    s,
    (x) =>
      x.mission.status === 'active' &&
      x.ctx.script.steps[x.mission.step]?.objectives[x.mission.objective]?.id === objective,
    seconds(60 * 15),
  );
  // Let go of everything the bot held.
  run(s, 1, [
    { type: 'throttle', value: 0 },
    { type: 'turn', value: 0 },
    { type: 'fullImpulse', on: false },
    { type: 'move', x: 0, y: 0 },
    { type: 'fire', on: false },
    { type: 'interact', on: false },
  ]);
  return s;
}

const enemies = (s: ReturnType<typeof newSession>, archetype?: string) =>
  s.world.entities.filter(
    (e) => e.alive && e.faction === 'enemy' && (!archetype || e.archetype === archetype),
  );

/** Keeps only the listed entities of the enemy side (the rest are removed from the world). */
function only(s: ReturnType<typeof newSession>, keep: Entity[]) {
  s.world.entities = s.world.entities.filter((e) => e.faction !== 'enemy' || keep.includes(e));
}

describe('space: the defenses and the fleet fight back', () => {
  it('an idle ship inside the defenses’ range loses at least half its hull within 30 s (Normal)', () => {
    const s = atObjective('destroy-station-defenses');
    const station = s.ctx.geometry[s.world.map]!.hulls[0]!;
    const towers = enemies(s, 'defense-emplacement');
    expect(towers).toHaveLength(18);
    only(s, towers);
    const t = towers[0]!;
    const ship = player(s);
    // 500 units out from an emplacement, in open space, nose to the station.
    const out = Math.atan2(t.y - station.y, t.x - station.x);
    ship.x = t.x + cos(out) * 500;
    ship.y = t.y + sin(out) * 500;
    ship.angle = out + Math.PI;
    ship.speed = 0;
    let lowest = ship.hull;
    for (let i = 0; i < seconds(30) && ship.alive; i++) {
      run(s, 1);
      lowest = Math.min(lowest, ship.alive ? ship.hull : 0);
    }
    expect(lowest).toBeLessThanOrEqual(ship.hullMax / 2);
  });

  it('emplacements fire only into their arc: from the station side they are silent', () => {
    const s = atObjective('destroy-station-defenses');
    const station = s.ctx.geometry[s.world.map]!.hulls[0]!;
    const t = enemies(s, 'defense-emplacement')[0]!;
    only(s, [t]);
    const ship = player(s);
    const out = Math.atan2(t.y - station.y, t.x - station.x);
    // Beside the emplacement and a little behind it (toward the station side of its arc),
    // clear of the hull.
    const side = out + Math.PI * 0.6;
    ship.x = t.x + cos(side) * 350;
    ship.y = t.y + sin(side) * 350;
    ship.speed = 0;
    s.world.projectiles = [];
    run(s, 1);
    const bearing = Math.atan2(ship.y - t.y, ship.x - t.x);
    const rel = Math.abs(Math.atan2(Math.sin(bearing - t.angle), Math.cos(bearing - t.angle)));
    expect(rel).toBeGreaterThan(shipStats('defense-emplacement').fireArc);
    run(s, seconds(5));
    expect(s.world.fx.some((f) => f.type === 'beam' && f.from === t.id)).toBe(false);
    const fired: boolean[] = [];
    for (let i = 0; i < seconds(3); i++) {
      run(s, 1);
      fired.push(s.world.fx.some((f) => f.type === 'beam' && f.from === t.id));
    }
    expect(fired.some(Boolean)).toBe(false);
    // In front of it, it fires.
    ship.x = t.x + cos(out) * 350;
    ship.y = t.y + sin(out) * 350;
    for (let i = 0; i < seconds(3); i++) {
      run(s, 1);
      fired.push(s.world.fx.some((f) => f.type === 'beam' && f.from === t.id));
    }
    expect(fired.some(Boolean)).toBe(true);
    expect(shipStats('defense-emplacement').fireArc).toBeLessThan(Math.PI);
  });

  it('enemy torpedo volleys go only into a weakened facing', () => {
    const s = atObjective('destroy-station-defenses');
    const galor = s.world.entities.find((e) => e.archetype === 'keldon')!;
    only(s, [galor]);
    const ship = player(s);
    ship.x = galor.x + cos(galor.angle) * 600;
    ship.y = galor.y + sin(galor.angle) * 600;
    ship.speed = 0;
    galor.speed = 0;
    galor.secondaryReady = 0;
    galor.weaponReady = s.tick + 10_000;
    galor.abilityReady = s.tick + 10_000;
    // Shields full: no volley.
    run(s, 2);
    expect(s.world.projectiles.filter((p) => p.owner === galor.id)).toHaveLength(0);
    // The facing toward the cruiser drops below half: a volley of the difficulty's size.
    const f = facingToward(ship, galor.x, galor.y);
    ship.shields[f] = ship.shieldMax * (ENEMY_ABILITY.weakFacing - 0.1);
    galor.angle = Math.atan2(ship.y - galor.y, ship.x - galor.x);
    run(s, 1);
    expect(s.world.projectiles.filter((p) => p.owner === galor.id)).toHaveLength(
      DIFFICULTY.normal.torpedoVolley,
    );
  });

  it('Cardassian shield boost: a facing low, every facing restored', () => {
    const s = atObjective('destroy-station-defenses');
    const k = s.world.entities.find((e) => e.archetype === 'keldon')!;
    only(s, [k]);
    k.abilityReady = 0;
    k.shields = [k.shieldMax * 0.1, k.shieldMax * 0.5, k.shieldMax * 0.5, k.shieldMax * 0.5];
    run(s, 1);
    expect(k.shields[0]).toBeGreaterThanOrEqual(k.shieldMax * 0.7);
    expect(k.shields[1]).toBe(k.shieldMax);
    expect(s.world.fx).toContainEqual({ type: 'ability', who: k.id, ability: 'shieldBoost' });
    expect(k.abilityReady).toBeGreaterThan(s.tick);
  });

  it.each([
    ['normal', 1],
    ['elite', 2],
  ] as const)(
    "Jem'Hadar attack runs (%s: %i back to back), fast and straight at the target",
    (d, runs) => {
      const s = atObjective('destroy-station-defenses', d);
      const j = s.world.entities.find((e) => e.archetype === 'jemhadar-attack-ship')!;
      only(s, [j]);
      const ship = player(s);
      ship.x = j.x + 800;
      ship.y = j.y;
      j.abilityReady = 0;
      run(s, 1);
      expect(j.abilityUntil).toBeGreaterThan(s.tick);
      expect(j.runs).toBe(runs - 1);
      run(s, 90);
      const s0 = shipStats('jemhadar-attack-ship').speed;
      expect(j.speed).toBeGreaterThan(s0 * 1.3);
    },
  );

  it('Undine attackers: a telegraphed heavy attack that lands in its cone and misses outside', () => {
    for (const dodge of [false, true]) {
      const s = atObjective('defeat-attackers');
      const u = enemies(s, 'undine-attacker')[0]!;
      only(s, [u]);
      const ship = player(s);
      ship.x = u.x + cos(u.angle) * 500;
      ship.y = u.y + sin(u.angle) * 500;
      ship.speed = 0;
      u.speed = 0;
      u.abilityReady = 0;
      u.weaponReady = s.tick + 10_000;
      u.secondaryReady = s.tick + 10_000;
      run(s, 1);
      expect(s.world.fx.some((f) => f.type === 'telegraph' && f.who === u.id)).toBe(true);
      if (dodge) {
        // Out of range before the charge ends.
        ship.x = u.x - cos(u.angle) * 1500;
        ship.y = u.y - sin(u.angle) * 1500;
      }
      const hp = ship.hull + ship.shields.reduce((a, b) => a + b, 0);
      u.weaponReady = s.tick + 10_000;
      run(s, ENEMY_ABILITY.heavyAttack.charge);
      const lost = hp - ship.hull - ship.shields.reduce((a, b) => a + b, 0);
      if (dodge) expect(lost).toBeLessThan(ENEMY_ABILITY.heavyAttack.damage / 2);
      else expect(lost).toBeGreaterThanOrEqual(ENEMY_ABILITY.heavyAttack.damage * 0.9);
    }
  });

  it('an enemy ship driven into the station slides along the hull instead of sticking', () => {
    const s = atObjective('destroy-station-defenses');
    const station = s.ctx.geometry[s.world.map]!.hulls[0]!;
    const k = s.world.entities.find((e) => e.archetype === 'keldon')!;
    only(s, [k]);
    const ship = player(s);
    // The player on the far side: the cruiser heads straight through the station.
    k.x = station.x + station.r + 120;
    k.y = station.y;
    ship.x = station.x - station.r - 900;
    ship.y = station.y + 5;
    k.angle = Math.PI;
    const track: { x: number; y: number }[] = [];
    for (let i = 0; i < 10; i++) {
      run(s, seconds(1));
      track.push({ x: k.x, y: k.y });
    }
    // It keeps moving every second: never stopped dead on the hull.
    for (let i = 1; i < track.length; i++) {
      const moved = Math.hypot(track[i]!.x - track[i - 1]!.x, track[i]!.y - track[i - 1]!.y);
      expect(moved).toBeGreaterThan(30);
    }
  });
});

describe('difficulty tables', () => {
  it('enemy health scales by the table; friends do not', () => {
    const n = atObjective('destroy-station-defenses', 'normal');
    const e = atObjective('destroy-station-defenses', 'elite');
    const tn = enemies(n, 'defense-emplacement')[0]!;
    const te = enemies(e, 'defense-emplacement')[0]!;
    const factor = ARCHETYPES.get('defense-emplacement')!.health;
    expect(te.hullMax / tn.hullMax).toBeCloseTo(factor.elite / factor.normal, 5);
    expect(player(e).hullMax).toBe(player(n).hullMax);
  });

  it('Advanced and Elite change more than one number', () => {
    const { normal, advanced, elite } = DIFFICULTY;
    for (const [id, a] of ARCHETYPES) {
      if (a.faction !== 'enemy') continue;
      expect(a.health.advanced, id).toBeGreaterThan(a.health.normal);
      expect(a.health.elite, id).toBeGreaterThan(a.health.advanced);
    }
    for (const d of [advanced, elite]) {
      expect(d.enemyDamage).toBeGreaterThan(normal.enemyDamage);
      expect(d.accuracy).toBeGreaterThan(normal.accuracy);
      expect(d.abilityCooldown).toBeLessThan(normal.abilityCooldown);
    }
    expect(elite.attackRuns).toBeGreaterThan(normal.attackRuns);
    expect(tvala.form!.at.elite).toBeGreaterThan(tvala.form!.at.normal);
  });
});

describe('ground: insurgents and T’Vala', () => {
  it('an insurgent low on shields breaks off to cover the captain cannot see', () => {
    const s = atObjective('defeat-insurgent-groups');
    const cap = player(s);
    const foe = enemies(s).find((e) => e.archetype === 'federation-officer')!;
    only(s, [foe]);
    s.world.entities = s.world.entities.filter((e) => e.faction !== 'player' || e === cap);
    // Beside a pillar of the Promenade (pillar-3: 1260..1296 × 390..426), the captain west.
    foe.x = 1240;
    foe.y = 408;
    cap.x = 1040;
    cap.y = 408;
    foe.target = cap.id;
    foe.shields = [0];
    foe.hull = foe.hullMax * 0.8;
    foe.tacticUntil = 0;
    run(s, 30);
    expect(foe.tactic).toBe('cover');
    run(s, seconds(2));
    const walls = s.ctx.geometry[s.world.map]!.walls;
    const { lineOfFire } = awaitGround;
    expect(lineOfFire(walls, cap.x, cap.y, foe.x, foe.y)).toBe(false);
  });

  it('insurgents flank: every other one works round the target’s side', () => {
    const s = atObjective('defeat-insurgent-groups');
    const cap = player(s);
    const foe = enemies(s).find((e) => e.id % 2 === 0)!;
    only(s, [foe]);
    cap.x = foe.x - 250;
    cap.y = foe.y;
    foe.target = cap.id;
    foe.tacticUntil = 0;
    run(s, 30);
    const flanked = foe.tactic === 'flank';
    // (A wall may leave no room to flank on its side; then it holds and fights.)
    if (flanked) {
      const a0 = Math.atan2(foe.tacticY - cap.y, foe.tacticX - cap.x);
      expect(Math.abs(a0)).toBeGreaterThan(0.5);
    }
    expect(['flank', 'none']).toContain(foe.tactic);
  });

  it('insurgent grenades are telegraphed, and the blast hurts whoever stays in it', () => {
    const s = atObjective('defeat-insurgent-groups');
    const cap = player(s);
    const foe = enemies(s).find((e) => e.archetype === 'undine-infiltrator')!;
    only(s, [foe]);
    s.world.entities = s.world.entities.filter((e) => e.faction !== 'player' || e === cap);
    cap.x = foe.x - 200;
    cap.y = foe.y;
    foe.target = cap.id;
    foe.clearShot = true;
    foe.abilityReady = 0;
    foe.tacticUntil = s.tick + 10_000;
    foe.weaponReady = s.tick + 10_000;
    run(s, 7);
    const tele = s.world.fx.find((f) => f.type === 'telegraph');
    expect(foe.abilityUntil).toBeGreaterThan(s.tick);
    expect(foe.aimX).toBeCloseTo(cap.x, -1);
    void tele;
    const hp = cap.hull + cap.shields[0]!;
    foe.weaponReady = s.tick + 10_000;
    run(s, GROUND.enemyGrenade.fuse);
    expect(cap.hull + cap.shields[0]!).toBeLessThan(hp - GROUND.enemyGrenade.damage * 0.9);
  });

  it('bridge officers and Meyer step out of a telegraphed blast', () => {
    const s = atObjective('defeat-insurgent-groups');
    const foe = enemies(s)[0]!;
    only(s, [foe]);
    const officer = s.world.entities.find((e) => e.archetype === 'bridge-officer')!;
    foe.abilityUntil = s.tick + 60;
    foe.abilityReady = s.tick + 10_000;
    foe.aimX = officer.x;
    foe.aimY = officer.y;
    run(s, 59);
    const r = GROUND.enemyGrenade.radius;
    expect(Math.hypot(officer.x - foe.aimX, officer.y - foe.aimY)).toBeGreaterThan(r);
  });

  it('T’Vala presses her attack on Meyer wherever he stands, and her true form blasts', () => {
    const s = atObjective('protect-engineer-meyer');
    const tv = s.world.entities.find((e) => e.archetype === 'tvala')!;
    const meyer = s.world.entities.find((e) => e.npc === 'meyer')!;
    only(s, [tv]);
    const start = Math.hypot(tv.x - meyer.x, tv.y - meyer.y);
    run(s, seconds(6));
    expect(tv.target).toBe(meyer.id);
    // She closes in to her rifle's reach (or nearer), wherever he is.
    const d = Math.hypot(tv.x - meyer.x, tv.y - meyer.y);
    expect(d).toBeLessThan(Math.min(start, tvala.character!.normal.range));
    tv.hull = tv.hullMax * (tvala.form!.at.normal - 0.01);
    tv.abilityReady = 0;
    run(s, seconds(4));
    expect(tv.trueForm).toBe(true);
    expect(tv.abilityReady).toBeGreaterThan(0);
  });

  it('T’Vala’s second form comes sooner on Elite', () => {
    expect(tvala.form!.at.elite).toBeGreaterThan(tvala.form!.at.normal);
  });
});

describe('allies support the captain', () => {
  it('bridge officers fire on the captain’s target, not on a fight of their own', () => {
    const s = atObjective('defeat-insurgent-groups');
    const cap = player(s);
    const officers = s.world.entities.filter((e) => e.archetype === 'bridge-officer');
    const foe = enemies(s)[0]!;
    only(s, [foe]);
    // Within their range, not shooting at them, and the captain has no target: they hold fire.
    for (const o of officers) {
      o.x = foe.x - 200;
      o.y = foe.y;
    }
    cap.x = foe.x - 120;
    cap.y = foe.y;
    cap.target = 0;
    foe.target = cap.id;
    foe.weaponReady = s.tick + 10_000;
    foe.abilityReady = s.tick + 10_000;
    foe.tacticUntil = s.tick + 10_000;
    const hp = foe.hull + foe.shields[0]!;
    run(s, 10);
    expect(foe.hull + foe.shields[0]!).toBe(hp);
    // The captain targets it: they open fire.
    run(s, 60, [{ type: 'target', id: foe.id }]);
    expect(foe.hull + foe.shields[0]!).toBeLessThan(hp);
  });

  it('the three officers together deal clearly less than the captain', () => {
    const cap = CHARACTERS.captain;
    const bo = CHARACTERS['bridge-officer'];
    expect((3 * bo.damage) / bo.cooldown).toBeLessThan((0.8 * cap.damage) / cap.cooldown);
  });

  it('slot 4 orders the away team to use their abilities on the captain’s target', () => {
    const s = atObjective('defeat-insurgent-groups');
    const foe = enemies(s)[0]!;
    only(s, [foe]);
    const hp = foe.hull + foe.shields[0]!;
    run(s, 1, [{ type: 'target', id: foe.id }]);
    run(s, 1, [{ type: 'ability', slot: 4 }]);
    const officerIds = s.world.entities
      .filter((e) => e.archetype === 'bridge-officer')
      .map((e) => e.id);
    const used = s.world.fx.filter(
      (f) => f.type === 'ability' && f.ability === 'team-order' && officerIds.includes(f.who),
    );
    expect(used).toHaveLength(3);
    expect(foe.hull + foe.shields[0]!).toBeLessThan(hp - GROUND.teamOrder.damage);
  });

  it('while the captain is down, Meyer takes cover instead of standing exposed', () => {
    const s = atObjective('protect-engineer-meyer');
    const cap = player(s);
    const meyer = s.world.entities.find((e) => e.npc === 'meyer')!;
    const tv = s.world.entities.find((e) => e.archetype === 'tvala')!;
    cap.hull = 0;
    run(s, seconds(3));
    expect(cap.downedUntil).toBeGreaterThan(0);
    expect(meyer.tactic).toBe('cover');
    const walls = s.ctx.geometry[s.world.map]!.walls;
    expect(awaitGround.lineOfFire(walls, tv.x, tv.y, meyer.x, meyer.y)).toBe(false);
  });
});

describe('the combat report', () => {
  it('counts the captain’s, the allies’ and the enemies’ damage by scene, and the deaths', () => {
    const s = atObjective('deception-lower-security-field');
    const c = runSummary(s).combat;
    const g = c.byScene['ground-promenade']!;
    expect(g.kind).toBe('ground');
    expect(g.playerDamageDealt).toBeGreaterThan(0);
    expect(g.alliesDamageDealt).toBeGreaterThan(0);
    expect(g.playerDamageDealt).toBeGreaterThan(g.alliesDamageDealt);
    expect(c.byScene['space-bajor']!.kind).toBe('space');
    expect(c.playerDamageDealt).toBe(
      Object.values(c.byScene).reduce((a, r) => a + r.playerDamageDealt, 0),
    );
  });
});

import * as awaitGround from '../../src/sim/ground';
