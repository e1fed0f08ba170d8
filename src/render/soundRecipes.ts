/**
 * Sound recipes: what each sound of the game is (oscillators, noise, filters, envelopes), kept
 * apart from the engine that plays them (audio.ts: the context, buses, voices and stealing,
 * placement by distance). A recipe gets a `Synth` (the engine's node makers, every node tied to
 * one voice) and schedules its nodes from time `t`; it never touches the context itself.
 *
 * Recipes are keyed by the sound names of src/mission/catalog.ts (`SOUND_NAMES`), the names an
 * archetype's `sounds` use; tests/render/soundRecipes.test.ts checks every name has a recipe.
 */
import type { SoundName } from '../session/catalog';

/** One sound to play: which, where (absent: not placed, full volume) and its details. */
export interface SoundCue {
  sound: string;
  x?: number;
  y?: number;
  /** Beams: 1 hit, 0 miss; shield hits: the facing (0–3). */
  param?: number;
  /** Ability chimes: the ability's id (each has its own pitch). */
  variant?: string;
}

/** What a recipe may hold of a voice: its output (level and pan are set by the engine). */
export interface SynthVoice {
  readonly out: GainNode;
}

/** The engine's node makers; every node is tied to the voice and released with it. */
export interface Synth {
  /** A new voice, or null when the sound is merged with one just played or cannot play. */
  voice(key: string, t: number, level: number, pan: number, ui?: boolean): SynthVoice | null;
  osc(v: SynthVoice, type: OscillatorType, freq: number, t0: number, t1: number): OscillatorNode;
  /** The shared white noise, looped, from a random offset. */
  noise(v: SynthVoice, t0: number, t1: number): AudioBufferSourceNode;
  gain(v: SynthVoice, value?: number): GainNode;
  filter(v: SynthVoice, type: BiquadFilterType, freq: number, q?: number): BiquadFilterNode;
  /** A soft saturation (the grittier enemy weapons). */
  grit(v: SynthVoice): WaveShaperNode;
  /** A sine LFO adding ±depth to `param`. */
  lfo(
    v: SynthVoice,
    rate: number,
    depth: number,
    param: AudioParam,
    t0: number,
    t1: number,
  ): GainNode;
  /** 0..1, repeatable (small variations between repeats). */
  rand(): number;
}

export type Recipe = (s: Synth, t: number, level: number, pan: number, cue: SoundCue) => void;
export type UiSound = 'click' | 'objective' | 'accolade' | 'fail' | 'hail';

/** Root of the rising chime of each ability (unknown ones get C5). */
const ABILITY_ROOT: Record<string, number> = {
  epts: 523.25,
  hazard: 587.33,
  evasive: 659.25,
  grenade: 440,
  recharge: 493.88,
  medic: 698.46,
};

/** Percussive envelope: quick rise to `peak`, exponential fall over `decay`. */
function perc(p: AudioParam, t0: number, peak: number, attack: number, decay: number) {
  p.setValueAtTime(0.0001, t0);
  p.linearRampToValueAtTime(peak, t0 + attack);
  p.exponentialRampToValueAtTime(0.0001, t0 + attack + decay);
}

/** Swell: from silence up to `peak` over `len` seconds, exponentially (a charge's warning). */
function swell(p: AudioParam, t0: number, peak: number, len: number) {
  p.setValueAtTime(0.0001, t0);
  p.exponentialRampToValueAtTime(peak, t0 + len);
}

/** Held envelope: rise, hold, exponential release. */
function hold(
  p: AudioParam,
  t0: number,
  peak: number,
  attack: number,
  sustain: number,
  release: number,
) {
  p.setValueAtTime(0.0001, t0);
  p.linearRampToValueAtTime(peak, t0 + attack);
  p.setValueAtTime(peak, t0 + attack + sustain);
  p.exponentialRampToValueAtTime(0.0001, t0 + attack + sustain + release);
}

function sweep(p: AudioParam, t0: number, from: number, to: number, t1: number) {
  p.setValueAtTime(from, t0);
  p.exponentialRampToValueAtTime(to, t1);
}

/** ±cents of random detune, so repeats are not machine-identical. */
function wobble(s: Synth, cents: number) {
  return 2 ** (((s.rand() * 2 - 1) * cents) / 1200);
}

// ---------------------------------------------------------------------------------------------
// Weapons and combat

