/**
 * SoundBoard: every sound of the game, synthesised at run time with the Web Audio API (no audio
 * files, nothing fetched).
 *
 * Graph: voices → (stereo pan) → effects bus ┐
 *        ambient pads ─────────→ music bus  ┴→ master → soft limiter → speakers
 *
 * - No AudioContext exists until the first `resume()` (call it from a user gesture: browsers
 *   start contexts suspended and warn when one is made too early). Before that, `play()`, `ui()`
 *   and `startAmbient()` only remember what they need (the ambient kind) and make no sound.
 * - Every public method is a no-op, never a throw, when Web Audio is missing or fails.
 * - CPU stays low: at most MAX_VOICES effect voices (the oldest is stolen), repeats of one sound
 *   closer than a few milliseconds are merged, one shared noise buffer, and every node of a
 *   voice is disconnected when its last source ends.
 *
 * Positions: a sound is attenuated by its distance from the listener (and panned a little by
 * the horizontal offset). The position is the caller's third argument if given, else the fx's
 * own x, y (explosion, rifle, rescued), else none: full volume, centred. Ground maps are smaller
 * than space, so distances count 2.5× while a 'ground' ambient is chosen.
 *
 * The fx type is taken from the session host (render may import session, not sim).
 */
import type { GameHost } from '../session/host';

export type SoundFx = ReturnType<GameHost['drainFx']>[number];
export type UiSound = 'click' | 'objective' | 'accolade' | 'fail' | 'hail';
export type AmbientKind = 'space' | 'ground' | 'title';
export interface Volumes {
  master: number;
  effects: number;
  music: number;
}
/** Where a sound comes from; `hostile` picks the enemy variant of beams and rifles. */
export interface SoundSource {
  x: number;
  y: number;
  hostile?: boolean;
}
export interface SoundBoardOptions {
  /** Makes the context (tests pass their own or `() => null`); defaults to `new AudioContext()`. */
  createContext?: () => AudioContext | null;
}

const MAX_VOICES = 12;
const NEAR = 350; // full volume within this distance (space units)
const FAR = 3200; // silent beyond it
const CROSSFADE = 2.5; // seconds between ambient beds
/** Same sound again sooner than this (seconds) is merged into the first. */
const MIN_GAP: Record<string, number> = {
  beam: 0.045,
  disruptor: 0.045,
  rifle: 0.03,
  enemyRifle: 0.03,
  torpedo: 0.06,
  shieldHit: 0.07,
  downed: 0.05,
  ui: 0.03,
};

/** Mulberry32: a tiny repeatable PRNG (noise buffer and small pitch variations). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp01 = (v: number, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

/** Perceived loudness: a slider at one half should sound about half as loud. */
const taper = (v: number) => v * v;

function defaultContext(): AudioContext | null {
  const g = globalThis as { AudioContext?: typeof AudioContext; webkitAudioContext?: unknown };
  const Ctor = g.AudioContext ?? (g.webkitAudioContext as typeof AudioContext | undefined);
  return typeof Ctor === 'function' ? new Ctor() : null;
}

interface Voice {
  out: GainNode;
  nodes: AudioNode[];
  sources: AudioScheduledSourceNode[];
  pending: number;
  start: number;
  end: number;
  ui: boolean;
  released: boolean;
}

interface Ambient {
  kind: AmbientKind;
  gain: GainNode;
  nodes: AudioNode[];
  sources: AudioScheduledSourceNode[];
}

interface PadSpec {
  notes: number[];
  wave: OscillatorType;
  detune: number; // cents either side
  cutoff: number;
  cutoffDepth: number;
  cutoffRate: number;
  q: number;
  level: number;
  /** Quiet filtered noise under the pad (engine hum / air). */
  hum?: { freq: number; level: number; q: number };
  /** A pure low sine under everything. */
  sub?: { freq: number; level: number };
}

const PADS: Record<AmbientKind, PadSpec> = {
  // Open, suspended A (A2 E3 B3 E4): vast and calm, with a low warp-core hum.
  space: {
    notes: [110, 164.81, 246.94, 329.63],
    wave: 'sawtooth',
    detune: 7,
    cutoff: 520,
    cutoffDepth: 260,
    cutoffRate: 0.043,
    q: 0.9,
    level: 0.017,
    hum: { freq: 95, level: 0.5, q: 0.7 },
    sub: { freq: 55, level: 0.016 },
  },
  // Darker D minor with a flat sixth (D2 A2 F3 Bb3), lower and closer: the station corridors.
  ground: {
    notes: [73.42, 110, 174.61, 233.08],
    wave: 'sawtooth',
    detune: 5,
    cutoff: 330,
    cutoffDepth: 150,
    cutoffRate: 0.061,
    q: 2.2,
    level: 0.019,
    hum: { freq: 420, level: 0.12, q: 0.8 },
    sub: { freq: 36.71, level: 0.02 },
  },
  // Gentle, warm D major 9 (D3 A3 E4 F#4) in soft triangles.
  title: {
    notes: [146.83, 220, 329.63, 369.99],
    wave: 'triangle',
    detune: 6,
    cutoff: 1500,
    cutoffDepth: 700,
    cutoffRate: 0.037,
    q: 0.7,
    level: 0.021,
  },
};

/** Root of the rising chime of each ability (unknown ones get C5). */
const ABILITY_ROOT: Record<string, number> = {
  epts: 523.25,
  hazard: 587.33,
  evasive: 659.25,
  grenade: 440,
  recharge: 493.88,
  medic: 698.46,
};

