/**
 * Random command streams of 10,000 ticks in every scene: the world never throws, never holds
 * NaN, negative or overfull health and shields, and mission counters never pass their targets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveStates } from '../../src/mission/machine';
import type { Session } from '../../src/session/Session';
import { newSession, script, sessionAtStep } from './simHelpers';

const commandArb = fc.oneof(
  fc.record({
    type: fc.constant('throttle'),
    value: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
  }),
  fc.record({ type: fc.constant('turn'), value: fc.double({ min: -2, max: 2, noNaN: true }) }),
  fc.record({ type: fc.constant('fullImpulse'), on: fc.boolean() }),
  fc.record({
    type: fc.constant('move'),
    x: fc.integer({ min: -1, max: 1 }),
    y: fc.integer({ min: -1, max: 1 }),
  }),
  fc.record({
    type: fc.constant('aim'),
    x: fc.double({ min: -3000, max: 3000, noNaN: true }),
    y: fc.double({ min: -3000, max: 3000, noNaN: true }),
  }),
  fc.record({ type: fc.constant('fire'), on: fc.boolean() }),
  fc.record({ type: fc.constant('torpedo') }),
  fc.record({ type: fc.constant('ability'), slot: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('target'), id: fc.integer({ min: -1, max: 80 }) }),
  fc.record({ type: fc.constant('cycleTarget') }),
  fc.record({ type: fc.constant('interact'), on: fc.boolean() }),
  fc.record({ type: fc.constant('hail'), contact: fc.constantFrom('starfleet-command', 'nobody') }),
  fc.record({ type: fc.constant('nonsense'), value: fc.anything() }),
  fc.anything(),
);

/** A command now and then, held for a while: roughly how a player presses keys. */
const streamArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), commandArb), {
  minLength: 20,
  maxLength: 120,
});

/** Every broken invariant, as readable lines (empty when all is well). */
function brokenInvariants(s: Session): string[] {
  const out: string[] = [];
  for (const e of s.world.entities) {
    const values = [e.x, e.y, e.angle, e.hull, e.speed, ...e.shields];
    if (!values.every(Number.isFinite)) out.push(`${e.name} #${e.id} has a non-finite value`);
    if (e.hull < 0 || e.hull > e.hullMax)
      out.push(`${e.name} #${e.id} hull ${e.hull} of ${e.hullMax}`);
    if (e.shields.some((v) => v < 0 || v > e.shieldMax + 1e-9))
      out.push(`${e.name} #${e.id} shields ${e.shields}`);
  }
  for (const o of objectiveStates(script, s.mission)) {
    if (o.progress > o.count || o.progress < 0) out.push(`${o.id} at ${o.progress}/${o.count}`);
  }
  return out;
}

const SCENES: [string, string][] = [
  ['report-to-bajor', 'space around DS9'],
  ['the-best-defense', 'space battle'],
  ['deception', 'Promenade'],
  ['innocent-victims', 'habitat corridors'],
  ['wrath-of-tvala', 'Ops'],
  ['finish-the-fight', 'space, final fight'],
];

describe('random command streams never break the world', () => {
  for (const [stepId, label] of SCENES) {
    const start = sessionAtStep(stepId, 5).snapshot();
    it(`10,000 ticks in ${label} (${stepId})`, () => {
      fc.assert(
        fc.property(streamArb, (stream) => {
          const s = newSession(5);
          expect(s.restore(structuredClone(start)).ok).toBe(true);
          const end = s.tick + 10_000;
          let next = s.tick;
          let k = 0;
          while (s.tick < end) {
            if (s.tick >= next && k < stream.length) {
              const [wait, command] = stream[k++]!;
              s.queue(command);
              next = s.tick + wait;
            }
            s.step();
            if (s.tick % 10 === 0) {
              const broken = brokenInvariants(s);
              if (broken.length > 0) expect.fail(`tick ${s.tick}: ${broken.join('; ')}`);
            }
          }
          expect(brokenInvariants(s)).toEqual([]);
        }),
        { numRuns: 3 },
      );
    }, 60_000);
  }
});