/** Federation phaser: a bright, slightly buzzing sweep, sustained ~300 ms. */
function phaser(s: Synth, t: number, level: number, pan: number, hit: boolean) {
  const v = s.voice('beam', t, level, pan);
  if (!v) return;
  const len = hit ? 0.3 : 0.22;
  const end = t + len + 0.08;
  const f0 = 1250 * wobble(s, 30);
  const env = s.gain(v);
  hold(env.gain, t, 0.2, 0.012, len - 0.02, 0.07);
  const lp = s.filter(v, 'lowpass', 5200, 3);
  sweep(lp.frequency, t, 5600, 2400, t + len);
  // A fast shimmer on the level gives the beam its "energy" texture.
  const shimmer = s.gain(v, 1);
  s.lfo(v, 38, 0.25, shimmer.gain, t, end);
  lp.connect(env);
  env.connect(shimmer);
  shimmer.connect(v.out);
  // Two detuned saws, gliding down a little as the beam settles.
  for (const [ratio, type, amp] of [
    [1, 'sawtooth', 0.5],
    [1.502, 'sawtooth', 0.3],
    [0.5, 'triangle', 0.7],
  ] as const) {
    const o = s.osc(v, type, f0 * ratio, t, end);
    o.detune.value = (ratio - 1) * 10;
    sweep(o.frequency, t, f0 * ratio * 1.12, f0 * ratio * 0.92, t + len);
    const g = s.gain(v, amp);
    o.connect(g);
    g.connect(lp);
  }
  // A whisper of high sizzle.
  const n = s.noise(v, t, end);
  const hp = s.filter(v, 'bandpass', 7000, 1.2);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.035, 0.01, len - 0.05, 0.06);
  n.connect(hp);
  hp.connect(ng);
  ng.connect(v.out);
}

/** Enemy disruptor: lower, greener and grittier — ring-modulated and softly saturated. */
function disruptor(s: Synth, t: number, level: number, pan: number, hit: boolean) {
  const v = s.voice('disruptor', t, level, pan);
  if (!v) return;
  const len = hit ? 0.32 : 0.24;
  const end = t + len + 0.08;
  const f0 = 392 * wobble(s, 40);
  const env = s.gain(v);
  hold(env.gain, t, 0.2, 0.015, len - 0.02, 0.07);
  const bp = s.filter(v, 'bandpass', 1400, 1.4);
  sweep(bp.frequency, t, 2200, 900, t + len);
  const ring = s.gain(v, 0.5);
  const shaper = s.grit(v);
  ring.connect(shaper);
  shaper.connect(bp);
  bp.connect(env);
  env.connect(v.out);
  for (const [ratio, type, amp] of [
    [1, 'square', 0.45],
    [1.498, 'sawtooth', 0.35],
  ] as const) {
    const o = s.osc(v, type, f0 * ratio, t, end);
    sweep(o.frequency, t, f0 * ratio * 1.08, f0 * ratio * 0.85, t + len);
    // Warbling vibrato.
    s.lfo(v, 17, f0 * ratio * 0.03, o.frequency, t, end);
    const g = s.gain(v, amp);
    o.connect(g);
    g.connect(ring);
  }
  // Ring modulation: the carrier's level swings at an audio rate (metallic grit).
  s.lfo(v, 113, 0.5, ring.gain, t, end);
  // Crackle.
  const n = s.noise(v, t, end);
  const nf = s.filter(v, 'bandpass', 2600, 2);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.08, 0.01, len - 0.05, 0.06);
  n.connect(nf);
  nf.connect(ng);
  ng.connect(v.out);
}

/** Ground phaser rifle: a short bright zap (hostile: lower and buzzier). */
function rifle(s: Synth, t: number, level: number, pan: number, hostile: boolean) {
  const v = s.voice(hostile ? 'enemyRifle' : 'rifle', t, level, pan);
  if (!v) return;
  const len = hostile ? 0.16 : 0.13;
  const f0 = (hostile ? 1300 : 2300) * wobble(s, 50);
  const f1 = hostile ? 330 : 620;
  const env = s.gain(v);
  perc(env.gain, t, 0.42, 0.004, len + 0.04);
  const lp = s.filter(v, 'lowpass', hostile ? 3000 : 5200, 1.5);
  lp.connect(env);
  env.connect(v.out);
  const o = s.osc(v, hostile ? 'square' : 'sawtooth', f0, t, t + len + 0.02);
  sweep(o.frequency, t, f0, f1, t + len);
  const o2 = s.osc(v, 'triangle', f0 * 0.5, t, t + len + 0.02);
  sweep(o2.frequency, t, f0 * 0.5, f1 * 0.5, t + len);
  const g2 = s.gain(v, 0.6);
  o2.connect(g2);
  if (hostile) {
    const shaper = s.grit(v);
    o.connect(shaper);
    g2.connect(shaper);
    shaper.connect(lp);
  } else {
    o.connect(lp);
    g2.connect(lp);
  }
  // Click at the muzzle.
  const n = s.noise(v, t, t + 0.04);
  const hp = s.filter(v, 'highpass', 3000, 0.7);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.12, 0.002, 0.03);
  n.connect(hp);
  hp.connect(ng);
  ng.connect(v.out);
}