export class SoundBoard {
  private readonly makeContext: () => AudioContext | null;
  private ctx: AudioContext | null = null;
  private failed = false;
  private disposed = false;
  private master: GainNode | null = null;
  private effects: GainNode | null = null;
  private music: GainNode | null = null;
  private noiseBuffer: AudioBuffer | null = null;
  private gritCurve: Float32Array<ArrayBuffer> | null = null;
  private voices: Voice[] = [];
  private ambient: Ambient | null = null;
  private wantedAmbient: AmbientKind | null = null;
  private lastPlayed = new Map<string, number>();
  private rand = prng(0x5d59);
  private vol: Volumes = { master: 0.8, effects: 0.8, music: 0.6 };

  constructor(options?: SoundBoardOptions) {
    this.makeContext = options?.createContext ?? defaultContext;
  }

  /** The current volumes, each 0..1 (a copy). */
  get volumes(): Volumes {
    return { ...this.vol };
  }

  /** Creates (first time) and resumes the audio context: call from a user gesture. */
  resume(): void {
    if (this.disposed || this.failed) return;
    try {
      if (!this.ctx) this.init();
      const ctx = this.ctx;
      if (!ctx) return;
      if (ctx.state === 'suspended' && !isOffline(ctx)) {
        ctx.resume().catch(() => {});
      }
      if (this.wantedAmbient && this.ambient?.kind !== this.wantedAmbient) {
        this.startAmbient(this.wantedAmbient);
      }
    } catch {
      this.fail();
    }
  }

  setVolumes(v: Volumes): void {
    try {
      this.vol = {
        master: clamp01(v?.master, this.vol.master),
        effects: clamp01(v?.effects, this.vol.effects),
        music: clamp01(v?.music, this.vol.music),
      };
      this.applyVolumes();
    } catch {
      // never throw
    }
  }

  /** One fx of the world, attenuated by its distance from the listener. */
  play(fx: SoundFx, listener: { x: number; y: number }, position?: SoundSource): void {
    const ctx = this.live();
    if (!ctx || !fx) return;
    try {
      const at = position ?? ('x' in fx && 'y' in fx ? fx : null);
      const { level, pan } = this.place(at, listener);
      if (level < 0.02) return;
      const hostile = position?.hostile === true;
      const t = ctx.currentTime + 0.005;
      switch (fx.type) {
        case 'beam':
          if (hostile) this.disruptor(t, level, pan, fx.hit);
          else this.phaser(t, level, pan, fx.hit);
          break;
        case 'rifle':
          this.rifle(t, level, pan, hostile);
          break;
        case 'torpedo':
          this.torpedo(t, level, pan);
          break;
        case 'shieldHit':
          this.shieldHit(t, level, pan, fx.facing);
          break;
        case 'explosion':
          this.explosion(t, level, pan, fx.size);
          break;
        case 'downed':
          this.downed(t, level, pan);
          break;
        case 'ability':
          this.ability(t, level, pan, fx.ability);
          break;
        case 'fieldDown':
          this.fieldDown(t, level, pan);
          break;
        case 'transform':
          this.transform(t, level, pan);
          break;
        case 'rescued':
          this.rescued(t, level, pan);
          break;
      }
    } catch {
      // never throw
    }
  }

  /** Interface sounds: always centred, full volume (effects bus). */
  ui(name: UiSound): void {
    const ctx = this.live();
    if (!ctx) return;
    try {
      const t = ctx.currentTime + 0.005;
      switch (name) {
        case 'click':
          this.click(t);
          break;
        case 'objective':
          this.objective(t);
          break;
        case 'accolade':
          this.accolade(t);
          break;
        case 'fail':
          this.failTune(t);
          break;
        case 'hail':
          this.hail(t);
          break;
      }
    } catch {
      // never throw
    }
  }

