/**
 * SoundBoard: the engine that plays the game's sounds, synthesised at run time with the Web
 * Audio API (no audio files, nothing fetched). What each sound is lives apart, in
 * soundRecipes.ts (keyed by sound name); which sound an event of the world makes, and where,
 * in soundCues.ts (from the archetypes' data). This file owns the context, the buses, the
 * voices and where a sound sits in the stereo field.
 *
 * Graph: voices → (stereo pan) → effects bus ┐
 *        ambient pads ─────────→ music bus  ┴→ master → soft limiter → speakers
 *
 * - No AudioContext exists until the first `resume()` (call it from a user gesture: browsers
 *   start contexts suspended and warn when one is made too early). Before that, `play()`, `ui()`
 *   and `startAmbient()` only remember what they need (the ambient kind) and make no sound.
 * - Every public method is a no-op, never a throw, when Web Audio is missing or fails, and for
 *   a sound name no recipe has.
 * - CPU stays low: at most MAX_VOICES effect voices (the oldest is stolen), repeats of one sound
 *   closer than a few milliseconds are merged, one shared noise buffer, and every node of a
 *   voice is disconnected when its last source ends.
 *
 * Positions: a cue with a position is attenuated by its distance from the listener and panned
 * by the horizontal offset; one without plays at full volume, centred. Ground maps are smaller
 * than space, so distances count 2.5× while a 'ground' ambient is chosen.
 */
import { recipeOf, type SoundCue, type Synth, UI_RECIPES, type UiSound } from './soundRecipes';

export type { SoundCue, UiSound };
export type AmbientKind = 'space' | 'ground' | 'title';
export interface Volumes {
  master: number;
  effects: number;
  music: number;
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
  /** What recipes may use: the node makers below, each tied to a voice. */
  private readonly synth: Synth = {
    voice: (key, t, level, pan, ui) => this.voice(key, t, level, pan, ui),
    osc: (v, type, freq, t0, t1) => this.osc(v as Voice, type, freq, t0, t1),
    noise: (v, t0, t1) => this.noise(v as Voice, t0, t1),
    gain: (v, value) => this.gain(v as Voice, value),
    filter: (v, type, freq, q) => this.filter(v as Voice, type, freq, q),
    grit: (v) => this.grit(v as Voice),
    lfo: (v, rate, depth, param, t0, t1) => this.lfo(v as Voice, rate, depth, param, t0, t1),
    rand: () => this.rand(),
  };

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

  /**
   * One sound of the world, attenuated and panned by its distance from the listener (a cue
   * without a position: full volume, centred). A name no recipe has is ignored.
   */
  play(cue: SoundCue, listener: { x: number; y: number }): void {
    const ctx = this.live();
    if (!ctx || !cue) return;
    try {
      const recipe = recipeOf(cue.sound);
      if (!recipe) return;
      const at =
        typeof cue.x === 'number' && typeof cue.y === 'number' ? { x: cue.x, y: cue.y } : null;
      const { level, pan } = this.place(at, listener);
      if (level < 0.02) return;
      recipe(this.synth, ctx.currentTime + 0.005, level, pan, cue);
    } catch {
      // never throw
    }
  }

  /** Interface sounds: always centred, full volume (effects bus). */
  ui(name: UiSound): void {
    const ctx = this.live();
    if (!ctx) return;
    try {
      const recipe = Object.hasOwn(UI_RECIPES, name) ? UI_RECIPES[name] : undefined;
      recipe?.(this.synth, ctx.currentTime + 0.005);
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

  /** A sine LFO adding ±depth to `param`. */
  private lfo(v: Voice, rate: number, depth: number, param: AudioParam, t0: number, t1: number) {
    const o = this.osc(v, 'sine', rate, t0, t1);
    const g = this.gain(v, depth);
    o.connect(g);
    g.connect(param);
    return g;
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
