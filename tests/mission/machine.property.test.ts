import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MissionEvent } from '../../src/mission/events';
import {
  initialState,
  type MissionState,
  objectiveStates,
  reduce,
} from '../../src/mission/machine';
import { shutdown } from '../helpers';
import { canonicalRun } from './canonical';

const script = shutdown();
const maps = script.maps;
const tags = script.tags.map((t) => t.id);
const zones = maps.flatMap((m) => m.zones.map((z) => z.id));
const targets = maps.flatMap((m) => m.interactables.map((i) => i.id));
const actors = ['player', 'meyer', 'tvala'];

/** Events a simulation could send, biased toward the ones this script listens for. */
const eventArb: fc.Arbitrary<Omit<MissionEvent, 'tick'>> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('accept' as const),
      captainLevel: fc.integer({ min: 36, max: 50 }),
      replay: fc.boolean(),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('defeated' as const),
      tags: fc.subarray(tags, { minLength: 1, maxLength: 2 }),
      group: fc.constant('g'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('groupDefeated' as const),
      tags: fc.subarray(tags, { minLength: 1, maxLength: 2 }),
      group: fc.constant('g'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('rescued' as const), tags: fc.constant(['injured']) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('enteredZone' as const),
      zone: fc.constantFrom(...zones),
      actor: fc.constantFrom(...actors),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('interacted' as const),
      target: fc.constantFrom(...targets, 'nothing'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('hailed' as const),
      contact: fc.constantFrom('starfleet-command', 'nobody'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('npcDied' as const),
      npc: fc.constantFrom('meyer', 'tvala'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('restartStep' as const) }) },
);

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Runs events; every state handed to `reduce` is frozen, so any mutation of it throws. */
function run(
  events: Omit<MissionEvent, 'tick'>[],
  check: (before: MissionState, after: MissionState, e: MissionEvent) => void,
) {
  let state = initialState(script);
  events.forEach((partial, i) => {
    const e = { ...partial, tick: i } as MissionEvent;
    const next = reduce(script, deepFreeze(state), e).state;
    check(state, next, e);
    state = next;
  });
  return state;
}

const flatCompleted = (s: MissionState) => s.completedAt.flat().map((t) => t !== null);

describe('objective state machine properties', () => {
  const events = fc.array(eventArb, { maxLength: 400 });

  it('counters stay within their bounds and never go backwards outside a restart', () => {
    fc.assert(
      fc.property(events, (evs) => {
        run(evs, (before, after, e) => {
          const states = objectiveStates(script, after);
          for (const o of states) {
            expect(o.progress).toBeGreaterThanOrEqual(0);
            expect(o.progress).toBeLessThanOrEqual(o.count);
          }
          if (e.type === 'restartStep') return;
          after.progress.forEach((row, si) => {
            row.forEach((p, oi) => {
              expect(p).toBeGreaterThanOrEqual(before.progress[si]![oi]!);
            });
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('objectives complete only in order', () => {
    fc.assert(
      fc.property(events, (evs) => {
        run(evs, (_b, after) => {
          const done = flatCompleted(after);
          const firstOpen = done.indexOf(false);
          if (firstOpen >= 0) expect(done.slice(firstOpen).every((d) => !d)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('the mission completes only when every objective has, and then stays complete', () => {
    fc.assert(
      fc.property(events, (evs) => {
        run(evs, (before, after) => {
          expect(after.status === 'complete').toBe(flatCompleted(after).every(Boolean));
          if (before.status === 'complete') expect(after).toEqual(before);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('state survives a JSON round trip and carries on identically', () => {
    fc.assert(
      fc.property(events, events, (first, second) => {
        const mid = run(first, () => {});
        const copy = JSON.parse(JSON.stringify(mid)) as MissionState;
        expect(copy).toEqual(mid);
        let a = mid;
        let b = copy;
        second.forEach((partial, i) => {
          const e = { ...partial, tick: 1000 + i } as MissionEvent;
          const ta = reduce(script, a, e);
          const tb = reduce(script, b, e);
          expect(tb.effects).toEqual(ta.effects);
          a = ta.state;
          b = tb.state;
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('random noise between the canonical events neither blocks nor hurries completion', () => {
    const noise = fc.array(
      eventArb.filter(
        (e) => e.type !== 'npcDied' && e.type !== 'restartStep' && e.type !== 'accept',
      ),
      { maxLength: 3 },
    );
    const canonical = canonicalRun();
    fc.assert(
      fc.property(
        fc.array(noise, { minLength: canonical.length, maxLength: canonical.length }),
        (gaps) => {
          const mixed = canonical.flatMap((e, i) => [e, ...(gaps[i] ?? [])]);
          const end = run(mixed, (_b, after) => {
            expect(after.status === 'complete').toBe(flatCompleted(after).every(Boolean));
          });
          expect(end.status).toBe('complete');
          const officers = end.tallies.find((t) => t.id === 'federation-officers');
          expect(officers?.counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(32);
        },
      ),
      { numRuns: 100 },
    );
  });
});
