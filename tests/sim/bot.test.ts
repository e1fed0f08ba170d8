import { describe, expect, it } from 'vitest';
import { runBot } from '../../src/session/autopilot';
import { runSummary } from '../../src/session/summary';
import { newSession } from './simHelpers';

describe('the autopilot', () => {
  // A few seeds here; `npm run bench` plays seeds 1–100 and exits 1 when any run fails.
  for (let seed = 1; seed <= 5; seed++) {
    it(`plays Shutdown to the end with seed ${seed}`, () => {
      const s = newSession(seed);
      expect(runBot(s, 60 * 60 * 30)).toBe(true);
      const summary = runSummary(s);
      expect(summary.objectives.every((o) => o.completedAtTick !== null)).toBe(true);
      expect(summary.federationOfficerKills).toEqual({
        deception: 14,
        'innocent-victims': 13,
        'wrath-of-tvala': 5,
        total: 32,
      });
      expect(summary.accolades).toEqual(['fluidic-reclamation']);
    });
  }

  it('uses only player commands: every logged command is one a player could send', () => {
    const s = newSession(2);
    runBot(s, 60 * 60 * 30);
    const kinds = new Set(s.log.map(([, c]) => c.type));
    for (const k of kinds)
      expect([
        'accept',
        'throttle',
        'turn',
        'fullImpulse',
        'move',
        'fire',
        'torpedo',
        'ability',
        'target',
        'interact',
        'hail',
      ]).toContain(k);
  });
});