/** Photon torpedo launch: a whoosh and a falling tone, over a soft thump. */
function torpedo(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('torpedo', t, level, pan);
  if (!v) return;
  const end = t + 0.6;
  // Whoosh: noise through a band that falls.
  const n = s.noise(v, t, end);
  const bp = s.filter(v, 'bandpass', 2500, 1.6);
  sweep(bp.frequency, t, 3400, 350, t + 0.5);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.35, 0.02, 0.5);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
  // The photon "pew-oom": a sine dropping two octaves and more.
  const f0 = 1500 * wobble(s, 40);
  const o = s.osc(v, 'sine', f0, t, end);
  sweep(o.frequency, t, f0, 160, t + 0.38);
  const og = s.gain(v);
  perc(og.gain, t, 0.22, 0.008, 0.42);
  o.connect(og);
  og.connect(v.out);
  // Thump of the launcher.
  const th = s.osc(v, 'sine', 95, t, t + 0.3);
  sweep(th.frequency, t, 95, 42, t + 0.2);
  const tg = s.gain(v);
  perc(tg.gain, t, 0.45, 0.004, 0.22);
  th.connect(tg);
  tg.connect(v.out);
}

/** Explosion: a filtered noise burst over a low boom; 0 small … 3 the player's ship. */
function explosion(s: Synth, t: number, level: number, pan: number, size: number) {
  const k = Math.max(0, Math.min(3, Math.round(Number.isFinite(size) ? size : 1)));
  const v = s.voice(`explosion${k}`, t, level, pan);
  if (!v) return;
  const spec = [
    { len: 0.35, cut: 2600, low: 300, peak: 0.35, boom: 130, boomLen: 0.22, boomPeak: 0.35 },
    { len: 0.75, cut: 2400, low: 180, peak: 0.45, boom: 110, boomLen: 0.45, boomPeak: 0.5 },
    { len: 1.6, cut: 2000, low: 110, peak: 0.5, boom: 90, boomLen: 0.9, boomPeak: 0.6 },
    { len: 2.6, cut: 1700, low: 80, peak: 0.55, boom: 80, boomLen: 1.4, boomPeak: 0.65 },
  ][k]!;
  const end = t + spec.len + 0.1;
  // Burst.
  const n = s.noise(v, t, end);
  const lp = s.filter(v, 'lowpass', spec.cut, 0.8);
  sweep(lp.frequency, t, spec.cut, spec.low, t + spec.len);
  const ng = s.gain(v);
  perc(ng.gain, t, spec.peak, 0.006, spec.len);
  n.connect(lp);
  lp.connect(ng);
  ng.connect(v.out);
  // Boom.
  const o = s.osc(v, 'sine', spec.boom, t, t + spec.boomLen + 0.05);
  sweep(o.frequency, t, spec.boom * wobble(s, 60), 32, t + spec.boomLen);
  const og = s.gain(v);
  perc(og.gain, t, spec.boomPeak, 0.008, spec.boomLen);
  o.connect(og);
  og.connect(v.out);
  if (k >= 2) {
    // Ships break up: a second, later burst with crackle, and a long rumble.
    const t2 = t + 0.18;
    const n2 = s.noise(v, t2, end);
    const bp = s.filter(v, 'bandpass', 1400, 1.1);
    sweep(bp.frequency, t2, 1800, 400, t + spec.len);
    const g2 = s.gain(v);
    perc(g2.gain, t2, spec.peak * 0.55, 0.01, spec.len * 0.8);
    s.lfo(v, 23, 0.25, g2.gain, t2, end);
    n2.connect(bp);
    bp.connect(g2);
    g2.connect(v.out);
    const rumble = s.filter(v, 'lowpass', 140, 0.9);
    const rg = s.gain(v);
    perc(rg.gain, t, spec.peak * 0.9, 0.05, spec.len);
    n.connect(rumble);
    rumble.connect(rg);
    rg.connect(v.out);
  }
}

/** Shield hit: a resonant shimmer — noise ringing through tuned bands, plus a glassy tone. */
function shieldHit(s: Synth, t: number, level: number, pan: number, facing: number) {
  const v = s.voice('shieldHit', t, level * 0.8, pan);
  if (!v) return;
  const end = t + 0.45;
  const base = 1320 * 2 ** ((((facing | 0) & 3) - 1.5) / 24) * wobble(s, 25);
  const n = s.noise(v, t, t + 0.12);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.9, 0.003, 0.1);
  n.connect(ng);
  for (const [ratio, q, amp] of [
    [1, 28, 2],
    [1.5, 24, 1.4],
    [2.25, 20, 0.9],
  ] as const) {
    const bp = s.filter(v, 'bandpass', base * ratio, q);
    sweep(bp.frequency, t, base * ratio * 1.06, base * ratio, t + 0.3);
    const g = s.gain(v, amp);
    ng.connect(bp);
    bp.connect(g);
    g.connect(v.out);
  }
  const o = s.osc(v, 'sine', base * 2, t, end);
  s.lfo(v, 9, base * 0.02, o.frequency, t, end);
  const og = s.gain(v);
  perc(og.gain, t, 0.14, 0.01, 0.4);
  o.connect(og);
  og.connect(v.out);
}

