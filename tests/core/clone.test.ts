import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clonePlain } from '../../src/core/clone';
import { canonicalJson } from '../../src/core/hash';

describe('clonePlain', () => {
  it('copies plain data as structuredClone does, sharing nothing with the original', () => {
    const value = fc.anything({
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '0', '10')),
      withSparseArray: true,
      withNullPrototype: true,
      maxDepth: 4,
    });
    fc.assert(
      fc.property(value, (v) => {
        const copy = clonePlain(v);
        expect(copy).toEqual(structuredClone(v));
        expect(canonicalJson(copy)).toBe(canonicalJson(structuredClone(v)));
        if (v !== null && typeof v === 'object') expect(copy).not.toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an own __proto__ key as data and array holes as holes', () => {
    const parsed = JSON.parse('{"__proto__":{"a":1},"b":[1,2]}');
    const copy = clonePlain(parsed);
    expect(Object.keys(copy)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(canonicalJson(copy)).toBe('{"__proto__":{"a":1},"b":[1,2]}');
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holes = clonePlain([1, , 3]);
    expect(1 in holes).toBe(false);
    expect(holes).toHaveLength(3);
  });
});
