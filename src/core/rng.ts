/**
 * Seeded pseudo-random numbers for the simulation.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator): four 32-bit
 * words of state, integer-only arithmetic, so it gives the same sequence in every engine.
 * The state is a plain array that lives inside the world, so a snapshot captures it and a
 * restore resumes the exact sequence.
 */
export type RngState = [number, number, number, number];

export function seedRng(seed: number): RngState {
  // splitmix32 spreads a small integer seed over the four words.
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextU32(state);
  return state;
}

/** Next 32-bit unsigned integer; advances the state in place. */
export function nextU32(r: RngState): number {
  const [a, b, c, d] = r;
  const t = (((a + b) >>> 0) + d) >>> 0;
  r[3] = (d + 1) >>> 0;
  r[0] = (b ^ (b >>> 9)) >>> 0;
  r[1] = (c + (c << 3)) >>> 0;
  const rot = ((c << 21) | (c >>> 11)) >>> 0;
  r[2] = (rot + t) >>> 0;
  return t;
}

/** Uniform float in [0, 1). */
export function nextFloat(r: RngState): number {
  return nextU32(r) / 4294967296;
}

/** Uniform float in [min, max). */
export function nextRange(r: RngState, min: number, max: number): number {
  return min + (max - min) * nextFloat(r);
}

/** Uniform integer in [min, max] (inclusive). */
export function nextInt(r: RngState, min: number, max: number): number {
  return min + Math.floor(nextFloat(r) * (max - min + 1));
}