/** A character goes down: a low, soft thud. */
function downed(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('downed', t, level, pan);
  if (!v) return;
  const o = s.osc(v, 'sine', 150, t, t + 0.35);
  sweep(o.frequency, t, 150 * wobble(s, 40), 48, t + 0.25);
  const og = s.gain(v);
  perc(og.gain, t, 0.5, 0.005, 0.3);
  o.connect(og);
  og.connect(v.out);
  const n = s.noise(v, t, t + 0.15);
  const lp = s.filter(v, 'lowpass', 380, 1);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.4, 0.003, 0.12);
  n.connect(lp);
  lp.connect(ng);
  ng.connect(v.out);
}

// ---------------------------------------------------------------------------------------------
// Story moments

/** Ability activation: a quick rising chime (root, fifth, octave) with an airy lift. */
function ability(s: Synth, t: number, level: number, pan: number, ability: string) {
  const v = s.voice(`ability:${ability}`, t, level, pan);
  if (!v) return;
  const root = ABILITY_ROOT[ability] ?? 523.25;
  [1, 1.5, 2].forEach((ratio, i) => {
    const at = t + i * 0.07;
    bell(s, v, root * ratio, at, 0.15 - i * 0.02, 0.5 + i * 0.15);
  });
  const n = s.noise(v, t, t + 0.5);
  const bp = s.filter(v, 'bandpass', 1500, 3);
  sweep(bp.frequency, t, 1500, 7000, t + 0.4);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.05, 0.15, 0.1, 0.2);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
}

/** A security field drops: an electric hum falling and closing down, with dying crackle. */
function fieldDown(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('fieldDown', t, level, pan);
  if (!v) return;
  const len = 1.1;
  const end = t + len + 0.05;
  const lp = s.filter(v, 'lowpass', 2200, 4);
  sweep(lp.frequency, t, 2400, 160, t + len);
  const env = s.gain(v);
  hold(env.gain, t, 0.22, 0.02, 0.25, len - 0.3);
  // Mains-like buzz on the level.
  const buzz = s.gain(v, 0.7);
  s.lfo(v, 30, 0.3, buzz.gain, t, end);
  lp.connect(env);
  env.connect(buzz);
  buzz.connect(v.out);
  for (const [f, amp] of [
    [120, 0.5],
    [181, 0.35],
  ] as const) {
    const o = s.osc(v, 'sawtooth', f, t, end);
    sweep(o.frequency, t, f, f / 3, t + len);
    const g = s.gain(v, amp);
    o.connect(g);
    g.connect(lp);
  }
  const n = s.noise(v, t, t + 0.7);
  const bp = s.filter(v, 'bandpass', 3200, 3);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.1, 0.01, 0.6);
  s.lfo(v, 19, 0.06, ng.gain, t, t + 0.7);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
}

/** T'Vala drops her disguise: an eerie, beating warble that bends down and back up. */
function transform(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('transform', t, level, pan);
  if (!v) return;
  const len = 1.7;
  const end = t + len + 0.05;
  const bp = s.filter(v, 'bandpass', 900, 1.8);
  sweep(bp.frequency, t, 500, 1800, t + len);
  const env = s.gain(v);
  env.gain.setValueAtTime(0.0001, t);
  env.gain.linearRampToValueAtTime(0.3, t + 0.5);
  env.gain.setValueAtTime(0.3, t + 1.1);
  env.gain.exponentialRampToValueAtTime(0.0001, t + len);
  bp.connect(env);
  env.connect(v.out);
  for (const [f, type] of [
    [311.13, 'sine'],
    [329.63, 'triangle'],
    [155.56, 'triangle'],
  ] as const) {
    const o = s.osc(v, type, f, t, end);
    o.frequency.setValueAtTime(f, t);
    o.frequency.exponentialRampToValueAtTime(f * 0.84, t + 0.8);
    o.frequency.exponentialRampToValueAtTime(f * 1.12, t + len);
    // Vibrato that deepens as she changes.
    const depth = s.lfo(v, 5.5, 0, o.frequency, t, end);
    depth.gain.setValueAtTime(0, t);
    depth.gain.linearRampToValueAtTime(f * 0.04, t + 1.2);
    const g = s.gain(v, 0.45);
    o.connect(g);
    g.connect(bp);
  }
  // A second, dry sine a tritone up for unease.
  const o = s.osc(v, 'sine', 440, t + 0.3, end);
  s.lfo(v, 3.1, 14, o.frequency, t + 0.3, end);
  const og = s.gain(v);
  og.gain.setValueAtTime(0.0001, t + 0.3);
  og.gain.linearRampToValueAtTime(0.06, t + 0.9);
  og.gain.exponentialRampToValueAtTime(0.0001, t + len);
  o.connect(og);
  og.connect(v.out);
}

