/**
 * The simulation looks map geometry up by map id: only the maps it was given are found, never
 * a name on Object.prototype such as a map id `constructor`.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/sim/context';
import { geometry, script } from './simHelpers';

describe('createContext', () => {
  it('finds geometry by own map ids only', () => {
    const ctx = createContext(script, {});
    expect(ctx.geometry.constructor).toBeUndefined();
    expect(ctx.geometry.toString).toBeUndefined();
    const full = createContext(script, geometry);
    expect(Object.keys(full.geometry).sort()).toEqual(script.maps.map((m) => m.id).sort());
  });
});
