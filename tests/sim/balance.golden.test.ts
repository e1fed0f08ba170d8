/**
 * Golden values: the balance table and what it adds up to.
 *
 * A change here is a balance change, and it changes every recorded run and replay hash.
 * When you change src/sim/balance.ts on purpose, update the snapshots with
 * `npx vitest run tests/sim/balance.golden.test.ts -u`, bump SIM_VERSION, and say why in the
 * commit message. An unexpected failure means a balance number moved by accident.
 */
import { describe, expect, it } from 'vitest';
import {
  CHARACTERS,
  DIFFICULTY,
  ENEMY_ABILITY,
  ENEMY_SHIPS,
  GROUND,
  PLAYER_SHIP,
  SIM_VERSION,
  SPACE,
  TVALA_UNDINE_FORM,
} from '../../src/sim/balance';

describe('balance (golden)', () => {
  it('pins every balance number', () => {
    expect({
      SIM_VERSION,
      SPACE,
      PLAYER_SHIP,
      ENEMY_SHIPS,
      GROUND,
      CHARACTERS,
      TVALA_UNDINE_FORM,
      ENEMY_ABILITY,
      // One table per difficulty.
      DIFFICULTY,
    }).toMatchSnapshot();
  });

  it('pins what they add up to: time to defeat, time to be defeated', () => {
    const broadside =
      (PLAYER_SHIP.foreBanks + PLAYER_SHIP.aftBanks) *
      PLAYER_SHIP.beamDamage *
      (60 / PLAYER_SHIP.beamCooldown);
    const secondsToKill = (id: keyof typeof ENEMY_SHIPS) => {
      const s = ENEMY_SHIPS[id]!;
      return Math.round(((s.hull + s.shield) / broadside) * 10) / 10;
    };
    const captainDps = CHARACTERS.captain.damage * (60 / CHARACTERS.captain.cooldown);
    const officerDps =
      CHARACTERS['federation-officer']!.damage * (60 / CHARACTERS['federation-officer']!.cooldown);
    expect({
      playerBroadsideDps: broadside,
      secondsToKillEmplacement: secondsToKill('defense-emplacement'),
      secondsToKillGalor: secondsToKill('galor'),
      secondsToKillJemHadar: secondsToKill('jemhadar-attack-ship'),
      secondsToKillUndineAttacker: secondsToKill('undine-attacker'),
      captainRifleDps: captainDps,
      officerHitsToDownCaptain: Math.ceil(
        (CHARACTERS.captain.health + CHARACTERS.captain.shield) /
          CHARACTERS['federation-officer']!.damage,
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