/** Someone beamed out: a transporter shimmer — high twinkling partials over rising air. */
function rescued(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('rescued', t, level, pan);
  if (!v) return;
  const len = 1.5;
  const end = t + len + 0.05;
  const sparkle = s.gain(v, 0.6);
  sparkle.connect(v.out);
  s.lfo(v, 14, 0.4, sparkle.gain, t, end);
  const env = s.gain(v);
  env.gain.setValueAtTime(0.0001, t);
  env.gain.linearRampToValueAtTime(0.055, t + 0.35);
  env.gain.setValueAtTime(0.055, t + 0.9);
  env.gain.exponentialRampToValueAtTime(0.0001, t + len);
  env.connect(sparkle);
  for (const f of [2093, 2637, 3136, 3951, 4699]) {
    const o = s.osc(v, 'sine', f * wobble(s, 15), t, end);
    s.lfo(v, 4 + s.rand() * 5, f * 0.006, o.frequency, t, end);
    o.connect(env);
  }
  const n = s.noise(v, t, end);
  const bp = s.filter(v, 'bandpass', 3000, 2);
  sweep(bp.frequency, t, 2500, 9000, t + len);
  const ng = s.gain(v);
  ng.gain.setValueAtTime(0.0001, t);
  ng.gain.linearRampToValueAtTime(0.08, t + 0.4);
  ng.gain.exponentialRampToValueAtTime(0.0001, t + len);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(sparkle);
  const rise = s.osc(v, 'triangle', 600, t, end);
  sweep(rise.frequency, t, 600, 1200, t + len);
  const rg = s.gain(v);
  rg.gain.setValueAtTime(0.0001, t);
  rg.gain.linearRampToValueAtTime(0.05, t + 0.5);
  rg.gain.exponentialRampToValueAtTime(0.0001, t + len);
  rise.connect(rg);
  rg.connect(v.out);
}

// ---------------------------------------------------------------------------------------------
// Interface

/** A soft bell: a sine with a quiet inharmonic overtone. */
function bell(s: Synth, v: SynthVoice, f: number, t: number, peak: number, decay: number) {
  const o = s.osc(v, 'sine', f, t, t + decay + 0.05);
  const g = s.gain(v);
  perc(g.gain, t, peak, 0.005, decay);
  o.connect(g);
  g.connect(v.out);
  const o2 = s.osc(v, 'sine', f * 2.76, t, t + decay * 0.5 + 0.05);
  const g2 = s.gain(v);
  perc(g2.gain, t, peak * 0.18, 0.003, decay * 0.45);
  o2.connect(g2);
  g2.connect(v.out);
}

function click(s: Synth, t: number) {
  const v = s.voice('ui', t, 1, 0, true);
  if (!v) return;
  const o = s.osc(v, 'triangle', 1500, t, t + 0.06);
  sweep(o.frequency, t, 1700, 1100, t + 0.04);
  const g = s.gain(v);
  perc(g.gain, t, 0.25, 0.002, 0.05);
  o.connect(g);
  g.connect(v.out);
}

/** Objective complete: a two-note rising chime (G5, D6). */
function objective(s: Synth, t: number) {
  const v = s.voice('ui:objective', t, 1, 0, true);
  if (!v) return;
  bell(s, v, 783.99, t, 0.2, 0.6);
  bell(s, v, 1174.66, t + 0.13, 0.2, 0.9);
}

/** Accolade: a three-note brassy fanfare (C5 E5 G5, the last held). */
function accolade(s: Synth, t: number) {
  const v = s.voice('ui:accolade', t, 1, 0, true);
  if (!v) return;
  const notes: [number, number, number][] = [
    [523.25, 0, 0.12],
    [659.25, 0.14, 0.12],
    [783.99, 0.28, 0.55],
  ];
  for (const [f, at, len] of notes) {
    const t0 = t + at;
    const lp = s.filter(v, 'lowpass', 900, 2);
    lp.frequency.setValueAtTime(700, t0);
    lp.frequency.linearRampToValueAtTime(3200, t0 + 0.05);
    lp.frequency.exponentialRampToValueAtTime(1300, t0 + len);
    const g = s.gain(v);
    hold(g.gain, t0, 0.1, 0.02, len - 0.04, 0.18);
    lp.connect(g);
    g.connect(v.out);
    for (const d of [-6, 6]) {
      const o = s.osc(v, 'sawtooth', f, t0, t0 + len + 0.2);
      o.detune.value = d;
      o.connect(lp);
    }
    const sub = s.osc(v, 'triangle', f / 2, t0, t0 + len + 0.2);
    const sg = s.gain(v, 0.7);
    sub.connect(sg);
    sg.connect(lp);
  }
}

