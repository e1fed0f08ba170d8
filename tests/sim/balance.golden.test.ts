/**
 * Golden values: the balance table, the Shutdown mission's archetypes (ships, emplacements and
 * characters as data, resolved per difficulty as the simulation reads them) and what they add
 * up to.
 *
 * A change here is a balance change, and it changes every recorded run and replay hash.
 * (2026-12: the archetype stats moved from balance.ts into missions/shutdown.mission.json with
 * every number the same; the snapshot's shape changed, the golden runs did not.)
 * When you change src/sim/balance.ts or an archetype on purpose, update the snapshots with
 * `npx vitest run tests/sim/balance.golden.test.ts -u`, bump SIM_VERSION, and say why in the
 * commit message. An unexpected failure means a balance number moved by accident.
 */
import { describe, expect, it } from 'vitest';
import { resolveArchetypes } from '../../src/sim/archetypes';
import {
  CHARACTERS,
  DIFFICULTY,
  ENEMY_ABILITY,
  GROUND,
  PLAYER_SHIP,
  SIM_VERSION,
  SPACE,
} from '../../src/sim/balance';
import { script } from './simHelpers';

const ARCHETYPES = resolveArchetypes(script);
const ship = (id: string) => ARCHETYPES.get(id)!.ship!.normal;
const character = (id: string) => ARCHETYPES.get(id)!.character!.normal;

describe('balance (golden)', () => {
  it('pins every balance number', () => {
    expect({
      SIM_VERSION,
      SPACE,
      PLAYER_SHIP,
      GROUND,
      CHARACTERS,
      ENEMY_ABILITY,
      // One table per difficulty.
      DIFFICULTY,
      // The mission's archetypes as the simulation reads them: stats per difficulty, the health
      // factor, the second form.
      ARCHETYPES: Object.fromEntries(
        script.archetypes.map((a) => {
          const r = ARCHETYPES.get(a.id)!;
          return [a.id, { ship: r.ship, character: r.character, health: r.health, form: r.form }];
        }),
      ),
    }).toMatchSnapshot();
  });

  it('pins what they add up to: time to defeat, time to be defeated', () => {
    const broadside =
      (PLAYER_SHIP.foreBanks + PLAYER_SHIP.aftBanks) *
      PLAYER_SHIP.beamDamage *
      (60 / PLAYER_SHIP.beamCooldown);
    const secondsToKill = (id: string) => {
      const s = ship(id);
      return Math.round(((s.hull + s.shield) / broadside) * 10) / 10;
    };
    const captainDps = CHARACTERS.captain.damage * (60 / CHARACTERS.captain.cooldown);
    const officer = character('federation-officer');
    const officerDps = officer.damage * (60 / officer.cooldown);
    expect({
      playerBroadsideDps: broadside,
      secondsToKillEmplacement: secondsToKill('defense-emplacement'),
      secondsToKillGalor: secondsToKill('galor'),
      secondsToKillJemHadar: secondsToKill('jemhadar-attack-ship'),
      secondsToKillUndineAttacker: secondsToKill('undine-attacker'),
      captainRifleDps: captainDps,
      officerHitsToDownCaptain: Math.ceil(
        (CHARACTERS.captain.health + CHARACTERS.captain.shield) / officer.damage,
      ),
      secondsForOneOfficerToDownCaptain:
        Math.round(((CHARACTERS.captain.health + CHARACTERS.captain.shield) / officerDps) * 10) /
        10,
      fullImpulseVersusImpulse: SPACE.fullImpulseSpeed / PLAYER_SHIP.speed,
    }).toMatchInlineSnapshot(`
      {
        "captainRifleDps": 250,
        "fullImpulseVersusImpulse": 2.888888888888889,
        "officerHitsToDownCaptain": 62,
        "playerBroadsideDps": 1400,
        "secondsForOneOfficerToDownCaptain": 46.3,
        "secondsToKillEmplacement": 1.4,
        "secondsToKillGalor": 4.5,
        "secondsToKillJemHadar": 2.4,
        "secondsToKillUndineAttacker": 9.3,
      }
    `);
  });
});
