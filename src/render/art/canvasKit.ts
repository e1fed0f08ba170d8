import Phaser from 'phaser';
import type { ArtCache } from '../artCache';
import { ART_CACHE } from '../keys';
import { seeded } from '../textures';

/**
 * Shared drawing kit for the generated art: every texture is painted with the Canvas 2D API
 * into a Phaser CanvasTexture (gradients, arcs, compositing), then uploaded once. Works with
 * both the WebGL and the Canvas renderer. Randomness (window lights, grime) comes from the
 * seeded PRNG so every load paints the same pictures.
 */

export type Ctx = CanvasRenderingContext2D;
export type Pt = readonly [number, number];

export interface BakeOptions {
  /** A repeating tile (floor, wall, field): keep REPEAT wrapping; otherwise clamp the edges. */
  tile?: boolean;
}

/**
 * Paints `draw` into a new canvas texture `key` of w×h pixels and uploads it; a picture kept
 * from an earlier visit (the scene registry's `ART_CACHE`) is drawn instead of painting.
 */
export function bakeCanvas(
  scene: Phaser.Scene,
  key: string,
  w: number,
  h: number,
  draw: (ctx: Ctx) => void,
  options: BakeOptions = {},
): void {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(key, w, h);
  if (!texture) throw new Error(`could not create texture ${key}`);
  const ctx = texture.getContext();
  const cache = scene.registry.get(ART_CACHE) as ArtCache | undefined;
  const kept = cache?.get(key, w, h);
  if (kept) ctx.drawImage(kept, 0, 0);
  else {
    ctx.save();
    draw(ctx);
    ctx.restore();
    cache?.keep(key, texture.getCanvas());
  }
  texture.refresh();
  // Phaser 4 + WebGL: power-of-two textures default to REPEAT, which makes linear filtering
  // sample the opposite edge (a halo round sprites). Clamp sprites; tiles keep REPEAT.
  const mode = options.tile
    ? Phaser.Textures.WrapMode.REPEAT
    : Phaser.Textures.WrapMode.CLAMP_TO_EDGE;
  texture.setWrap(mode, mode);
}

/** An off-screen canvas for intermediate layers (noise, per-pixel planets). */
export function offscreen(w: number, h: number): { canvas: HTMLCanvasElement; ctx: Ctx } {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return { canvas, ctx };
}

/** `#rrggbb` colour number → CSS rgba() string. */
export function rgba(hex: number, alpha = 1): string {
  return `rgba(${(hex >> 16) & 255},${(hex >> 8) & 255},${hex & 255},${alpha})`;
}

/** Scales a colour towards black (f < 1) or white (f > 1). */
export function shade(hex: number, f: number): number {
  const ch = (c: number) => {
    const v = f <= 1 ? c * f : c + (255 - c) * (f - 1);
    return Math.max(0, Math.min(255, Math.round(v)));
  };
  return (ch((hex >> 16) & 255) << 16) | (ch((hex >> 8) & 255) << 8) | ch(hex & 255);
}

/** A soft round glow: `color` at the centre fading to transparent at radius r. */
export function glow(ctx: Ctx, x: number, y: number, r: number, color: number, alpha = 1): void {
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, rgba(color, alpha));
  g.addColorStop(0.35, rgba(color, alpha * 0.45));
  g.addColorStop(1, rgba(color, 0));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