/** Failure: a low, soft descending minor third (B♭3 to G3). */
function failTune(s: Synth, t: number) {
  const v = s.voice('ui:fail', t, 1, 0, true);
  if (!v) return;
  for (const [f, at, len] of [
    [233.08, 0, 0.28],
    [196, 0.3, 0.7],
  ] as const) {
    const t0 = t + at;
    const lp = s.filter(v, 'lowpass', 900, 0.8);
    const g = s.gain(v);
    hold(g.gain, t0, 0.14, 0.02, len * 0.5, len * 0.5);
    lp.connect(g);
    g.connect(v.out);
    const o = s.osc(v, 'triangle', f, t0, t0 + len + 0.05);
    const o2 = s.osc(v, 'sawtooth', f, t0, t0 + len + 0.05);
    o2.detune.value = 5;
    const g2 = s.gain(v, 0.25);
    o.connect(lp);
    o2.connect(g2);
    g2.connect(lp);
  }
}

/** Incoming hail: a two-part comm chirp. */
function hail(s: Synth, t: number) {
  const v = s.voice('ui:hail', t, 1, 0, true);
  if (!v) return;
  for (const [f0, f1, at, len] of [
    [1250, 1870, 0, 0.07],
    [1560, 2490, 0.1, 0.09],
  ] as const) {
    const t0 = t + at;
    const o = s.osc(v, 'sine', f0, t0, t0 + len + 0.06);
    sweep(o.frequency, t0, f0, f1, t0 + len);
    const g = s.gain(v);
    hold(g.gain, t0, 0.14, 0.006, len - 0.01, 0.05);
    o.connect(g);
    g.connect(v.out);
    const o2 = s.osc(v, 'triangle', f0 * 2, t0, t0 + len + 0.06);
    sweep(o2.frequency, t0, f0 * 2, f1 * 2, t0 + len);
    const g2 = s.gain(v);
    hold(g2.gain, t0, 0.025, 0.006, len - 0.01, 0.04);
    o2.connect(g2);
    g2.connect(v.out);
  }
}

// -------------------------------------------------------------------------------------------
// The enemies' new attacks

/** Undine bioship beam: a wet, low, warbling pulse rather than a clean energy beam. */
function undineBeam(s: Synth, t: number, level: number, pan: number, hit: boolean) {
  const v = s.voice('undineBeam', t, level, pan);
  if (!v) return;
  const len = hit ? 0.42 : 0.3;
  const end = t + len + 0.1;
  const env = s.gain(v);
  hold(env.gain, t, 0.24, 0.03, len - 0.05, 0.1);
  const bp = s.filter(v, 'bandpass', 700, 2.2);
  sweep(bp.frequency, t, 1100, 380, t + len);
  bp.connect(env);
  env.connect(v.out);
  const f0 = 196 * wobble(s, 35);
  for (const [ratio, type] of [
    [1, 'triangle'],
    [1.26, 'sawtooth'],
  ] as const) {
    const o = s.osc(v, type, f0 * ratio, t, end);
    s.lfo(v, 11, f0 * ratio * 0.08, o.frequency, t, end);
    o.connect(bp);
  }
  const n = s.noise(v, t, end);
  const nf = s.filter(v, 'lowpass', 900, 3);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.12, 0.02, len - 0.05, 0.08);
  s.lfo(v, 7, 0.06, ng.gain, t, end);
  n.connect(nf);
  nf.connect(ng);
  ng.connect(v.out);
}

/** An enemy torpedo volley: staggered launches, heavier and lower than the player's. */
function torpedoVolley(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('torpedoVolley', t, level, pan);
  if (!v) return;
  for (let k = 0; k < 3; k++) {
    const t0 = t + k * 0.09;
    const f0 = 900 * wobble(s, 50);
    const o = s.osc(v, 'sine', f0, t0, t0 + 0.5);
    sweep(o.frequency, t0, f0, 110, t0 + 0.4);
    const og = s.gain(v);
    perc(og.gain, t0, 0.18, 0.006, 0.42);
    o.connect(og);
    og.connect(v.out);
  }
  const n = s.noise(v, t, t + 0.8);
  const bp = s.filter(v, 'bandpass', 1800, 1.4);
  sweep(bp.frequency, t, 2400, 260, t + 0.7);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.3, 0.02, 0.7);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
  const th = s.osc(v, 'sine', 70, t, t + 0.4);
  sweep(th.frequency, t, 70, 35, t + 0.3);
  const tg = s.gain(v);
  perc(tg.gain, t, 0.5, 0.004, 0.3);
  th.connect(tg);
  tg.connect(v.out);
}

