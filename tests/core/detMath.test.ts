import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angleDiff, atan2, cos, PI, sin, wrapAngle } from '../../src/core/detMath';

describe('deterministic maths', () => {
  it('sin and cos agree with the engine within 1e-9 over many turns', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (a) => {
        expect(Math.abs(sin(a) - Math.sin(a))).toBeLessThan(1e-9);
        expect(Math.abs(cos(a) - Math.cos(a))).toBeLessThan(1e-9);
      }),
    );
  });

  it('atan2 agrees with the engine within 1e-9 in every quadrant', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (y, x) => {
          if (x === 0 && y === 0) return;
          // Compared as angles: at ±PI the sign of a zero may pick either end of the range.
          expect(Math.abs(angleDiff(Math.atan2(y, x), atan2(y, x)))).toBeLessThan(1e-9);
        },
      ),
    );
    expect(atan2(0, 0)).toBe(0);
  });

  it('wrapAngle and angleDiff keep angles in (-PI, PI]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e5, max: 1e5, noNaN: true }), (a) => {
        const w = wrapAngle(a);
        expect(w).toBeGreaterThan(-PI - 1e-12);
        expect(w).toBeLessThanOrEqual(PI);
        expect(Math.abs(sin(w) - sin(a))).toBeLessThan(1e-7);
      }),
    );
    expect(angleDiff(PI - 0.1, -PI + 0.1)).toBeCloseTo(0.2, 12);
  });

  it('pins exact bits so an accidental change of the formulas is noticed', () => {
    // Golden values: change them only when the maths is changed on purpose (it breaks replays).
    expect(sin(1)).toBe(0.8414709848078965);
    expect(cos(2)).toBe(-0.4161468365471424);
    expect(atan2(1, 2)).toBe(0.46364760900080615);
  });
});
