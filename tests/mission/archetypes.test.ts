/**
 * The validator's checks of the archetypes section: every problem names its JSON path, as an
 * author meets it (unknown ids, a missing difficulty entry, unknown art, sounds, abilities).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/mission/loader';
import { repoPath } from '../helpers';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited as plain JSON
type Json = any;

/** The counter fixture (ground, with insurgents): a valid script to break one thing in. */
const fixture = (): Json =>
  JSON.parse(readFileSync(repoPath('missions/fixtures/counter.mission.json'), 'utf8'));
const indexOf = (m: Json, id: string) => m.archetypes.findIndex((a: Json) => a.id === id);

function problems(m: Json): string[] {
  const r = loadMission(JSON.stringify(m));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

function expectProblem(m: Json, path: string, message: string) {
  const got = problems(m);
  expect(
    got.some((p) => p.startsWith(`${path}: `) && p.includes(message)),
    `no problem at ${path} with "${message}"; got:\n${got.join('\n')}`,
  ).toBe(true);
}

describe('archetype validation', () => {
  it('accepts the fixture as it is', () => {
    expect(problems(fixture())).toEqual([]);
  });

  it('reports a spawn member of an unknown archetype', () => {
    const m = fixture();
    m.spawns[0].members[0].archetype = 'borg-drone';
    expectProblem(m, '$.spawns[0].members[0].archetype', "no archetype 'borg-drone'");
  });

  it('reports an NPC of an unknown archetype', () => {
    const m = fixture();
    m.npcs[0].archetype = 'vorta';
    expectProblem(m, '$.npcs[0].archetype', "no archetype 'vorta'");
  });

  it('reports a missing difficulty entry by name', () => {
    const m = fixture();
    const i = indexOf(m, 'federation-officer');
    delete m.archetypes[i].difficulty.elite;
    expectProblem(m, `$.archetypes[${i}].difficulty.elite`, "missing the 'elite' difficulty entry");
  });

  it('reports a missing second-form threshold by difficulty', () => {
    const m = fixture();
    const i = indexOf(m, 'tvala');
    delete m.archetypes[i].form.at.advanced;
    expectProblem(m, `$.archetypes[${i}].form.at.advanced`, "missing the 'advanced' difficulty");
  });

  it('reports an unknown art key, naming the known ones', () => {
    const m = fixture();
    const i = indexOf(m, 'undine-infiltrator');
    m.archetypes[i].art = 'char-borg';
    expectProblem(m, `$.archetypes[${i}].art`, "must be a known art key: 'char-borg' is not one");
    m.archetypes[i].art = 'char-infiltrator';
    m.archetypes[indexOf(m, 'tvala')].form.art = 'tvala-true';
    expectProblem(m, `$.archetypes[${indexOf(m, 'tvala')}].form.art`, 'must be a known art key');
  });

  it('reports an unknown sound', () => {
    const m = fixture();
    const i = indexOf(m, 'federation-officer');
    m.archetypes[i].sounds.weapon = 'pew-pew';
    expectProblem(m, `$.archetypes[${i}].sounds.weapon`, "must be a known sound: 'pew-pew'");
  });

  it('reports an unknown ability, and a ship ability on a character', () => {
    const m = fixture();
    const i = indexOf(m, 'federation-officer');
    m.archetypes[i].abilities = ['grenade', 'mind-meld'];
    expectProblem(m, `$.archetypes[${i}].abilities[1]`, 'must be a known ground ability');
    m.archetypes[i].abilities = ['attack-run'];
    expectProblem(m, `$.archetypes[${i}].abilities[0]`, 'must be a known ground ability');
  });

  it('reports an unknown stat (a misspelt one is not silently ignored)', () => {
    const m = fixture();
    const i = indexOf(m, 'federation-officer');
    m.archetypes[i].stats.hp = 5;
    expectProblem(m, `$.archetypes[${i}].stats.hp`, 'is not a known field');
  });

  it('reports a duplicate archetype id and one of the player’s own', () => {
    const m = fixture();
    m.archetypes.push({ ...m.archetypes[0] });
    const last = m.archetypes.length - 1;
    expectProblem(m, `$.archetypes[${last}].id`, 'duplicate archetype id');
    m.archetypes[last].id = 'captain';
    expectProblem(m, `$.archetypes[${last}].id`, "'captain' is the player's own archetype");
  });

  it('reports a ship archetype spawned on a ground map', () => {
    const m = fixture();
    m.archetypes.push({
      id: 'galor',
      kind: 'ship',
      name: 'Galor',
      faction: 'enemy',
      art: 'ship-galor',
      radius: 44,
      stats: {
        hull: 5200,
        shield: 1100,
        shieldRegen: 30,
        speed: 120,
        accel: 90,
        turnRate: 0.9,
        beamDamage: 80,
        beamRange: 1000,
        beamCooldown: 45,
        foreBanks: 2,
        aftBanks: 1,
        torpedoDamage: 900,
        torpedoCooldown: 360,
        aggroRange: 1500,
        orbitRange: 650,
        fireArc: 360,
      },
      difficulty: { normal: { health: 1 }, advanced: { health: 1 }, elite: { health: 1 } },
    });
    m.spawns[0].members[0].archetype = 'galor';
    expectProblem(m, '$.spawns[0].members[0].archetype', "'galor' is a ship archetype, but map");
  });
});