/** A light: a bright core dot with a glow round it. */
export function light(ctx: Ctx, x: number, y: number, r: number, color: number, alpha = 1): void {
  glow(ctx, x, y, r * 3, color, alpha * 0.5);
  ctx.fillStyle = rgba(shade(color, 1.5), alpha);
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

/** Path through points (closed). */
export function polyPath(ctx: Ctx, pts: readonly Pt[]): void {
  ctx.beginPath();
  pts.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.closePath();
}

/** Smooth closed path through points (quadratic curves through the mid-points). */
export function smoothPath(ctx: Ctx, pts: readonly Pt[]): void {
  ctx.beginPath();
  const n = pts.length;
  const mid = (i: number): Pt => {
    const a = pts[i % n]!;
    const b = pts[(i + 1) % n]!;
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  const start = mid(n - 1);
  ctx.moveTo(start[0], start[1]);
  for (let i = 0; i < n; i++) {
    const p = pts[i]!;
    const m = mid(i);
    ctx.quadraticCurveTo(p[0], p[1], m[0], m[1]);
  }
  ctx.closePath();
}

/** Mirror a half outline (y ≥ 0, listed nose to tail) into a closed, symmetric outline. */
export function mirrored(half: readonly Pt[]): Pt[] {
  const back = [...half].reverse().map(([x, y]): Pt => [x, -y]);
  return [...half, ...back];
}

/** Run `fn` nine times, shifted by ±size, so anything crossing an edge wraps (seamless tiles). */
export function wrapped(ctx: Ctx, size: number, fn: () => void): void {
  for (const dx of [-size, 0, size]) {
    for (const dy of [-size, 0, size]) {
      ctx.save();
      ctx.translate(dx, dy);
      fn();
      ctx.restore();
    }
  }
}

/**
 * Periodic value noise (fractal, `octaves` layers), values 0..1 on a size×size grid. The base
 * lattice has `cells` cells across and wraps, so the field tiles seamlessly. Made one octave per
 * `step()` (a large field over several frames), or all at once by `field()`.
 */
export class NoiseField {
  private readonly out: Float32Array;
  private readonly rnd: () => number;
  private o = 0;
  private amp = 1;
  private total = 0;
  private finished = false;

  constructor(
    private readonly size: number,
    private readonly cells: number,
    seed: number,
    private readonly octaves = 4,
  ) {
    this.out = new Float32Array(size * size);
    this.rnd = seeded(seed);
  }

  /** Adds the next octave (nothing once all are in). */
  step(): void {
    if (this.o >= this.octaves) return;
    const { size, out, rnd, amp } = this;
    const n = this.cells << this.o;
    const lattice = new Float32Array(n * n);
    for (let i = 0; i < lattice.length; i++) lattice[i] = rnd();
    const at = (x: number, y: number) => lattice[((y + n) % n) * n + ((x + n) % n)]!;
    for (let py = 0; py < size; py++) {
      const fy = (py / size) * n;
      const y0 = Math.floor(fy);
      const ty = fy - y0;
      const sy = ty * ty * (3 - 2 * ty);
      for (let px = 0; px < size; px++) {
        const fx = (px / size) * n;
        const x0 = Math.floor(fx);
        const tx = fx - x0;
        const sx = tx * tx * (3 - 2 * tx);
        const a = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * sx;
        const b = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * sx;
        const i = py * size + px;
        out[i] = out[i]! + (a + (b - a) * sy) * amp;
      }
    }
    this.total += amp;
    this.amp = amp * 0.5;
    this.o += 1;
  }

  /** The finished field (the octaves not added yet are added now). */
  field(): Float32Array {
    while (this.o < this.octaves) this.step();
    if (!this.finished) {
      const { out, total } = this;
      for (let i = 0; i < out.length; i++) out[i] = out[i]! / total;
      this.finished = true;
    }
    return this.out;
  }
}

export function noiseField(size: number, cells: number, seed: number, octaves = 4): Float32Array {
  return new NoiseField(size, cells, seed, octaves).field();
}

/** Turns a noise field into a canvas, colouring each value with `paint` → [r, g, b, a]. */
export function fieldCanvas(
  field: Float32Array,
  size: number,
  paint: (v: number) => readonly [number, number, number, number],
): HTMLCanvasElement {
  const { canvas, ctx } = offscreen(size, size);
  const img = ctx.createImageData(size, size);
  for (let i = 0; i < field.length; i++) {
    const [r, g, b, a] = paint(field[i]!);
    img.data[i * 4] = r;
    img.data[i * 4 + 1] = g;
    img.data[i * 4 + 2] = b;
    img.data[i * 4 + 3] = a;
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** A grime layer (dark blotches, alpha from noise): draw it over a surface with source-atop. */
export function grime(size: number, cells: number, seed: number, strength: number) {
  return grimeOf(noiseField(size, cells, seed, 4), size, strength);
}

/** The grime layer of a noise field made beforehand (`new NoiseField(size, cells, seed, 4)`). */
export function grimeOf(field: Float32Array, size: number, strength: number) {
  return fieldCanvas(field, size, (v) => {
    const a = Math.max(0, Math.min(1, (v - 0.35) * 1.8)) * strength;
    return [20, 14, 8, Math.round(a * 255)];
  });
}

/**
 * Shade everything already drawn as if lit from the upper left: a diagonal highlight/shadow
 * painted only over existing pixels.
 */
export function lightFromUpperLeft(ctx: Ctx, w: number, h: number, strength = 0.35): void {
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop';
  const g = ctx.createLinearGradient(0, 0, w, h);
  g.addColorStop(0, `rgba(255,245,225,${strength * 0.6})`);
  g.addColorStop(0.5, 'rgba(0,0,0,0)');
  g.addColorStop(1, `rgba(0,0,0,${strength})`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
}

/** Soft drop shadow under a shape: calls `shape` to fill a blurred dark copy, offset. */
export function dropShadow(
  ctx: Ctx,
  dx: number,
  dy: number,
  blur: number,
  alpha: number,
  shape: () => void,
): void {
  ctx.save();
  ctx.shadowColor = `rgba(0,0,0,${alpha})`;
  ctx.shadowBlur = blur;
  ctx.shadowOffsetX = dx;
  ctx.shadowOffsetY = dy;
  ctx.fillStyle = 'rgba(0,0,0,1)';
  shape();
  ctx.fill();
  ctx.restore();
}
