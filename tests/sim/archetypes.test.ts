/**
 * Archetypes are data: a new enemy type described in a mission's `archetypes` spawns with its
 * own stats, name and faction, and the simulation reads them, with no code edits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/mission/loader';
import { Session } from '../../src/session/Session';
import { resolveArchetypes } from '../../src/sim/archetypes';
import { characterStats } from '../../src/sim/ground';
import { statsOf } from '../../src/sim/space';
import { repoPath } from '../helpers';
import { botUntil, geometry, script } from './simHelpers';

// biome-ignore lint/suspicious/noExplicitAny: a mission script edited as plain JSON
type Json = any;

const RAIDER = {
  id: 'breen-raider',
  kind: 'ship',
  name: 'Breen Raider',
  faction: 'enemy',
  art: 'ship-jemhadar',
  radius: 33,
  sounds: { weapon: 'disruptor', destroyed: 'explosion-ship' },
  abilities: ['attack-run'],
  stats: {
    hull: 4321,
    shield: 765,
    shieldRegen: 25,
    speed: 150,
    accel: 80,
    turnRate: 1.3,
    beamDamage: 70,
    beamRange: 950,
    beamCooldown: 40,
    foreBanks: 2,
    aftBanks: 0,
    torpedoDamage: 0,
    torpedoCooldown: 600,
    aggroRange: 1500,
    orbitRange: 550,
    fireArc: 360,
  },
  difficulty: {
    normal: { health: 1 },
    advanced: { health: 1.1 },
    elite: { health: 1.25, stats: { speed: 175 } },
  },
};

const NAUSICAAN = {
  id: 'nausicaan',
  kind: 'character',
  name: 'Nausicaan Thug',
  faction: 'enemy',
  art: 'char-infiltrator',
  radius: 12,
  abilities: ['grenade'],
  stats: {
    health: 888,
    shield: 99,
    shieldRegen: 20,
    speed: 115,
    damage: 41,
    range: 360,
    cooldown: 50,
    aggroRange: 430,
  },
  difficulty: { normal: { health: 1 }, advanced: { health: 1.2 }, elite: { health: 1.5 } },
};

function withNewTypes() {
  const m: Json = JSON.parse(readFileSync(repoPath('missions/shutdown.mission.json'), 'utf8'));
  m.archetypes.push(RAIDER, NAUSICAAN);
  const wave = m.spawns.find((g: Json) => g.id === 'fleet-wave-1');
  wave.members[0].archetype = 'breen-raider';
  const group = m.spawns.find((g: Json) => g.id === 'insurgent-group-1');
  group.members[1].archetype = 'nausicaan';
  const loaded = loadMission(JSON.stringify(m));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return loaded.value;
}

describe('archetypes as data', () => {
  it('resolves every archetype of the script, and the player’s side', () => {
    const map = resolveArchetypes(script);
    for (const a of script.archetypes) expect(map.get(a.id)?.name).toBe(a.name);
    for (const id of ['player-ship', 'captain', 'bridge-officer']) expect(map.has(id)).toBe(true);
  });

  it('a new ship type and a new insurgent spawn with their own stats, no code edits', () => {
    const s = new Session({ script: withNewTypes(), geometry, seed: 3, difficulty: 'elite' });
    botUntil(s, (x) => x.world.entities.some((e) => e.archetype === 'breen-raider'), 60 * 60 * 10);
    const raider = s.world.entities.find((e) => e.archetype === 'breen-raider')!;
    expect(raider.kind).toBe('ship');
    expect(raider.name).toBe('Breen Raider');
    expect(raider.faction).toBe('enemy');
    expect(raider.hullMax).toBe(4321 * 1.25);
    expect(raider.shieldMax).toBe(765 * 1.25);
    // The simulation reads its stats, the Elite entry's own speed included.
    const st = statsOf(s.ctx, s.world, raider);
    expect(st.speed).toBe(175);
    expect(st.ability).toBe('attackRun');
    expect(st.radius).toBe(33);
    expect(st.fireArc).toBe(Math.PI);

    botUntil(s, (x) => x.world.entities.some((e) => e.archetype === 'nausicaan'), 60 * 60 * 20);
    const thug = s.world.entities.find((e) => e.archetype === 'nausicaan')!;
    expect(thug.kind).toBe('character');
    expect(thug.name).toBe('Nausicaan Thug');
    expect(thug.hullMax).toBe(888 * 1.5);
    expect(thug.shieldMax).toBe(99 * 1.5);
    expect(characterStats(s.ctx, s.world, thug).damage).toBe(41);
    expect(s.ctx.archetypes.get('nausicaan')!.grenade).toBe(true);
  });
});
