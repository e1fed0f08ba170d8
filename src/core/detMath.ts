/**
 * Deterministic maths for the simulation.
 *
 * Why: ECMAScript only requires `+ - * /` and `Math.sqrt` to be correctly rounded. The results
 * of `Math.sin`, `Math.cos`, `Math.atan2`, `Math.exp`, `Math.pow` and `Math.log` are
 * implementation-approximated and differ in the last bit between engines (V8 in Node, V8 in
 * Chromium builds, SpiderMonkey, JavaScriptCore). One differing bit changes a position, then a
 * hit, then a state hash, and a replay recorded in one browser stops verifying in another.
 * Everything here is built from correctly rounded operations only, in a fixed order, so it gives
 * the same bits everywhere. Accuracy is about 1e-9, far below anything the game can see.
 */

// Math.PI is a constant, not a computation: identical in every engine.
export const PI = Math.PI;
export const TAU = 2 * Math.PI;
export const HALF_PI = Math.PI / 2;

/** Wraps an angle into (-PI, PI]. */
export function wrapAngle(a: number): number {
  if (a > -PI && a <= PI) return a;
  const turns = Math.floor((a + PI) / TAU);
  let r = a - turns * TAU;
  if (r <= -PI) r += TAU;
  if (r > PI) r -= TAU;
  return r;
}

/** sin(x) for |x| <= PI/4 by its Taylor series to x^13 (error < 1e-15). */
function sinKernel(x: number): number {
  const x2 = x * x;
  return (
    x *
    (1 +
      x2 *
        (-1 / 6 +
          x2 *
            (1 / 120 +
              x2 * (-1 / 5040 + x2 * (1 / 362880 + x2 * (-1 / 39916800 + x2 / 6227020800))))))
  );
}

/** cos(x) for |x| <= PI/4 by its Taylor series to x^14. */
function cosKernel(x: number): number {
  const x2 = x * x;
  return (
    1 +
    x2 *
      (-1 / 2 +
        x2 *
          (1 / 24 +
            x2 *
              (-1 / 720 +
                x2 * (1 / 40320 + x2 * (-1 / 3628800 + x2 * (1 / 479001600 - x2 / 87178291200))))))
  );
}

export function sin(a: number): number {
  const x = wrapAngle(a);
  const q = Math.round(x / HALF_PI);
  const r = x - q * HALF_PI;
  // q is -2..2 (x is wrapped), so `q & 3` is q modulo 4, without floating-point remainders:
  // 0 → sin r, 1 → cos r, 2 → -sin r, 3 → -cos r. Each kernel is called from one place only,
  // so the compiler can inline both into the callers of `sin` and `cos` (a call that is not
  // inlined passes and returns every number in a new heap box).
  const k = q & 3;
  const v = (k & 1) === 0 ? sinKernel(r) : cosKernel(r);
  return k >= 2 ? -v : v;
}

export function cos(a: number): number {
  return sin(a + HALF_PI);
}

// The series' coefficients (-1)^k / (2k + 1), divided once here instead of on every call.
const T0 = 1;
const T1 = -1 / 3;
const T2 = 1 / 5;
const T3 = -1 / 7;
const T4 = 1 / 9;
const T5 = -1 / 11;
const T6 = 1 / 13;
const T7 = -1 / 15;
const T8 = 1 / 17;
const T9 = -1 / 19;
const T10 = 1 / 21;
const T11 = -1 / 23;

/** atan(x) for 0 <= x <= 1, after reducing around tan(PI/8) to keep the series short. */
function atanUnit(x: number): number {
  // atan(x) = PI/8 + atan((x - t) / (1 + x t)) with t = tan(PI/8), |arg| <= 0.415
  const t = 0.41421356237309503;
  const y = x > t ? (x - t) / (1 + x * t) : x;
  const base = x > t ? 0.39269908169872414 : 0;
  // For the lower branch |y| <= 0.4142 as well. Series to y^23: error < 1e-11.
  // Horner's rule from the y^22 term down, written out: the same operations in the same order
  // as a loop over the coefficients (whose first step, T11 + y2 * 0, is T11: |y| <= 0.415),
  // without a loop and array reads on one of the simulation's most frequent calls.
  const y2 = y * y;
  const sum =
    T0 +
    y2 *
      (T1 +
        y2 *
          (T2 +
            y2 *
              (T3 +
                y2 *
                  (T4 +
                    y2 *
                      (T5 +
                        y2 * (T6 + y2 * (T7 + y2 * (T8 + y2 * (T9 + y2 * (T10 + y2 * T11))))))))));
  return base + y * sum;
}

export function atan(x: number): number {
  if (x < 0) return -atan(-x);
  if (x > 1) return HALF_PI - atanUnit(1 / x);
  return atanUnit(x);
}

/** atan2(y, x) in (-PI, PI]. */
export function atan2(y: number, x: number): number {
  if (x === 0 && y === 0) return 0;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  // atanUnit of the smaller over the larger, called from one place (see `sin`).
  const low = ay <= ax;
  const u = atanUnit(low ? ay / ax : ax / ay);
  let a = low ? u : HALF_PI - u;
  if (x < 0) a = PI - a;
  return y < 0 ? -a : a;
}

/** Signed smallest difference b - a between two angles, in (-PI, PI]. */
export function angleDiff(a: number, b: number): number {
  return wrapAngle(b - a);
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
