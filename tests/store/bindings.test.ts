/** One key does one thing: saved bindings are mended, the settings page asks who has a key. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundTo, resolveClashes } from '../../src/store/bindings';
import { DEFAULT_BINDINGS } from '../../src/store/hud';

const ids = Object.keys(DEFAULT_BINDINGS);
const keys = ['KeyF', 'KeyQ', 'Space', 'KeyW', 'KeyZ', 'Tab', ''];

describe('bindings', () => {
  it('boundTo names the other action that has a key', () => {
    expect(boundTo(DEFAULT_BINDINGS, 'fire', 'KeyQ')).toBe('torpedo');
    expect(boundTo(DEFAULT_BINDINGS, 'fire', 'Space')).toBeNull();
    expect(boundTo(DEFAULT_BINDINGS, 'fire', 'KeyG')).toBeNull();
  });

  it('after mending, no key has two actions, and actions outside a clash keep their keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...keys)), (changes) => {
        const bindings = { ...DEFAULT_BINDINGS, ...changes };
        const { bindings: out, clashes } = resolveClashes(bindings, DEFAULT_BINDINGS);
        const used = Object.values(out).filter((k) => k !== '');
        expect(new Set(used).size).toBe(used.length);
        const involved = new Set(clashes.flatMap((c) => c.actions.map((a) => a.id)));
        for (const id of ids) if (!involved.has(id)) expect(out[id]).toBe(bindings[id]);
        // Every clash names a key that really was shared.
        for (const c of clashes)
          expect(ids.filter((id) => bindings[id] === c.key).length).toBeGreaterThan(1);
      }),
    );
  });
});