/** Cardassian shield boost: a rising, filtered hum that settles into a bright ring. */
function shieldBoost(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('shieldBoost', t, level, pan);
  if (!v) return;
  const end = t + 0.9;
  const lp = s.filter(v, 'bandpass', 600, 4);
  sweep(lp.frequency, t, 400, 3200, t + 0.6);
  const env = s.gain(v);
  hold(env.gain, t, 0.16, 0.05, 0.4, 0.4);
  lp.connect(env);
  env.connect(v.out);
  const o = s.osc(v, 'sawtooth', 220, t, end);
  sweep(o.frequency, t, 220, 440, t + 0.6);
  o.connect(lp);
  bell(s, v, 1760, t + 0.5, 0.06, 0.4);
}

/** Jem'Hadar attack run: engines opening up, a growl that climbs as the ship dives in. */
function attackRun(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('attackRun', t, level, pan);
  if (!v) return;
  const len = 1.2;
  const end = t + len + 0.1;
  const n = s.noise(v, t, end);
  const lp = s.filter(v, 'lowpass', 300, 2);
  sweep(lp.frequency, t, 300, 2600, t + len);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.3, 0.2, len - 0.5, 0.3);
  n.connect(lp);
  lp.connect(ng);
  ng.connect(v.out);
  const o = s.osc(v, 'square', 70, t, end);
  sweep(o.frequency, t, 70, 160, t + len);
  const og = s.gain(v);
  hold(og.gain, t, 0.06, 0.2, len - 0.5, 0.3);
  const grit = s.grit(v);
  o.connect(grit);
  grit.connect(og);
  og.connect(v.out);
}

/** Undine heavy attack, the telegraph: a two-second rising whine that warns to get clear. */
function heavyCharge(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('heavyCharge', t, level, pan);
  if (!v) return;
  const len = 2;
  const end = t + len + 0.05;
  const env = s.gain(v);
  swell(env.gain, t, 0.22, len);
  env.connect(v.out);
  const trem = s.gain(v, 0.7);
  s.lfo(v, 6, 0.3, trem.gain, t, end);
  trem.connect(env);
  for (const ratio of [1, 1.5]) {
    const o = s.osc(v, 'sawtooth', 110 * ratio, t, end);
    sweep(o.frequency, t, 110 * ratio, 880 * ratio, t + len);
    const g = s.gain(v, 0.5);
    o.connect(g);
    g.connect(trem);
  }
}

/** Undine heavy attack, the blow: a deep boom under a tearing crackle. */
function heavyImpact(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('heavyImpact', t, level, pan);
  if (!v) return;
  const end = t + 1.6;
  const o = s.osc(v, 'sine', 90, t, end);
  sweep(o.frequency, t, 90 * wobble(s, 40), 28, t + 1.2);
  const og = s.gain(v);
  perc(og.gain, t, 0.7, 0.006, 1.3);
  o.connect(og);
  og.connect(v.out);
  const n = s.noise(v, t, end);
  const bp = s.filter(v, 'bandpass', 1600, 1.2);
  sweep(bp.frequency, t, 3000, 300, t + 1.2);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.45, 0.004, 1.1);
  s.lfo(v, 27, 0.2, ng.gain, t, end);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
}

/** A photon grenade lands and arms: a few quick beeps over a hiss (move!). */
function grenadeFuse(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('grenadeFuse', t, level, pan);
  if (!v) return;
  for (let k = 0; k < 3; k++) {
    const t0 = t + k * 0.32;
    const o = s.osc(v, 'square', 1900, t0, t0 + 0.08);
    const g = s.gain(v);
    perc(g.gain, t0, 0.09, 0.003, 0.06);
    o.connect(g);
    g.connect(v.out);
  }
  const n = s.noise(v, t, t + 1.1);
  const hp = s.filter(v, 'highpass', 4000, 0.7);
  const ng = s.gain(v);
  hold(ng.gain, t, 0.03, 0.05, 0.8, 0.2);
  n.connect(hp);
  hp.connect(ng);
  ng.connect(v.out);
}

