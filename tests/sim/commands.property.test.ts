/**
 * The command sanitizer under hostile input: commands come from replay files and the console,
 * so they may be objects whose getters answer differently on each read, getters that throw,
 * Proxies (whose traps may throw) and huge strings. `sanitizeCommand` must read each field once,
 * never throw, and return either null or a well-formed command built from what it read;
 * `Session.queue` must never throw either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Command, sanitizeCommand } from '../../src/sim/commands';
import { newSession } from './simHelpers';

/** The fields each command type reads, besides `type`. */
const FIELDS: Record<Command['type'], string[]> = {
  accept: [],
  torpedo: [],
  cycleTarget: [],
  clearAim: [],
  throttle: ['value'],
  turn: ['value'],
  fullImpulse: ['on'],
  fire: ['on'],
  interact: ['on'],
  move: ['x', 'y'],
  aim: ['x', 'y'],
  ability: ['slot'],
  target: ['id'],
  hail: ['contact'],
};
const TYPES = Object.keys(FIELDS) as Command['type'][];

const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What a well-formed command looks like: exactly its fields, each in range. */
function wellFormed(c: Command): boolean {
  const keys = Object.keys(c).sort();
  if (keys.join() !== ['type', ...FIELDS[c.type]].sort().join()) return false;
  switch (c.type) {
    case 'throttle':
      return finite(c.value) && c.value >= 0 && c.value <= 1;
    case 'turn':
      return finite(c.value) && Math.abs(c.value) <= 1;
    case 'fullImpulse':
    case 'fire':
    case 'interact':
      return typeof c.on === 'boolean';
    case 'move':
      return finite(c.x) && finite(c.y) && Math.abs(c.x) <= 1 && Math.abs(c.y) <= 1;
    case 'aim':
      return finite(c.x) && finite(c.y);
    case 'ability':
      return Number.isInteger(c.slot) && c.slot >= 1 && c.slot <= 4;
    case 'target':
      return Number.isInteger(c.id) && c.id >= 0;
    case 'hail':
      return typeof c.contact === 'string' && c.contact.length < 100;
    default:
      return true;
  }
}

/** Values a field may hold: good ones, and the ones that slip through a second read. */
const fieldValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -2, max: 6 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0.5, 1, 2),
  fc.boolean(),
  fc.string({ maxLength: 5 }),
  fc.constant(undefined),
  fc.constant(null),
);

/**
 * An object whose every field is a getter answering from its own list, one value per read
 * (the last one repeats), and counting its reads.
 */
function flaky(answers: Record<string, unknown[]>) {
  const reads: Record<string, number> = {};
  const obj = {};
  for (const [key, values] of Object.entries(answers)) {
    reads[key] = 0;
    Object.defineProperty(obj, key, {
      enumerable: true,
      get: () => {
        const n = reads[key]!;
        reads[key] = n + 1;
        return values[Math.min(n, values.length - 1)];
      },
    });
  }
  return { obj, reads };
}

const answersArb = fc.constantFrom(...TYPES).chain((type) =>
  fc.record({
    type: fc.constant(type),
    fields: fc.tuple(
      ...['value', 'on', 'x', 'y', 'slot', 'id', 'contact'].map((f) =>
        fc.tuple(fc.constant(f), fc.array(fieldValue, { minLength: 1, maxLength: 4 })),
      ),
    ),
    laterTypes: fc.array(fc.constantFrom(...TYPES, 'nonsense'), { maxLength: 3 }),
  }),
);