  /** Crossfades to the ambient bed of `kind` (kept for later if audio has not started yet). */
  startAmbient(kind: AmbientKind): void {
    if (this.disposed || !(kind in PADS)) return;
    this.wantedAmbient = kind;
    const ctx = this.ctx;
    if (!ctx || !this.music || ctx.state === 'closed') return;
    if (this.ambient?.kind === kind) return;
    try {
      const now = ctx.currentTime;
      if (this.ambient) this.fadeOutAmbient(this.ambient, now);
      this.ambient = this.buildAmbient(kind, now);
    } catch {
      // never throw
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      for (const v of this.voices) this.release(v);
      this.voices = [];
      if (this.ambient) this.releaseAmbient(this.ambient);
      this.ambient = null;
      for (const n of [this.effects, this.music, this.master]) n?.disconnect();
      const ctx = this.ctx;
      this.ctx = null;
      if (ctx && ctx.state !== 'closed' && !isOffline(ctx)) ctx.close().catch(() => {});
    } catch {
      // never throw
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Setup

  private init() {
    const ctx = this.makeContext();
    if (!ctx) {
      this.failed = true;
      return;
    }
    this.ctx = ctx;
    const master = ctx.createGain();
    const limiter = ctx.createDynamicsCompressor();
    limiter.threshold.value = -8;
    limiter.knee.value = 6;
    limiter.ratio.value = 8;
    limiter.attack.value = 0.003;
    limiter.release.value = 0.2;
    master.connect(limiter);
    limiter.connect(ctx.destination);
    const effects = ctx.createGain();
    const music = ctx.createGain();
    effects.connect(master);
    music.connect(master);
    this.master = master;
    this.effects = effects;
    this.music = music;

    // Two seconds of white noise, shared by every noisy sound.
    const len = Math.floor(ctx.sampleRate * 2);
    const buf = ctx.createBuffer(1, len, ctx.sampleRate);
    const data = buf.getChannelData(0);
    const r = prng(0x7e57);
    for (let i = 0; i < len; i++) data[i] = r() * 2 - 1;
    this.noiseBuffer = buf;

    // A soft saturation curve for the grittier enemy weapons.
    const n = 1024;
    const curve = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const x = (i / (n - 1)) * 2 - 1;
      curve[i] = Math.tanh(2.5 * x) / Math.tanh(2.5);
    }
    this.gritCurve = curve;
    this.applyVolumes(true);
  }

  private fail() {
    this.failed = true;
    try {
      this.ctx?.close().catch(() => {});
    } catch {
      // ignore
    }
    this.ctx = null;
  }

  /** The context if sounds can be scheduled now (running, or an offline render). */
  private live(): AudioContext | null {
    const ctx = this.ctx;
    if (this.disposed || !ctx || !this.effects) return null;
    if (ctx.state === 'running' || (isOffline(ctx) && ctx.state !== 'closed')) return ctx;
    return null;
  }

  private applyVolumes(now = false) {
    const ctx = this.ctx;
    if (!ctx || !this.master || !this.effects || !this.music) return;
    const pairs: [GainNode, number][] = [
      [this.master, taper(this.vol.master)],
      [this.effects, taper(this.vol.effects)],
      [this.music, taper(this.vol.music)],
    ];
    for (const [node, value] of pairs) {
      if (now) node.gain.value = value;
      else {
        node.gain.cancelScheduledValues(ctx.currentTime);
        node.gain.setTargetAtTime(value, ctx.currentTime, 0.03);
      }
    }
  }

  private place(
    at: { x: number; y: number } | null,
    listener: { x: number; y: number } | undefined,
  ): { level: number; pan: number } {
    if (!at || !listener) return { level: 1, pan: 0 };
    const scale = this.wantedAmbient === 'ground' ? 2.5 : 1;
    const dx = (at.x - listener.x) * scale;
    const dy = (at.y - listener.y) * scale;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (!Number.isFinite(d)) return { level: 1, pan: 0 };
    if (d >= FAR) return { level: 0, pan: 0 };
    const fade = 1 - Math.max(0, (d - NEAR) / (FAR - NEAR));
    const level = Math.min(1, NEAR / Math.max(d, 1)) ** 0.6 * fade;
    const pan = Math.max(-0.7, Math.min(0.7, dx / (NEAR * 4)));
    return { level, pan };
  }

  /** Merges a repeat of `key` that comes sooner than its minimum gap. */
  private tooSoon(key: string, t: number): boolean {
    const gap = MIN_GAP[key] ?? 0.025;
    const last = this.lastPlayed.get(key);
    if (last !== undefined && t - last < gap && t >= last) return true;
    this.lastPlayed.set(key, t);
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Voices

  /** A new voice (stealing the oldest when full); null if the sound is merged or impossible. */
  private voice(key: string, t: number, level: number, pan: number, ui = false): Voice | null {
    const ctx = this.ctx;
    const bus = this.effects;
    if (!ctx || !bus || this.tooSoon(key, t)) return null;
    // Forget voices whose end event never came (a closed or frozen context).
    this.voices = this.voices.filter((v) => !v.released && v.end + 1 > ctx.currentTime);
    while (this.voices.length >= MAX_VOICES) {
      const victim = this.voices.find((v) => !v.ui) ?? this.voices[0]!;
      this.steal(victim, ctx.currentTime);
    }
    const out = ctx.createGain();
    out.gain.value = level;
    const nodes: AudioNode[] = [out];
    if (pan !== 0 && typeof ctx.createStereoPanner === 'function') {
      const p = ctx.createStereoPanner();
      p.pan.value = pan;
      out.connect(p);
      p.connect(bus);
      nodes.push(p);
    } else out.connect(bus);
    const v: Voice = { out, nodes, sources: [], pending: 0, start: t, end: t, ui, released: false };
    this.voices.push(v);
    return v;
  }

  private steal(v: Voice, now: number) {
    this.voices = this.voices.filter((x) => x !== v);
    v.out.gain.cancelScheduledValues(now);
    v.out.gain.setTargetAtTime(0, now, 0.008);
    for (const s of v.sources) {
      try {
        s.stop(now + 0.05);
      } catch {
        // already stopped
      }
    }
  }

  private release(v: Voice) {
    if (v.released) return;
    v.released = true;
    for (const s of v.sources) {
      s.onended = null;
      try {
        s.stop();
      } catch {
        // not started or already stopped
      }
    }
    for (const n of v.nodes) n.disconnect();
    this.voices = this.voices.filter((x) => x !== v);
  }

  private track(v: Voice, src: AudioScheduledSourceNode, t0: number, t1: number) {
    src.start(t0);
    src.stop(t1);
    v.sources.push(src);
    v.nodes.push(src);
    v.pending++;
    v.end = Math.max(v.end, t1);
    src.onended = () => {
      v.pending--;
      if (v.pending <= 0) this.release(v);
    };
  }

  private osc(v: Voice, type: OscillatorType, freq: number, t0: number, t1: number) {
    const o = this.ctx!.createOscillator();
    o.type = type;
    o.frequency.value = freq;
    this.track(v, o, t0, t1);
    return o;
  }

  private noise(v: Voice, t0: number, t1: number) {
    const ctx = this.ctx!;
    const s = ctx.createBufferSource();
    s.buffer = this.noiseBuffer;
    s.loop = true;
    const offset = this.rand() * 1.5;
    s.start(t0, offset);
    s.stop(t1);
    v.sources.push(s);
    v.nodes.push(s);
    v.pending++;
    v.end = Math.max(v.end, t1);
    s.onended = () => {
      v.pending--;
      if (v.pending <= 0) this.release(v);
    };
    return s;
  }

  private gain(v: Voice, value = 0) {
    const g = this.ctx!.createGain();
    g.gain.value = value;
    v.nodes.push(g);
    return g;
  }

  private filter(v: Voice, type: BiquadFilterType, freq: number, q = 0.7) {
    const f = this.ctx!.createBiquadFilter();
    f.type = type;
    f.frequency.value = freq;
    f.Q.value = q;
    v.nodes.push(f);
    return f;
  }

  private grit(v: Voice) {
    const w = this.ctx!.createWaveShaper();
    w.curve = this.gritCurve;
    w.oversample = 'none';
    v.nodes.push(w);
    return w;
  }

  /** A sine (or other) LFO adding ±depth to `param`. */
  private lfo(v: Voice, rate: number, depth: number, param: AudioParam, t0: number, t1: number) {
    const o = this.osc(v, 'sine', rate, t0, t1);
    const g = this.gain(v, depth);
    o.connect(g);
    g.connect(param);
    return g;
  }

  /** Percussive envelope: quick rise to `peak`, exponential fall over `decay`. */
  private perc(p: AudioParam, t0: number, peak: number, attack: number, decay: number) {
    p.setValueAtTime(0.0001, t0);
    p.linearRampToValueAtTime(peak, t0 + attack);
    p.exponentialRampToValueAtTime(0.0001, t0 + attack + decay);
  }

  /** Held envelope: rise, hold, exponential release. */
  private hold(
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

  private sweep(p: AudioParam, t0: number, from: number, to: number, t1: number) {
    p.setValueAtTime(from, t0);
    p.exponentialRampToValueAtTime(to, t1);
  }

  /** ±cents of random detune, so repeats are not machine-identical. */
  private wobble(cents: number) {
    return 2 ** (((this.rand() * 2 - 1) * cents) / 1200);
  }

  // ---------------------------------------------------------------------------------------------
  // Weapons and combat

  /** Federation phaser: a bright, slightly buzzing sweep, sustained ~300 ms. */
  private phaser(t: number, level: number, pan: number, hit: boolean) {
    const v = this.voice('beam', t, level, pan);
    if (!v) return;
    const len = hit ? 0.3 : 0.22;
    const end = t + len + 0.08;
    const f0 = 1250 * this.wobble(30);
    const env = this.gain(v);
    this.hold(env.gain, t, 0.2, 0.012, len - 0.02, 0.07);
    const lp = this.filter(v, 'lowpass', 5200, 3);
    this.sweep(lp.frequency, t, 5600, 2400, t + len);
    // A fast shimmer on the level gives the beam its "energy" texture.
    const shimmer = this.gain(v, 1);
    this.lfo(v, 38, 0.25, shimmer.gain, t, end);
    lp.connect(env);
    env.connect(shimmer);
    shimmer.connect(v.out);
    // Two detuned saws, gliding down a little as the beam settles.
    for (const [ratio, type, amp] of [
      [1, 'sawtooth', 0.5],
      [1.502, 'sawtooth', 0.3],
      [0.5, 'triangle', 0.7],
    ] as const) {
      const o = this.osc(v, type, f0 * ratio, t, end);
      o.detune.value = (ratio - 1) * 10;
      this.sweep(o.frequency, t, f0 * ratio * 1.12, f0 * ratio * 0.92, t + len);
      const g = this.gain(v, amp);
      o.connect(g);
      g.connect(lp);
    }
    // A whisper of high sizzle.
    const n = this.noise(v, t, end);
    const hp = this.filter(v, 'bandpass', 7000, 1.2);
    const ng = this.gain(v);
    this.hold(ng.gain, t, 0.035, 0.01, len - 0.05, 0.06);
    n.connect(hp);
    hp.connect(ng);
    ng.connect(v.out);
  }

  /** Enemy disruptor: lower, greener and grittier — ring-modulated and softly saturated. */
  private disruptor(t: number, level: number, pan: number, hit: boolean) {
    const v = this.voice('disruptor', t, level, pan);
    if (!v) return;
    const len = hit ? 0.32 : 0.24;
    const end = t + len + 0.08;
    const f0 = 392 * this.wobble(40);
    const env = this.gain(v);
    this.hold(env.gain, t, 0.2, 0.015, len - 0.02, 0.07);
    const bp = this.filter(v, 'bandpass', 1400, 1.4);
    this.sweep(bp.frequency, t, 2200, 900, t + len);
    const ring = this.gain(v, 0.5);
    const shaper = this.grit(v);
    ring.connect(shaper);
    shaper.connect(bp);
    bp.connect(env);
    env.connect(v.out);
    for (const [ratio, type, amp] of [
      [1, 'square', 0.45],
      [1.498, 'sawtooth', 0.35],
    ] as const) {
      const o = this.osc(v, type, f0 * ratio, t, end);
      this.sweep(o.frequency, t, f0 * ratio * 1.08, f0 * ratio * 0.85, t + len);
      // Warbling vibrato.
      this.lfo(v, 17, f0 * ratio * 0.03, o.frequency, t, end);
      const g = this.gain(v, amp);
      o.connect(g);
      g.connect(ring);
    }
    // Ring modulation: the carrier's level swings at an audio rate (metallic grit).
    this.lfo(v, 113, 0.5, ring.gain, t, end);
    // Crackle.
    const n = this.noise(v, t, end);
    const nf = this.filter(v, 'bandpass', 2600, 2);
    const ng = this.gain(v);
    this.hold(ng.gain, t, 0.08, 0.01, len - 0.05, 0.06);
    n.connect(nf);
    nf.connect(ng);
    ng.connect(v.out);
  }

  /** Ground phaser rifle: a short bright zap (hostile: lower and buzzier). */
  private rifle(t: number, level: number, pan: number, hostile: boolean) {
    const v = this.voice(hostile ? 'enemyRifle' : 'rifle', t, level, pan);
    if (!v) return;
    const len = hostile ? 0.16 : 0.13;
    const f0 = (hostile ? 1300 : 2300) * this.wobble(50);
    const f1 = hostile ? 330 : 620;
    const env = this.gain(v);
    this.perc(env.gain, t, 0.42, 0.004, len + 0.04);
    const lp = this.filter(v, 'lowpass', hostile ? 3000 : 5200, 1.5);
    lp.connect(env);
    env.connect(v.out);
    const o = this.osc(v, hostile ? 'square' : 'sawtooth', f0, t, t + len + 0.02);
    this.sweep(o.frequency, t, f0, f1, t + len);
    const o2 = this.osc(v, 'triangle', f0 * 0.5, t, t + len + 0.02);
    this.sweep(o2.frequency, t, f0 * 0.5, f1 * 0.5, t + len);
    const g2 = this.gain(v, 0.6);
    o2.connect(g2);
    if (hostile) {
      const s = this.grit(v);
      o.connect(s);
      g2.connect(s);
      s.connect(lp);
    } else {
      o.connect(lp);
      g2.connect(lp);
    }
    // Click at the muzzle.
    const n = this.noise(v, t, t + 0.04);
    const hp = this.filter(v, 'highpass', 3000, 0.7);
    const ng = this.gain(v);
    this.perc(ng.gain, t, 0.12, 0.002, 0.03);
    n.connect(hp);
    hp.connect(ng);
    ng.connect(v.out);
  }

  /** Photon torpedo launch: a whoosh and a falling tone, over a soft thump. */
  private torpedo(t: number, level: number, pan: number) {
    const v = this.voice('torpedo', t, level, pan);
    if (!v) return;
    const end = t + 0.6;
    // Whoosh: noise through a band that falls.
    const n = this.noise(v, t, end);
    const bp = this.filter(v, 'bandpass', 2500, 1.6);
    this.sweep(bp.frequency, t, 3400, 350, t + 0.5);
    const ng = this.gain(v);
    this.perc(ng.gain, t, 0.35, 0.02, 0.5);
    n.connect(bp);
    bp.connect(ng);
    ng.connect(v.out);
    // The photon "pew-oom": a sine dropping two octaves and more.
    const f0 = 1500 * this.wobble(40);
    const o = this.osc(v, 'sine', f0, t, end);
    this.sweep(o.frequency, t, f0, 160, t + 0.38);
    const og = this.gain(v);
    this.perc(og.gain, t, 0.22, 0.008, 0.42);
    o.connect(og);
    og.connect(v.out);
    // Thump of the launcher.
    const th = this.osc(v, 'sine', 95, t, t + 0.3);
    this.sweep(th.frequency, t, 95, 42, t + 0.2);
    const tg = this.gain(v);
    this.perc(tg.gain, t, 0.45, 0.004, 0.22);
    th.connect(tg);
    tg.connect(v.out);
  }

  /** Explosion: a filtered noise burst over a low boom; 0 small … 3 the player's ship. */
  private explosion(t: number, level: number, pan: number, size: number) {
    const s = Math.max(0, Math.min(3, Math.round(Number.isFinite(size) ? size : 1)));
    const v = this.voice(`explosion${s}`, t, level, pan);
    if (!v) return;
    const spec = [
      { len: 0.35, cut: 2600, low: 300, peak: 0.35, boom: 130, boomLen: 0.22, boomPeak: 0.35 },
      { len: 0.75, cut: 2400, low: 180, peak: 0.45, boom: 110, boomLen: 0.45, boomPeak: 0.5 },
      { len: 1.6, cut: 2000, low: 110, peak: 0.5, boom: 90, boomLen: 0.9, boomPeak: 0.6 },
      { len: 2.6, cut: 1700, low: 80, peak: 0.55, boom: 80, boomLen: 1.4, boomPeak: 0.65 },
    ][s]!;
    const end = t + spec.len + 0.1;
    // Burst.
    const n = this.noise(v, t, end);
    const lp = this.filter(v, 'lowpass', spec.cut, 0.8);
    this.sweep(lp.frequency, t, spec.cut, spec.low, t + spec.len);
    const ng = this.gain(v);
    this.perc(ng.gain, t, spec.peak, 0.006, spec.len);
    n.connect(lp);
    lp.connect(ng);
    ng.connect(v.out);
    // Boom.
    const o = this.osc(v, 'sine', spec.boom, t, t + spec.boomLen + 0.05);
    this.sweep(o.frequency, t, spec.boom * this.wobble(60), 32, t + spec.boomLen);
    const og = this.gain(v);
    this.perc(og.gain, t, spec.boomPeak, 0.008, spec.boomLen);
    o.connect(og);
    og.connect(v.out);
    if (s >= 2) {
      // Ships break up: a second, later burst with crackle, and a long rumble.
      const t2 = t + 0.18;
      const n2 = this.noise(v, t2, end);
      const bp = this.filter(v, 'bandpass', 1400, 1.1);
      this.sweep(bp.frequency, t2, 1800, 400, t + spec.len);
      const g2 = this.gain(v);
      this.perc(g2.gain, t2, spec.peak * 0.55, 0.01, spec.len * 0.8);
      this.lfo(v, 23, 0.25, g2.gain, t2, end);
      n2.connect(bp);
      bp.connect(g2);
      g2.connect(v.out);
      const rumble = this.filter(v, 'lowpass', 140, 0.9);
      const rg = this.gain(v);
      this.perc(rg.gain, t, spec.peak * 0.9, 0.05, spec.len);
      n.connect(rumble);
      rumble.connect(rg);
      rg.connect(v.out);
    }
  }

  /** Shield hit: a resonant shimmer — noise ringing through tuned bands, plus a glassy tone. */
  private shieldHit(t: number, level: number, pan: number, facing: number) {
    const v = this.voice('shieldHit', t, level * 0.8, pan);
    if (!v) return;
    const end = t + 0.45;
    const base = 1320 * 2 ** ((((facing | 0) & 3) - 1.5) / 24) * this.wobble(25);
    const n = this.noise(v, t, t + 0.12);
    const ng = this.gain(v);
    this.perc(ng.gain, t, 0.9, 0.003, 0.1);
    n.connect(ng);
    for (const [ratio, q, amp] of [
      [1, 28, 2],
      [1.5, 24, 1.4],
      [2.25, 20, 0.9],
    ] as const) {
      const bp = this.filter(v, 'bandpass', base * ratio, q);
      this.sweep(bp.frequency, t, base * ratio * 1.06, base * ratio, t + 0.3);
      const g = this.gain(v, amp);
      ng.connect(bp);
      bp.connect(g);
      g.connect(v.out);
    }
    const o = this.osc(v, 'sine', base * 2, t, end);
    this.lfo(v, 9, base * 0.02, o.frequency, t, end);
    const og = this.gain(v);
    this.perc(og.gain, t, 0.14, 0.01, 0.4);
    o.connect(og);
    og.connect(v.out);
  }

  /** A character goes down: a low, soft thud. */
  private downed(t: number, level: number, pan: number) {
    const v = this.voice('downed', t, level, pan);
    if (!v) return;
    const o = this.osc(v, 'sine', 150, t, t + 0.35);
    this.sweep(o.frequency, t, 150 * this.wobble(40), 48, t + 0.25);
    const og = this.gain(v);
    this.perc(og.gain, t, 0.5, 0.005, 0.3);
    o.connect(og);
    og.connect(v.out);
    const n = this.noise(v, t, t + 0.15);
    const lp = this.filter(v, 'lowpass', 380, 1);
    const ng = this.gain(v);
    this.perc(ng.gain, t, 0.4, 0.003, 0.12);
    n.connect(lp);
    lp.connect(ng);
    ng.connect(v.out);
  }

  // ---------------------------------------------------------------------------------------------
  // Story moments

  /** Ability activation: a quick rising chime (root, fifth, octave) with an airy lift. */
  private ability(t: number, level: number, pan: number, ability: string) {
    const v = this.voice(`ability:${ability}`, t, level, pan);
    if (!v) return;
    const root = ABILITY_ROOT[ability] ?? 523.25;
    [1, 1.5, 2].forEach((ratio, i) => {
      const at = t + i * 0.07;
      this.bell(v, root * ratio, at, 0.15 - i * 0.02, 0.5 + i * 0.15);
    });
    const n = this.noise(v, t, t + 0.5);
    const bp = this.filter(v, 'bandpass', 1500, 3);
    this.sweep(bp.frequency, t, 1500, 7000, t + 0.4);
    const ng = this.gain(v);
    this.hold(ng.gain, t, 0.05, 0.15, 0.1, 0.2);
    n.connect(bp);
    bp.connect(ng);
    ng.connect(v.out);
  }

  /** A security field drops: an electric hum falling and closing down, with dying crackle. */
  private fieldDown(t: number, level: number, pan: number) {
    const v = this.voice('fieldDown', t, level, pan);
    if (!v) return;
    const len = 1.1;
    const end = t + len + 0.05;
    const lp = this.filter(v, 'lowpass', 2200, 4);
    this.sweep(lp.frequency, t, 2400, 160, t + len);
    const env = this.gain(v);
    this.hold(env.gain, t, 0.22, 0.02, 0.25, len - 0.3);
    // Mains-like buzz on the level.
    const buzz = this.gain(v, 0.7);
    this.lfo(v, 30, 0.3, buzz.gain, t, end);
    lp.connect(env);
    env.connect(buzz);
    buzz.connect(v.out);
    for (const [f, amp] of [
      [120, 0.5],
      [181, 0.35],
    ] as const) {
      const o = this.osc(v, 'sawtooth', f, t, end);
      this.sweep(o.frequency, t, f, f / 3, t + len);
      const g = this.gain(v, amp);
      o.connect(g);
      g.connect(lp);
    }
    const n = this.noise(v, t, t + 0.7);
    const bp = this.filter(v, 'bandpass', 3200, 3);
    const ng = this.gain(v);
    this.perc(ng.gain, t, 0.1, 0.01, 0.6);
    this.lfo(v, 19, 0.06, ng.gain, t, t + 0.7);
    n.connect(bp);
    bp.connect(ng);
    ng.connect(v.out);
  }

  /** T'Vala drops her disguise: an eerie, beating warble that bends down and back up. */
  private transform(t: number, level: number, pan: number) {
    const v = this.voice('transform', t, level, pan);
    if (!v) return;
    const len = 1.7;
    const end = t + len + 0.05;
    const bp = this.filter(v, 'bandpass', 900, 1.8);
    this.sweep(bp.frequency, t, 500, 1800, t + len);
    const env = this.gain(v);
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
      const o = this.osc(v, type, f, t, end);
      o.frequency.setValueAtTime(f, t);
      o.frequency.exponentialRampToValueAtTime(f * 0.84, t + 0.8);
      o.frequency.exponentialRampToValueAtTime(f * 1.12, t + len);
      // Vibrato that deepens as she changes.
      const depth = this.lfo(v, 5.5, 0, o.frequency, t, end);
      depth.gain.setValueAtTime(0, t);
      depth.gain.linearRampToValueAtTime(f * 0.04, t + 1.2);
      const g = this.gain(v, 0.45);
      o.connect(g);
      g.connect(bp);
    }
    // A second, dry sine a tritone up for unease.
    const o = this.osc(v, 'sine', 440, t + 0.3, end);
    this.lfo(v, 3.1, 14, o.frequency, t + 0.3, end);
    const og = this.gain(v);
    og.gain.setValueAtTime(0.0001, t + 0.3);
    og.gain.linearRampToValueAtTime(0.06, t + 0.9);
    og.gain.exponentialRampToValueAtTime(0.0001, t + len);
    o.connect(og);
    og.connect(v.out);
  }

  /** Someone beamed out: a transporter shimmer — high twinkling partials over rising air. */
  private rescued(t: number, level: number, pan: number) {
    const v = this.voice('rescued', t, level, pan);
    if (!v) return;
    const len = 1.5;
    const end = t + len + 0.05;
    const sparkle = this.gain(v, 0.6);
    sparkle.connect(v.out);
    this.lfo(v, 14, 0.4, sparkle.gain, t, end);
    const env = this.gain(v);
    env.gain.setValueAtTime(0.0001, t);
    env.gain.linearRampToValueAtTime(0.055, t + 0.35);
    env.gain.setValueAtTime(0.055, t + 0.9);
    env.gain.exponentialRampToValueAtTime(0.0001, t + len);
    env.connect(sparkle);
    for (const f of [2093, 2637, 3136, 3951, 4699]) {
      const o = this.osc(v, 'sine', f * this.wobble(15), t, end);
      this.lfo(v, 4 + this.rand() * 5, f * 0.006, o.frequency, t, end);
      o.connect(env);
    }
    const n = this.noise(v, t, end);
    const bp = this.filter(v, 'bandpass', 3000, 2);
    this.sweep(bp.frequency, t, 2500, 9000, t + len);
    const ng = this.gain(v);
    ng.gain.setValueAtTime(0.0001, t);
    ng.gain.linearRampToValueAtTime(0.08, t + 0.4);
    ng.gain.exponentialRampToValueAtTime(0.0001, t + len);
    n.connect(bp);
    bp.connect(ng);
    ng.connect(sparkle);
    const rise = this.osc(v, 'triangle', 600, t, end);
    this.sweep(rise.frequency, t, 600, 1200, t + len);
    const rg = this.gain(v);
    rg.gain.setValueAtTime(0.0001, t);
    rg.gain.linearRampToValueAtTime(0.05, t + 0.5);
    rg.gain.exponentialRampToValueAtTime(0.0001, t + len);
    rise.connect(rg);
    rg.connect(v.out);
  }

  // ---------------------------------------------------------------------------------------------
  // Interface

  /** A soft bell: a sine with a quiet inharmonic overtone. */
  private bell(v: Voice, f: number, t: number, peak: number, decay: number) {
    const o = this.osc(v, 'sine', f, t, t + decay + 0.05);
    const g = this.gain(v);
    this.perc(g.gain, t, peak, 0.005, decay);
    o.connect(g);
    g.connect(v.out);
    const o2 = this.osc(v, 'sine', f * 2.76, t, t + decay * 0.5 + 0.05);
    const g2 = this.gain(v);
    this.perc(g2.gain, t, peak * 0.18, 0.003, decay * 0.45);
    o2.connect(g2);
    g2.connect(v.out);
  }

  private click(t: number) {
    const v = this.voice('ui', t, 1, 0, true);
    if (!v) return;
    const o = this.osc(v, 'triangle', 1500, t, t + 0.06);
    this.sweep(o.frequency, t, 1700, 1100, t + 0.04);
    const g = this.gain(v);
    this.perc(g.gain, t, 0.25, 0.002, 0.05);
    o.connect(g);
    g.connect(v.out);
  }

  /** Objective complete: a two-note rising chime (G5, D6). */
  private objective(t: number) {
    const v = this.voice('ui:objective', t, 1, 0, true);
    if (!v) return;
    this.bell(v, 783.99, t, 0.2, 0.6);
    this.bell(v, 1174.66, t + 0.13, 0.2, 0.9);
  }

  /** Accolade: a three-note brassy fanfare (C5 E5 G5, the last held). */
  private accolade(t: number) {
    const v = this.voice('ui:accolade', t, 1, 0, true);
    if (!v) return;
    const notes: [number, number, number][] = [
      [523.25, 0, 0.12],
      [659.25, 0.14, 0.12],
      [783.99, 0.28, 0.55],
    ];
    for (const [f, at, len] of notes) {
      const t0 = t + at;
      const lp = this.filter(v, 'lowpass', 900, 2);
      lp.frequency.setValueAtTime(700, t0);
      lp.frequency.linearRampToValueAtTime(3200, t0 + 0.05);
      lp.frequency.exponentialRampToValueAtTime(1300, t0 + len);
      const g = this.gain(v);
      this.hold(g.gain, t0, 0.1, 0.02, len - 0.04, 0.18);
      lp.connect(g);
      g.connect(v.out);
      for (const d of [-6, 6]) {
        const o = this.osc(v, 'sawtooth', f, t0, t0 + len + 0.2);
        o.detune.value = d;
        o.connect(lp);
      }
      const sub = this.osc(v, 'triangle', f / 2, t0, t0 + len + 0.2);
      const sg = this.gain(v, 0.7);
      sub.connect(sg);
      sg.connect(lp);
    }
  }

  /** Failure: a low, soft descending minor third (B♭3 to G3). */
  private failTune(t: number) {
    const v = this.voice('ui:fail', t, 1, 0, true);
    if (!v) return;
    for (const [f, at, len] of [
      [233.08, 0, 0.28],
      [196, 0.3, 0.7],
    ] as const) {
      const t0 = t + at;
      const lp = this.filter(v, 'lowpass', 900, 0.8);
      const g = this.gain(v);
      this.hold(g.gain, t0, 0.14, 0.02, len * 0.5, len * 0.5);
      lp.connect(g);
      g.connect(v.out);
      const o = this.osc(v, 'triangle', f, t0, t0 + len + 0.05);
      const o2 = this.osc(v, 'sawtooth', f, t0, t0 + len + 0.05);
      o2.detune.value = 5;
      const g2 = this.gain(v, 0.25);
      o.connect(lp);
      o2.connect(g2);
      g2.connect(lp);
    }
  }

  /** Incoming hail: a two-part comm chirp. */
  private hail(t: number) {
    const v = this.voice('ui:hail', t, 1, 0, true);
    if (!v) return;
    for (const [f0, f1, at, len] of [
      [1250, 1870, 0, 0.07],
      [1560, 2490, 0.1, 0.09],
    ] as const) {
      const t0 = t + at;
      const o = this.osc(v, 'sine', f0, t0, t0 + len + 0.06);
      this.sweep(o.frequency, t0, f0, f1, t0 + len);
      const g = this.gain(v);
      this.hold(g.gain, t0, 0.14, 0.006, len - 0.01, 0.05);
      o.connect(g);
      g.connect(v.out);
      const o2 = this.osc(v, 'triangle', f0 * 2, t0, t0 + len + 0.06);
      this.sweep(o2.frequency, t0, f0 * 2, f1 * 2, t0 + len);
      const g2 = this.gain(v);
      this.hold(g2.gain, t0, 0.025, 0.006, len - 0.01, 0.04);
      o2.connect(g2);
      g2.connect(v.out);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Ambient beds

  private buildAmbient(kind: AmbientKind, now: number): Ambient {
    const ctx = this.ctx!;
    const spec = PADS[kind];
    const nodes: AudioNode[] = [];
    const sources: AudioScheduledSourceNode[] = [];
    const node = <T extends AudioNode>(n: T): T => {
      nodes.push(n);
      return n;
    };
    const source = <T extends AudioScheduledSourceNode>(n: T): T => {
      node(n);
      sources.push(n);
      n.start(now);
      return n;
    };
    const lfo = (rate: number, depth: number, param: AudioParam) => {
      const o = source(ctx.createOscillator());
      o.frequency.value = rate;
      const g = node(ctx.createGain());
      g.gain.value = depth;
      o.connect(g);
      g.connect(param);
    };

    const out = node(ctx.createGain());
    out.gain.setValueAtTime(0.0001, now);
    out.gain.linearRampToValueAtTime(1, now + CROSSFADE);
    out.connect(this.music!);

    const lp = node(ctx.createBiquadFilter());
    lp.type = 'lowpass';
    lp.frequency.value = spec.cutoff;
    lp.Q.value = spec.q;
    lfo(spec.cutoffRate, spec.cutoffDepth, lp.frequency);
    const padGain = node(ctx.createGain());
    padGain.gain.value = spec.level;
    lp.connect(padGain);
    padGain.connect(out);

    // Each note breathes at its own slow rate, so the chord's colour keeps shifting.
    const rates = [0.031, 0.047, 0.059, 0.073];
    spec.notes.forEach((f, i) => {
      const g = node(ctx.createGain());
      g.gain.value = 0.6;
      lfo(rates[i % rates.length]!, 0.38, g.gain);
      g.connect(lp);
      for (const d of [-spec.detune, spec.detune]) {
        const o = source(ctx.createOscillator());
        o.type = spec.wave;
        o.frequency.value = f;
        o.detune.value = d;
        // A very slow drift of the detune keeps the chorus moving.
        lfo(0.05 + i * 0.013, spec.detune * 0.6, o.detune);
        o.connect(g);
      }
    });

    if (spec.sub) {
      const o = source(ctx.createOscillator());
      o.frequency.value = spec.sub.freq;
      const g = node(ctx.createGain());
      g.gain.value = spec.sub.level;
      lfo(0.021, spec.sub.level * 0.4, g.gain);
      o.connect(g);
      g.connect(out);
    }
    if (spec.hum && this.noiseBuffer) {
      const n = node(ctx.createBufferSource());
      n.buffer = this.noiseBuffer;
      n.loop = true;
      n.start(now, this.rand());
      sources.push(n);
      const f = node(ctx.createBiquadFilter());
      f.type = 'lowpass';
      f.frequency.value = spec.hum.freq;
      f.Q.value = spec.hum.q;
      const g = node(ctx.createGain());
      g.gain.value = spec.level * spec.hum.level;
      lfo(0.09, spec.level * spec.hum.level * 0.3, g.gain);
      n.connect(f);
      f.connect(g);
      g.connect(out);
    }
    return { kind, gain: out, nodes, sources };
  }

  private fadeOutAmbient(a: Ambient, now: number) {
    a.gain.gain.cancelScheduledValues(now);
    a.gain.gain.setTargetAtTime(0, now, CROSSFADE / 4);
    const stopAt = now + CROSSFADE * 1.6;
    let pending = a.sources.length;
    for (const s of a.sources) {
      s.onended = () => {
        pending--;
        if (pending <= 0) this.releaseAmbient(a);
      };
      s.stop(stopAt);
    }
  }

  private releaseAmbient(a: Ambient) {
    for (const s of a.sources) {
      s.onended = null;
      try {
        s.stop();
      } catch {
        // already stopped
      }
    }
    for (const n of a.nodes) n.disconnect();
    a.sources.length = 0;
    a.nodes.length = 0;
  }
}

function isOffline(ctx: BaseAudioContext): boolean {
  return typeof (ctx as Partial<OfflineAudioContext>).startRendering === 'function';
}