/** A photon grenade goes off: a sharp crack and a short boom. */
function grenadeBlast(s: Synth, t: number, level: number, pan: number) {
  explosion(s, t, level, pan, 1);
  const v = s.voice('grenadeCrack', t, level, pan);
  if (!v) return;
  const n = s.noise(v, t, t + 0.1);
  const hp = s.filter(v, 'highpass', 2500, 0.8);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.5, 0.001, 0.07);
  n.connect(hp);
  hp.connect(ng);
  ng.connect(v.out);
}

/** T'Vala marks the ground: an eerie chord swelling for as long as the charge lasts. */
function blastCharge(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('blastCharge', t, level, pan);
  if (!v) return;
  const len = 1.5;
  const end = t + len + 0.05;
  const env = s.gain(v);
  swell(env.gain, t, 0.18, len);
  env.connect(v.out);
  for (const f of [233.08, 329.63, 466.16]) {
    const o = s.osc(v, 'triangle', f, t, end);
    sweep(o.frequency, t, f, f * 1.5, t + len);
    s.lfo(v, 5 + f / 200, f * 0.02, o.frequency, t, end);
    o.connect(env);
  }
}

/** T'Vala's blast lands: a hollow whump with a bright, falling shimmer. */
function blastImpact(s: Synth, t: number, level: number, pan: number) {
  const v = s.voice('blastImpact', t, level, pan);
  if (!v) return;
  const end = t + 1;
  const o = s.osc(v, 'sine', 120, t, end);
  sweep(o.frequency, t, 120, 40, t + 0.6);
  const og = s.gain(v);
  perc(og.gain, t, 0.6, 0.005, 0.7);
  o.connect(og);
  og.connect(v.out);
  const n = s.noise(v, t, end);
  const bp = s.filter(v, 'bandpass', 5000, 6);
  sweep(bp.frequency, t, 6000, 900, t + 0.9);
  const ng = s.gain(v);
  perc(ng.gain, t, 0.35, 0.003, 0.9);
  n.connect(bp);
  bp.connect(ng);
  ng.connect(v.out);
}

// -------------------------------------------------------------------------------------------
// The registries

/** Every sound an archetype or the game's own cues can name. */
export const SOUND_RECIPES: Record<SoundName, Recipe> = {
  phaser: (s, t, l, p, c) => phaser(s, t, l, p, (c.param ?? 1) !== 0),
  disruptor: (s, t, l, p, c) => disruptor(s, t, l, p, (c.param ?? 1) !== 0),
  'undine-beam': (s, t, l, p, c) => undineBeam(s, t, l, p, (c.param ?? 1) !== 0),
  rifle: (s, t, l, p) => rifle(s, t, l, p, false),
  'enemy-rifle': (s, t, l, p) => rifle(s, t, l, p, true),
  torpedo: (s, t, l, p) => torpedo(s, t, l, p),
  'torpedo-volley': (s, t, l, p) => torpedoVolley(s, t, l, p),
  'shield-hit': (s, t, l, p, c) => shieldHit(s, t, l, p, c.param ?? 0),
  'explosion-small': (s, t, l, p) => explosion(s, t, l, p, 0),
  'explosion-medium': (s, t, l, p) => explosion(s, t, l, p, 1),
  'explosion-ship': (s, t, l, p) => explosion(s, t, l, p, 2),
  'explosion-player': (s, t, l, p) => explosion(s, t, l, p, 3),
  downed: (s, t, l, p) => downed(s, t, l, p),
  ability: (s, t, l, p, c) => ability(s, t, l, p, c.variant ?? ''),
  'shield-boost': (s, t, l, p) => shieldBoost(s, t, l, p),
  'attack-run': (s, t, l, p) => attackRun(s, t, l, p),
  'heavy-charge': (s, t, l, p) => heavyCharge(s, t, l, p),
  'heavy-impact': (s, t, l, p) => heavyImpact(s, t, l, p),
  'grenade-fuse': (s, t, l, p) => grenadeFuse(s, t, l, p),
  'grenade-blast': (s, t, l, p) => grenadeBlast(s, t, l, p),
  'blast-charge': (s, t, l, p) => blastCharge(s, t, l, p),
  'blast-impact': (s, t, l, p) => blastImpact(s, t, l, p),
  transform: (s, t, l, p) => transform(s, t, l, p),
  'field-down': (s, t, l, p) => fieldDown(s, t, l, p),
  rescued: (s, t, l, p) => rescued(s, t, l, p),
};

/** Interface sounds: centred, full volume. */
export const UI_RECIPES: Record<UiSound, (s: Synth, t: number) => void> = {
  click,
  objective,
  accolade,
  fail: failTune,
  hail,
};

/** The recipe of a sound name, or undefined for a name no recipe has (never an inherited key). */
export function recipeOf(name: string): Recipe | undefined {
  return Object.hasOwn(SOUND_RECIPES, name) ? SOUND_RECIPES[name as SoundName] : undefined;
}