describe('sanitizeCommand under hostile input', () => {
  it('reads each field at most once, and builds the command from what it read', () => {
    fc.assert(
      fc.property(answersArb, ({ type, fields, laterTypes }) => {
        const answers: Record<string, unknown[]> = { type: [type, ...laterTypes] };
        for (const [f, values] of fields) answers[f] = values;
        const { obj, reads } = flaky(answers);
        const c = sanitizeCommand(obj);
        for (const [f, n] of Object.entries(reads))
          expect(n, `reads of ${f}`).toBeLessThanOrEqual(1);
        // The same as a plain object holding the first answers.
        const plain = Object.fromEntries(Object.entries(answers).map(([f, v]) => [f, v[0]]));
        expect(c).toEqual(sanitizeCommand(plain));
        if (c !== null) expect(wellFormed(c), JSON.stringify(c)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('lets no NaN through when a getter turns bad on its second read', () => {
    for (const type of ['throttle', 'turn', 'move', 'aim', 'ability', 'target'] as const) {
      const good = type === 'ability' ? 2 : 0.5;
      const { obj } = flaky({
        type: [type],
        value: [good, Number.NaN],
        x: [good, Number.NaN],
        y: [good, Number.NaN],
        slot: [good, Number.NaN],
        id: [1, Number.NaN],
      });
      const c = sanitizeCommand(obj);
      expect(c, type).not.toBeNull();
      expect(wellFormed(c!), JSON.stringify(c)).toBe(true);
    }
  });

  it('returns null, never throws, when getters throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.subarray(['type', 'value', 'on', 'x', 'y', 'slot', 'id', 'contact'], { minLength: 1 }),
        fc.anything(),
        (type, throwing, thrown) => {
          const obj: Record<string, unknown> = {
            type,
            value: 0.5,
            on: true,
            x: 0,
            y: 0,
            slot: 1,
            id: 1,
            contact: 'c',
          };
          for (const f of throwing) {
            Object.defineProperty(obj, f, {
              get: () => {
                throw thrown;
              },
            });
          }
          let c: Command | null | undefined;
          expect(() => {
            c = sanitizeCommand(obj);
          }).not.toThrow();
          const readsThrowing =
            throwing.includes('type') || FIELDS[type].some((f) => throwing.includes(f));
          if (readsThrowing) expect(c).toBeNull();
          else expect(wellFormed(c!)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives Proxies whose traps throw or answer at random', () => {
    const trapNames = [
      'get',
      'has',
      'getOwnPropertyDescriptor',
      'ownKeys',
      'getPrototypeOf',
    ] as const;
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom(...TYPES),
          value: fieldValue,
          x: fieldValue,
          on: fieldValue,
        }),
        fc.subarray([...trapNames]),
        fc.array(fc.oneof(fieldValue, fc.constantFrom(...TYPES)), { minLength: 1, maxLength: 8 }),
        (target, throwingTraps, answers) => {
          let n = 0;
          const handler: ProxyHandler<object> = {
            get: () => answers[n++ % answers.length],
          };
          for (const trap of throwingTraps) {
            (handler as Record<string, unknown>)[trap] = () => {
              throw new Error(`trap ${trap}`);
            };
          }
          const proxy = new Proxy(target, handler);
          let c: Command | null | undefined;
          expect(() => {
            c = sanitizeCommand(proxy);
          }).not.toThrow();
          if (c !== null) expect(wellFormed(c!), JSON.stringify(c)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns null for a revoked Proxy, which throws on any access', () => {
    const { proxy, revoke } = Proxy.revocable({ type: 'accept' }, {});
    revoke();
    expect(() => (proxy as { type: unknown }).type).toThrow();
    expect(sanitizeCommand(proxy)).toBeNull();
  });

  it('bounds string sizes, even when a getter swaps a huge string in after the check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 5_000_000 }),
        fc.string({ maxLength: 99 }),
        (length, short) => {
          const big = 'x'.repeat(length);
          expect(sanitizeCommand({ type: 'hail', contact: big })).toBeNull();
          expect(sanitizeCommand({ type: big })).toBeNull();
          const c = sanitizeCommand(flaky({ type: ['hail'], contact: [short, big] }).obj);
          expect(c).toEqual({ type: 'hail', contact: short });
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('Session.queue under hostile input', () => {
  it('never throws; what it keeps is plain, well-formed data', () => {
    const s = newSession(1);
    const hostile: unknown[] = [
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('get');
          },
        },
      ),
      Object.defineProperty({}, 'type', {
        get: () => {
          throw new Error('type');
        },
      }),
      flaky({ type: ['throttle'], value: [1, Number.NaN] }).obj,
      flaky({ type: ['hail', 'accept'], contact: ['starfleet-command', 42] }).obj,
      { type: 'hail', contact: 'x'.repeat(1_000_000) },
    ];
    const { proxy, revoke } = Proxy.revocable({ type: 'fire', on: true }, {});
    revoke();
    hostile.push(proxy);
    for (const h of hostile) expect(() => s.queue(h)).not.toThrow();
    s.step();
    const logged = s.log.map(([, c]) => c);
    expect(logged).toEqual([
      { type: 'throttle', value: 1 },
      { type: 'hail', contact: 'starfleet-command' },
    ]);
    for (const c of logged) expect(wellFormed(c)).toBe(true);
    expect(JSON.parse(JSON.stringify(s.log))).toEqual(s.log);
  });
});
