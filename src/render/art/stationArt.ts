import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import { seeded } from '../textures';
import {
  bakeCanvas,
  type Ctx,
  dropShadow,
  glow,
  grime,
  grimeOf,
  light,
  lightFromUpperLeft,
  NoiseField,
  noiseField,
  offscreen,
  rgba,
  shade,
} from './canvasKit';

/**
 * Deep Space 9 from above, the planet Bajor, and the station's weapon emplacements.
 *
 * The station texture is 2048 px for an 1800-unit station: the scene draws it centred on the
 * station's world position with scale DS9_TOP_SCALE. Everything here is laid out in world units
 * (matching the collision data of the space map) and converted with `K` px per unit.
 */

export const DS9_TOP_SIZE = 1024;
/** World units the ds9Top texture covers edge to edge. */
export const DS9_TOP_WORLD = 1800;
/** Scale to apply to the ds9Top image so its pixels map to world units. */
export const DS9_TOP_SCALE = DS9_TOP_WORLD / DS9_TOP_SIZE;

const K = DS9_TOP_SIZE / DS9_TOP_WORLD;
const C = DS9_TOP_SIZE / 2;
const DEG = Math.PI / 180;

/** Layout of the station in world units (y points down, angle 0 = +x). */
export const DS9_LAYOUT = {
  coreRadius: 200,
  habitatRing: { radius: 430, width: 86 },
  dockingRing: { radius: 532, width: 38 },
  /** Pylon tips reach ~840 units; collision circles sit on the radial line 640–800. */
  upperPylons: [-90, 30, 150],
  lowerPylons: [-30, 90, 210],
  /** Crossover bridges from the core to the docking ring. */
  bridges: [0, 120, 240],
  /** Weapon towers on the habitat ring (the emplacement sprites go here). */
  towers: Array.from({ length: 12 }, (_, i) => 15 + i * 30),
} as const;

const HULL = 0x8e7b60;
const HULL_LIGHT = 0xbfa986;
const HULL_DARK = 0x4a4236;
const OCHRE = 0xa8803e;
const AMBER = 0xffc46b;
const WHITE_LIGHT = 0xfff1d6;

/** World polar (r units, angle degrees, sideways offset s units) → texture pixels. */
function polar(r: number, deg: number, s = 0): [number, number] {
  const a = deg * DEG;
  const c = Math.cos(a);
  const n = Math.sin(a);
  return [C + K * (r * c - s * n), C + K * (r * n + s * c)];
}

/** A ring as a thick stroked circle with a tube-like radial gradient. */
function ring(ctx: Ctx, radius: number, width: number, stops: readonly [number, number][]) {
  const r0 = (radius - width / 2) * K;
  const r1 = (radius + width / 2) * K;
  const g = ctx.createRadialGradient(C, C, r0, C, C, r1);
  for (const [t, col] of stops) g.addColorStop(t, rgba(col));
  ctx.strokeStyle = g;
  ctx.lineWidth = width * K;
  ctx.beginPath();
  ctx.arc(C, C, radius * K, 0, Math.PI * 2);
  ctx.stroke();
}

/** Thin concentric groove. */
function groove(ctx: Ctx, radius: number, color: number, alpha: number, width = 1.2) {
  ctx.strokeStyle = rgba(color, alpha);
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(C, C, radius * K, 0, Math.PI * 2);
  ctx.stroke();
}

/** Short radial panel lines between two radii, every `step` degrees. */
function radialLines(
  ctx: Ctx,
  r0: number,
  r1: number,
  step: number,
  offset: number,
  color: number,
  alpha: number,
  width = 1.2,
) {
  ctx.strokeStyle = rgba(color, alpha);
  ctx.lineWidth = width;
  ctx.beginPath();
  for (let d = offset; d < 360 + offset; d += step) {
    const [x0, y0] = polar(r0, d);
    const [x1, y1] = polar(r1, d);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
}

/** Hull plates of slightly different tones between two radii (Cardassian patchwork). */
function platePatches(
  ctx: Ctx,
  rnd: () => number,
  r0: number,
  r1: number,
  stepDeg: number,
  chance: number,
) {
  const tones = [0xc09050, 0x6a5a48, 0xd0b890, 0x8a6a3a, 0x3a3228] as const;
  ctx.lineWidth = (r1 - r0) * K;
  for (let d = 0; d < 360; d += stepDeg) {
    if (rnd() > chance) continue;
    const tone = tones[Math.floor(rnd() * tones.length)] ?? tones[0];
    ctx.strokeStyle = rgba(tone, 0.12 + 0.16 * rnd());
    ctx.beginPath();
    ctx.arc(C, C, ((r0 + r1) / 2) * K, d * DEG, (d + stepDeg * (1 + Math.floor(rnd() * 2))) * DEG);
    ctx.stroke();
  }
}

/** A row of window lights along a circle (some dark, mostly amber, a few white). */
function windowRow(
  ctx: Ctx,
  rnd: () => number,
  radius: number,
  stepDeg: number,
  size: number,
  density: number,
) {
  for (let d = rnd() * stepDeg; d < 360; d += stepDeg) {
    if (rnd() > density) continue;
    const [x, y] = polar(radius, d);
    const col = rnd() < 0.8 ? AMBER : WHITE_LIGHT;
    const a = 0.55 + 0.45 * rnd();
    ctx.fillStyle = rgba(col, a * 0.25);
    ctx.fillRect(x - size * 1.5, y - size * 1.5, size * 3, size * 3);
    ctx.fillStyle = rgba(col, a);
    ctx.fillRect(x - size / 2, y - size / 2, size, size);
  }
}

/** Centre line and half-width of a docking pylon at parameter t ∈ [0, 1] (world units). */
function pylonFrame(t: number, hook: number): { r: number; s: number; half: number } {
  // Cubic Bézier in (radius, sideways): out from the docking ring with a slight bend, past the
  // tip radius (~840 units with its width), then curling back and sideways like a claw.
  const k = hook / 46;
  const p = [
    [515, 0],
    [700, -20 * k],
    [915, -10 * k],
    [800, 46 * k],
  ] as const;
  const u = 1 - t;
  const w0 = u * u * u;
  const w1 = 3 * u * u * t;
  const w2 = 3 * u * t * t;
  const w3 = t * t * t;
  const r = w0 * p[0][0] + w1 * p[1][0] + w2 * p[2][0] + w3 * p[3][0];
  const s = w0 * p[0][1] + w1 * p[1][1] + w2 * p[2][1] + w3 * p[3][1];
  const half = 7 + 31 * u ** 1.2;
  return { r, s, half };
}

/**
 * Outline of a pylon: the centre line offset by ±half·scale, plus `shift` sideways (units).
 * Starts at t0 so the upper pylons can begin on the docking ring.
 */
function pylonPath(ctx: Ctx, deg: number, hook: number, scale = 1, shift = 0, t0 = 0) {
  const steps = 56;
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = t0 + ((1 - t0) * i) / steps;
    const f = pylonFrame(t, hook);
    const f2 = pylonFrame(Math.min(1, t + 0.01), hook);
    const f1 = pylonFrame(Math.max(0, t - 0.01), hook);
    // Unit normal of the centre line in (r, s) space.
    const dr = f2.r - f1.r;
    const ds = f2.s - f1.s;
    const len = Math.hypot(dr, ds) || 1;
    const nr = -ds / len;
    const ns = dr / len;
    const h = f.half * scale;
    left.push(polar(f.r + nr * (h + shift), deg, f.s + ns * (h + shift)));
    right.push(polar(f.r - nr * (h - shift), deg, f.s - ns * (h - shift)));
  }
  ctx.beginPath();
  left.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  // Rounded tip.
  const tip = pylonFrame(1, hook);
  const [tx, ty] = polar(tip.r + 4, deg, tip.s + 4 * Math.sign(hook));
  const last = right[right.length - 1]!;
  ctx.quadraticCurveTo(tx, ty, last[0], last[1]);
  for (let i = right.length - 2; i >= 0; i--) {
    const [x, y] = right[i]!;
    ctx.lineTo(x, y);
  }
  ctx.closePath();
}

function pylon(ctx: Ctx, rnd: () => number, deg: number, upper: boolean) {
  const hook = upper ? 46 : -46;
  const base = upper ? shade(HULL, 1.16) : shade(HULL, 0.66);
  const t0 = upper ? 0.06 : 0;
  // Upper pylons stand above the rings and throw a soft shadow on them.
  if (upper) dropShadow(ctx, 9, 13, 20, 0.5, () => pylonPath(ctx, deg, hook, 1, 0, t0));
  // Body: darker at the root, lighter towards the tip.
  const [bx, by] = polar(515, deg);
  const [tx, ty] = polar(840, deg);
  const g = ctx.createLinearGradient(bx, by, tx, ty);
  g.addColorStop(0, rgba(shade(base, 0.75)));
  g.addColorStop(0.45, rgba(base));
  g.addColorStop(1, rgba(shade(base, upper ? 1.22 : 1.05)));
  pylonPath(ctx, deg, hook, 1, 0, t0);
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(shade(base, 0.4), 0.95);
  ctx.lineWidth = 2;
  ctx.stroke();
  // Rounded spine: a lit flank and a shadowed flank either side of a bright ridge.
  pylonPath(ctx, deg, hook, 0.5, 0.35 * 14, t0);
  ctx.fillStyle = rgba(0x000000, 0.22);
  ctx.fill();
  pylonPath(ctx, deg, hook, 0.5, -0.35 * 14, t0);
  ctx.fillStyle = rgba(0xfff0d8, upper ? 0.18 : 0.1);
  ctx.fill();
  pylonPath(ctx, deg, hook, 0.12, 0, t0);
  ctx.fillStyle = rgba(shade(base, 1.4), 0.8);
  ctx.fill();
  // Cross ribs along the spar.
  ctx.strokeStyle = rgba(shade(base, 0.45), 0.75);
  ctx.lineWidth = 1.5;
  for (let i = 2; i < 18; i++) {
    const t = i / 18;
    const f = pylonFrame(t, hook);
    const [x0, y0] = polar(f.r, deg, f.s - f.half * 0.85);
    const [x1, y1] = polar(f.r, deg, f.s + f.half * 0.85);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
  // Docking clamp: a drum on the pylon a third of the way out (where ships dock).
  const node = pylonFrame(0.3, hook);
  const [nx, ny] = polar(node.r, deg, node.s);
  const nr = node.half * 1.15 * K;
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.5)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetX = 3;
  ctx.shadowOffsetY = 5;
  const ng = ctx.createRadialGradient(nx - nr * 0.4, ny - nr * 0.4, 2, nx, ny, nr);
  ng.addColorStop(0, rgba(shade(base, 1.45)));
  ng.addColorStop(1, rgba(shade(base, 0.55)));
  ctx.fillStyle = ng;
  ctx.beginPath();
  ctx.arc(nx, ny, nr, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = rgba(HULL_DARK, 0.9);
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(nx, ny, nr * 0.55, 0, Math.PI * 2);
  ctx.strokeStyle = rgba(shade(base, 0.5), 0.8);
  ctx.stroke();
  // Windows along both flanks.
  for (let i = 3; i < 50; i++) {
    const t = i / 54;
    const f = pylonFrame(t, hook);
    for (const side of [-0.62, 0.62]) {
      if (rnd() < 0.4) continue;
      const [x, y] = polar(f.r, deg, f.s + f.half * side);
      ctx.fillStyle = rgba(rnd() < 0.8 ? AMBER : WHITE_LIGHT, 0.6 + 0.4 * rnd());
      ctx.fillRect(x - 1.3, y - 1.3, 2.6, 2.6);
    }
  }
}

/** Where an upper pylon rises from the docking ring: a bronze saddle over the ring. */
function pylonSaddle(ctx: Ctx, deg: number) {
  const { radius } = DS9_LAYOUT.dockingRing;
  const pts = [
    polar(radius - 24, deg, -30),
    polar(radius + 26, deg, -36),
    polar(radius + 26, deg, 36),
    polar(radius - 24, deg, 30),
  ];
  ctx.beginPath();
  pts.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.closePath();
  const [ax, ay] = polar(radius, deg, -34);
  const [bx, by] = polar(radius, deg, 34);
  const g = ctx.createLinearGradient(ax, ay, bx, by);
  g.addColorStop(0, rgba(shade(OCHRE, 1.15)));
  g.addColorStop(1, rgba(shade(OCHRE, 0.5)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK);
  ctx.lineWidth = 2;
  ctx.stroke();
}

function pylonTipLight(ctx: Ctx, deg: number, upper: boolean) {
  const f = pylonFrame(0.985, upper ? 46 : -46);
  const [x, y] = polar(f.r, deg, f.s);
  light(ctx, x, y, 3.5, 0xff4433, 1);
}

function bridge(ctx: Ctx, rnd: () => number, deg: number) {
  const half = 22;
  const quad = (r0: number, r1: number, h: number) => {
    const pts = [polar(r0, deg, -h), polar(r1, deg, -h), polar(r1, deg, h), polar(r0, deg, h)];
    ctx.beginPath();
    pts.forEach(([x, y], i) => {
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
  };
  dropShadow(ctx, 6, 9, 14, 0.55, () => quad(150, 520, half));
  const [ax, ay] = polar(300, deg, -half);
  const [bx, by] = polar(300, deg, half);
  const g = ctx.createLinearGradient(ax, ay, bx, by);
  g.addColorStop(0, rgba(shade(HULL, 0.55)));
  g.addColorStop(0.3, rgba(HULL_LIGHT));
  g.addColorStop(0.55, rgba(HULL));
  g.addColorStop(1, rgba(shade(HULL, 0.5)));
  quad(150, 520, half);
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK, 0.9);
  ctx.lineWidth = 2;
  ctx.stroke();
  // Roof channel and ribs.
  quad(160, 512, 5);
  ctx.fillStyle = rgba(shade(HULL, 0.45), 0.8);
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK, 0.7);
  ctx.lineWidth = 1.5;
  for (let r = 175; r < 515; r += 18) {
    const [x0, y0] = polar(r, deg, -half);
    const [x1, y1] = polar(r, deg, half);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
  // Windows on both flanks.
  for (let r = 185; r < 505; r += 9) {
    for (const s of [-16, 16]) {
      if (rnd() < 0.3) continue;
      const [x, y] = polar(r, deg, s);
      ctx.fillStyle = rgba(rnd() < 0.85 ? AMBER : WHITE_LIGHT, 0.55 + 0.45 * rnd());
      ctx.fillRect(x - 1.2, y - 1.2, 2.4, 2.4);
    }
  }
}

/** Junction block where a bridge meets a ring. */
function junction(ctx: Ctx, r: number, deg: number, len: number, half: number) {
  const pts = [
    polar(r - len, deg, -half),
    polar(r + len, deg, -half),
    polar(r + len, deg, half),
    polar(r - len, deg, half),
  ];
  ctx.beginPath();
  pts.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.closePath();
  const [ax, ay] = polar(r, deg, -half);
  const [bx, by] = polar(r, deg, half);
  const g = ctx.createLinearGradient(ax, ay, bx, by);
  g.addColorStop(0, rgba(shade(HULL_LIGHT, 1.05)));
  g.addColorStop(1, rgba(shade(HULL, 0.6)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK);
  ctx.lineWidth = 2;
  ctx.stroke();
}

function core(ctx: Ctx, rnd: () => number) {
  // Drawn for a 180-unit core, scaled to the layout's radius.
  const R = 180;
  const q = DS9_LAYOUT.coreRadius / R;
  ctx.save();
  ctx.translate(C, C);
  ctx.scale(q, q);
  ctx.translate(-C, -C);
  dropShadow(ctx, 8, 12, 26, 0.6, () => {
    ctx.beginPath();
    ctx.arc(C, C, R * K, 0, Math.PI * 2);
  });
  // Promenade level: the wide outer disc.
  let g = ctx.createRadialGradient(C - 60, C - 60, 20, C, C, R * K);
  g.addColorStop(0, rgba(HULL_LIGHT));
  g.addColorStop(0.7, rgba(HULL));
  g.addColorStop(0.92, rgba(shade(HULL, 0.7)));
  g.addColorStop(1, rgba(HULL_DARK));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(C, C, R * K, 0, Math.PI * 2);
  ctx.fill();
  // Outer rim with the promenade's big windows.
  ring(ctx, R - 9, 16, [
    [0, shade(HULL, 0.55)],
    [0.5, shade(HULL, 0.9)],
    [1, shade(HULL, 0.5)],
  ]);
  windowRow(ctx, rnd, R - 9, 2.2, 3.2, 0.85);
  // Radial plating and the six buttresses round the upper core.
  radialLines(ctx, 112, R - 18, 7.5, 3.75, HULL_DARK, 0.55);
  groove(ctx, 150, HULL_DARK, 0.6, 2);
  windowRow(ctx, rnd, 140, 3.2, 2.4, 0.7);
  for (let i = 0; i < 6; i++) {
    const d = 30 + i * 60;
    const pts = [polar(98, d - 9), polar(160, d - 3), polar(160, d + 3), polar(98, d + 9)];
    ctx.beginPath();
    pts.forEach(([x, y], j) => {
      if (j === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.closePath();
    const [ax, ay] = polar(130, d - 6);
    const [bx, by] = polar(130, d + 6);
    const bg = ctx.createLinearGradient(ax, ay, bx, by);
    bg.addColorStop(0, rgba(HULL_LIGHT));
    bg.addColorStop(1, rgba(shade(HULL, 0.55)));
    ctx.fillStyle = bg;
    ctx.fill();
    ctx.strokeStyle = rgba(HULL_DARK, 0.9);
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  // Upper core: a raised drum with vertical ribs.
  dropShadow(ctx, 5, 8, 16, 0.55, () => {
    ctx.beginPath();
    ctx.arc(C, C, 100 * K, 0, Math.PI * 2);
  });
  g = ctx.createRadialGradient(C - 40, C - 40, 10, C, C, 100 * K);
  g.addColorStop(0, rgba(shade(HULL_LIGHT, 1.05)));
  g.addColorStop(0.8, rgba(shade(HULL, 0.95)));
  g.addColorStop(1, rgba(shade(HULL, 0.6)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(C, C, 100 * K, 0, Math.PI * 2);
  ctx.fill();
  radialLines(ctx, 62, 98, 10, 0, HULL_DARK, 0.7, 2);
  groove(ctx, 80, OCHRE, 0.6, 2);
  groove(ctx, 62, HULL_DARK, 0.9, 2.5);
  windowRow(ctx, rnd, 90, 5, 2.2, 0.8);
  // Ops: the crown at the top of the core, a lighter octagonal dome with the lit tower.
  const ops = 56 * K;
  ctx.beginPath();
  for (let i = 0; i < 8; i++) {
    const a = (i * 45 + 22.5) * DEG;
    const x = C + Math.cos(a) * ops;
    const y = C + Math.sin(a) * ops;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  g = ctx.createRadialGradient(C - 25, C - 25, 5, C, C, ops);
  g.addColorStop(0, rgba(0xd8c8a4));
  g.addColorStop(1, rgba(shade(HULL, 0.8)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK);
  ctx.lineWidth = 2.5;
  ctx.stroke();
  // Ops windows: the large slanted panes round the command level.
  for (let i = 0; i < 16; i++) {
    const d = i * 22.5 + 11.25;
    const [x0, y0] = polar(40, d - 6);
    const [x1, y1] = polar(40, d + 6);
    ctx.strokeStyle = rgba(AMBER, 0.85);
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }
  glow(ctx, C, C, 42 * K, AMBER, 0.25);
  // Central tower: a small raised cylinder with antennae.
  g = ctx.createRadialGradient(C - 8, C - 8, 2, C, C, 24 * K);
  g.addColorStop(0, rgba(0xe6dcc4));
  g.addColorStop(1, rgba(shade(HULL, 0.7)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(C, C, 24 * K, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = rgba(HULL_DARK);
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.strokeStyle = rgba(shade(HULL_LIGHT, 1.1), 0.9);
  ctx.lineWidth = 2.5;
  for (const d of [0, 120, 240]) {
    const [x, y] = polar(34, d + 60);
    ctx.beginPath();
    ctx.moveTo(C, C);
    ctx.lineTo(x, y);
    ctx.stroke();
  }
  ctx.fillStyle = rgba(HULL_DARK);
  ctx.beginPath();
  ctx.arc(C, C, 8 * K, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

function habitatRing(ctx: Ctx, rnd: () => number) {
  const { radius, width } = DS9_LAYOUT.habitatRing;
  const r0 = radius - width / 2;
  const r1 = radius + width / 2;
  // Shadow cast outward onto the space between the rings (and the bridges).
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 20;
  ctx.shadowOffsetX = 8;
  ctx.shadowOffsetY = 12;
  ring(ctx, radius, width, [[0, HULL]]);
  ctx.restore();
  ring(ctx, radius, width, [
    [0, shade(HULL, 0.5)],
    [0.12, shade(HULL, 0.85)],
    [0.45, HULL_LIGHT],
    [0.7, HULL],
    [0.9, shade(HULL, 0.7)],
    [1, shade(HULL, 0.45)],
  ]);
  platePatches(ctx, rnd, r0 + 10, radius - 8, 4, 0.55);
  platePatches(ctx, rnd, radius, r1 - 10, 3, 0.55);
  groove(ctx, r0 + 9, HULL_DARK, 0.7, 1.5);
  groove(ctx, radius - 4, OCHRE, 0.55, 4);
  groove(ctx, r1 - 9, HULL_DARK, 0.7, 1.5);
  radialLines(ctx, r0 + 2, r1 - 2, 3, 0, HULL_DARK, 0.35, 1.2);
  windowRow(ctx, rnd, r0 + 5, 0.9, 2.2, 0.6);
  windowRow(ctx, rnd, r1 - 5, 0.7, 2.4, 0.7);
  windowRow(ctx, rnd, r1 - 14, 1.1, 2, 0.45);
}

function dockingRing(ctx: Ctx, rnd: () => number) {
  const { radius, width } = DS9_LAYOUT.dockingRing;
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 18;
  ctx.shadowOffsetX = 7;
  ctx.shadowOffsetY = 10;
  ring(ctx, radius, width, [[0, HULL]]);
  ctx.restore();
  ring(ctx, radius, width, [
    [0, shade(HULL, 0.45)],
    [0.2, shade(HULL, 0.8)],
    [0.5, HULL_LIGHT],
    [0.8, shade(HULL, 0.8)],
    [1, shade(HULL, 0.4)],
  ]);
  platePatches(ctx, rnd, radius - width / 2 + 4, radius + width / 2 - 4, 5, 0.5);
  groove(ctx, radius, HULL_DARK, 0.55, 1.5);
  radialLines(ctx, radius - width / 2 + 2, radius + width / 2 - 2, 2.5, 0, HULL_DARK, 0.4);
  // Airlock ports round the outer edge (between the pylons).
  for (let i = 0; i < 24; i++) {
    const d = 7.5 + i * 15;
    if (i % 2 === 1) continue;
    const [x, y] = polar(radius + width / 2 + 3, d);
    ctx.fillStyle = rgba(shade(HULL, 0.9));
    ctx.beginPath();
    ctx.arc(x, y, 7 * K, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = rgba(HULL_DARK);
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.fillStyle = rgba(AMBER, 0.9);
    ctx.fillRect(x - 1.5, y - 1.5, 3, 3);
  }
  windowRow(ctx, rnd, radius - 9, 0.8, 2.2, 0.65);
  windowRow(ctx, rnd, radius + 9, 0.8, 2.2, 0.65);
}

function towerMarker(ctx: Ctx, deg: number) {
  const [x, y] = polar(DS9_LAYOUT.habitatRing.radius, deg);
  const r = 16 * K;
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(deg * DEG);
  ctx.shadowColor = 'rgba(0,0,0,0.6)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetX = 3;
  ctx.shadowOffsetY = 5;
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = (i * 60 + 30) * DEG;
    if (i === 0) ctx.moveTo(Math.cos(a) * r, Math.sin(a) * r);
    else ctx.lineTo(Math.cos(a) * r, Math.sin(a) * r);
  }
  ctx.closePath();
  const g = ctx.createLinearGradient(-r, -r, r, r);
  g.addColorStop(0, rgba(shade(OCHRE, 1.2)));
  g.addColorStop(1, rgba(shade(OCHRE, 0.45)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.shadowColor = 'rgba(0,0,0,0)';
  ctx.strokeStyle = rgba(HULL_DARK);
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.fillStyle = rgba(shade(HULL_DARK, 0.8));
  ctx.beginPath();
  ctx.arc(0, 0, r * 0.5, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  light(ctx, x, y, 2.2, 0xff8a3a, 0.9);
}

/**
 * The station seen from above is drawn in slices too (`DS9_TOP_STAGES`, one per frame of the
 * preloader: the weathering's noise, then the hull in parts onto a canvas of its own, in the
 * same order with the same random numbers as in one go); `makeDs9Top` runs what is left and
 * copies the picture into the texture.
 */
interface Ds9Work {
  canvas: HTMLCanvasElement;
  ctx: Ctx;
  rnd: () => number;
  grime?: HTMLCanvasElement;
  done: number;
}
let ds9: Ds9Work | null = null;

function ds9Work(): Ds9Work {
  if (!ds9) {
    const { canvas, ctx } = offscreen(DS9_TOP_SIZE, DS9_TOP_SIZE);
    ds9 = { canvas, ctx, rnd: seeded(4242), done: 0 };
  }
  return ds9;
}

/** The weathering's noise: one octave per slice, then its picture. */
let ds9Noise: NoiseField | null = null;
const ds9GrimeNoise = () => {
  ds9Noise ??= new NoiseField(512, 8, 77, 4);
  return ds9Noise;
};

const DS9_PARTS: ((w: Ds9Work) => void)[] = [
  () => ds9GrimeNoise().step(),
  () => ds9GrimeNoise().step(),
  () => ds9GrimeNoise().step(),
  () => ds9GrimeNoise().step(),
  (w) => {
    w.grime = grimeOf(ds9GrimeNoise().field(), 512, 0.7);
    ds9Noise = null;
  },
  ({ ctx, rnd }) => {
    // Lower pylons sit below the docking ring plane: darker, drawn first.
    for (const d of DS9_LAYOUT.lowerPylons) pylon(ctx, rnd, d, false);
    dockingRing(ctx, rnd);
    for (const d of DS9_LAYOUT.bridges) bridge(ctx, rnd, d);
  },
  ({ ctx, rnd }) => {
    habitatRing(ctx, rnd);
    for (const d of DS9_LAYOUT.bridges) {
      junction(ctx, DS9_LAYOUT.habitatRing.radius, d, 22, 26);
      junction(ctx, DS9_LAYOUT.dockingRing.radius, d, 14, 22);
    }
    core(ctx, rnd);
  },
  ({ ctx, rnd }) => {
    for (const d of DS9_LAYOUT.upperPylons) pylonSaddle(ctx, d);
    for (const d of DS9_LAYOUT.upperPylons) pylon(ctx, rnd, d, true);
  },
  (w) => {
    const S = DS9_TOP_SIZE;
    const { ctx } = w;
    // Weathering and one light direction over the whole hull.
    ctx.save();
    ctx.globalCompositeOperation = 'source-atop';
    ctx.globalAlpha = 0.55;
    ctx.drawImage(w.grime ?? grime(512, 8, 77, 0.7), 0, 0, S, S);
    ctx.restore();
    lightFromUpperLeft(ctx, S, S, 0.3);
  },
  ({ ctx }) => {
    for (const d of DS9_LAYOUT.towers) towerMarker(ctx, d);
    for (const d of DS9_LAYOUT.upperPylons) pylonTipLight(ctx, d, true);
    for (const d of DS9_LAYOUT.lowerPylons) pylonTipLight(ctx, d, false);
    // Navigation beacons on the docking ring at the bridges.
    for (const d of DS9_LAYOUT.bridges) {
      const [x, y] = polar(DS9_LAYOUT.dockingRing.radius + 22, d);
      light(ctx, x, y, 2.5, 0x7cf08a, 0.9);
    }
    glow(ctx, C, C, 30, 0xffe2a8, 0.5);
  },
];

/** Runs the next part of the station's picture (in order; each at most once). */
function ds9Part(i: number): void {
  const w = ds9Work();
  if (w.done !== i) return;
  // One canvas and one drawing state throughout, as when it was drawn in one go.
  DS9_PARTS[i]!(w);
  w.done += 1;
}

/** The slices of the station's picture, for the preloader to run one per frame. */
export const DS9_TOP_STAGES: (() => void)[] = DS9_PARTS.map((_, i) => () => {
  if (i === 0) {
    ds9 = null;
    ds9Noise = null;
  }
  ds9Part(i);
});

export function makeDs9Top(scene: Phaser.Scene): void {
  const S = DS9_TOP_SIZE;
  bakeCanvas(scene, TextureKey.ds9Top, S, S, (ctx) => {
    const w = ds9Work();
    while (w.done < DS9_PARTS.length) ds9Part(w.done);
    ctx.drawImage(w.canvas, 0, 0);
  });
  ds9 = null;
}

/** Bajor's texture size and the planet's radius in it. */
const BAJOR_SIZE = 512;
const BAJOR_R = 226;
const BAJOR_N = 256;
/** Rows of Bajor's pixels worked out per slice (each slice a fraction of a frame). */
const BAJOR_ROWS = 128;

/**
 * Bajor is the largest picture the game paints (a lit, clouded sphere, pixel by pixel): its
 * work is cut into slices the preloader runs on separate frames (`BAJOR_STAGES`: the three
 * noise fields, then the rows a band at a time), so painting it never holds the page for long.
 * `makeBajor` finishes whatever slices have not run and bakes the texture.
 */
interface BajorWork {
  land?: Float32Array;
  cloud?: Float32Array;
  detail?: Float32Array;
  img?: ImageData;
  canvas?: HTMLCanvasElement;
  rows: number;
}
let bajor: BajorWork = { rows: 0 };

function bajorImage(): { canvas: HTMLCanvasElement; img: ImageData } {
  if (!bajor.img || !bajor.canvas) {
    const { canvas, ctx } = offscreen(BAJOR_SIZE, BAJOR_SIZE);
    bajor.canvas = canvas;
    bajor.img = ctx.createImageData(BAJOR_SIZE, BAJOR_SIZE);
  }
  return { canvas: bajor.canvas, img: bajor.img };
}

function paintBajorRows(from: number, to: number): void {
  const S = BAJOR_SIZE;
  const R = BAJOR_R;
  const N = BAJOR_N;
  const c = S / 2;
  bajor.land ??= noiseField(N, 5, 311, 5);
  bajor.cloud ??= noiseField(N, 6, 977, 5);
  bajor.detail ??= noiseField(N, 24, 55, 3);
  const { land, cloud, detail } = bajor;
  const { img } = bajorImage();
  const sample = (f: Float32Array, u: number, v: number) => {
    const x = Math.floor((((u % 1) + 1) % 1) * N);
    const y = Math.floor((((v % 1) + 1) % 1) * N);
    return f[y * N + x]!;
  };
  const L = [-0.62, -0.38, 0.68];
  const ll = Math.hypot(L[0]!, L[1]!, L[2]!);
  const lx = L[0]! / ll;
  const ly = L[1]! / ll;
  const lz = L[2]! / ll;
  for (let py = from; py < to; py++) {
    for (let px = 0; px < S; px++) {
      const nx = (px + 0.5 - c) / R;
      const ny = (py + 0.5 - c) / R;
      const d2 = nx * nx + ny * ny;
      if (d2 > 1) continue;
      const nz = Math.sqrt(1 - d2);
      const lon = Math.atan2(nx, nz) / (Math.PI * 2) + 0.3;
      const lat = Math.asin(ny) / Math.PI + 0.5;
      const h = sample(land, lon * 1.6, lat * 1.2) * 0.85 + sample(detail, lon * 3, lat * 2) * 0.15;
      const cl = sample(cloud, lon * 2.2 + lat * 0.3, lat * 1.8);
      let r: number;
      let g: number;
      let b: number;
      const polar = Math.abs(lat - 0.5) * 2;
      if (h > 0.53) {
        // Land: green lowlands, tan and ochre highlands.
        const e = Math.min(1, (h - 0.53) / 0.2);
        r = 96 + 110 * e;
        g = 118 + 50 * e;
        b = 62 + 30 * e;
      } else {
        const depth = Math.min(1, (0.53 - h) / 0.25);
        r = 30 - 18 * depth;
        g = 92 - 40 * depth;
        b = 150 - 30 * depth;
        if (h > 0.5) {
          r += 30;
          g += 40;
          b += 20;
        }
      }
      if (polar > 0.86) {
        const ice = Math.min(1, (polar - 0.86) / 0.08);
        r += (235 - r) * ice;
        g += (240 - g) * ice;
        b += (245 - b) * ice;
      }
      const cloudA = Math.max(0, Math.min(1, (cl - 0.5) * 3));
      r += (250 - r) * cloudA * 0.85;
      g += (250 - g) * cloudA * 0.85;
      b += (255 - b) * cloudA * 0.85;
      const lambert = nx * lx + ny * ly + nz * lz;
      const day = Math.max(0, Math.min(1, lambert * 1.3 + 0.12));
      const lightK = 0.06 + 0.94 * day;
      r *= lightK;
      g *= lightK;
      b *= lightK;
      // City lights on the night side.
      if (day < 0.08 && h > 0.55 && cloudA < 0.3) {
        const city = sample(detail, lon * 9, lat * 7);
        if (city > 0.62) {
          const k = (city - 0.62) * 4 * (1 - day / 0.08);
          r += 255 * k;
          g += 190 * k;
          b += 90 * k;
        }
      }
      // Atmosphere towards the rim.
      const rim = (1 - nz) ** 2.5;
      r += (120 - r) * rim * 0.6 * (0.25 + day);
      g += (180 - g) * rim * 0.6 * (0.25 + day);
      b += (255 - b) * rim * 0.6 * (0.25 + day);
      const i = (py * S + px) * 4;
      img.data[i] = Math.min(255, r);
      img.data[i + 1] = Math.min(255, g);
      img.data[i + 2] = Math.min(255, b);
      // Antialiased limb.
      img.data[i + 3] = Math.round(255 * Math.min(1, (1 - Math.sqrt(d2)) * R * 1.5));
    }
  }
}

/** The slices of Bajor's painting, for the preloader to run one per frame before `makeBajor`. */
export const BAJOR_STAGES: (() => void)[] = [
  () => {
    bajor = { rows: 0 };
    bajor.land = noiseField(BAJOR_N, 5, 311, 5);
  },
  () => {
    bajor.cloud = noiseField(BAJOR_N, 6, 977, 5);
  },
  () => {
    bajor.detail = noiseField(BAJOR_N, 24, 55, 3);
  },
  ...Array.from({ length: BAJOR_SIZE / BAJOR_ROWS }, (_, i) => () => {
    if (bajor.rows !== i * BAJOR_ROWS) return;
    paintBajorRows(bajor.rows, bajor.rows + BAJOR_ROWS);
    bajor.rows += BAJOR_ROWS;
  }),
];

/** Bajor from space: oceans, tan and green continents, clouds, atmosphere, night-side lights. */
export function makeBajor(scene: Phaser.Scene): void {
  const S = BAJOR_SIZE;
  const R = BAJOR_R;
  bakeCanvas(scene, TextureKey.bajor, S, S, (ctx) => {
    const c = S / 2;
    // Atmosphere halo.
    const halo = ctx.createRadialGradient(c, c, R * 0.96, c, c, R * 1.12);
    halo.addColorStop(0, 'rgba(130,190,255,0.55)');
    halo.addColorStop(0.4, 'rgba(90,150,240,0.2)');
    halo.addColorStop(1, 'rgba(60,110,220,0)');
    ctx.fillStyle = halo;
    ctx.fillRect(0, 0, S, S);
    // The rows the preloader's slices have not painted yet (all of them when called alone).
    if (bajor.rows < S) paintBajorRows(bajor.rows, S);
    const { canvas, img } = bajorImage();
    canvas.getContext('2d')!.putImageData(img, 0, 0);
    ctx.drawImage(canvas, 0, 0);
  });
  // The work is done: let its buffers go.
  bajor = { rows: 0 };
}

function emplacementBase(ctx: Ctx, lit: boolean) {
  const c = 24;
  const r = 19;
  ctx.save();
  ctx.translate(c, c);
  dropShadow(ctx, 2, 3, 5, 0.6, () => {
    ctx.beginPath();
    ctx.arc(0, 0, r, 0, Math.PI * 2);
  });
  // Hexagonal armoured base.
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = (i * 60 + 30) * DEG;
    if (i === 0) ctx.moveTo(Math.cos(a) * r, Math.sin(a) * r);
    else ctx.lineTo(Math.cos(a) * r, Math.sin(a) * r);
  }
  ctx.closePath();
  const base = lit ? OCHRE : 0x4a433a;
  const g = ctx.createLinearGradient(-r, -r, r, r);
  g.addColorStop(0, rgba(shade(base, 1.3)));
  g.addColorStop(0.5, rgba(base));
  g.addColorStop(1, rgba(shade(base, 0.45)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(0x2a231a);
  ctx.lineWidth = 1.5;
  ctx.stroke();
  // Inner bevel.
  ctx.strokeStyle = rgba(shade(base, lit ? 1.4 : 1.1), 0.5);
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = (i * 60 + 30) * DEG;
    const rr = r - 4;
    if (i === 0) ctx.moveTo(Math.cos(a) * rr, Math.sin(a) * rr);
    else ctx.lineTo(Math.cos(a) * rr, Math.sin(a) * rr);
  }
  ctx.closePath();
  ctx.stroke();
  ctx.restore();
}

function turret(ctx: Ctx, lit: boolean) {
  const c = 24;
  ctx.save();
  ctx.translate(c, c);
  const metal = lit ? 0x8d8474 : 0x3c3833;
  // Twin barrels towards +x (one broken on the dead turret).
  for (const y of [-4.5, 4.5]) {
    const len = !lit && y > 0 ? 11 : 22;
    const bg = ctx.createLinearGradient(0, y - 2, 0, y + 2);
    bg.addColorStop(0, rgba(shade(metal, 1.4)));
    bg.addColorStop(1, rgba(shade(metal, 0.5)));
    ctx.fillStyle = bg;
    ctx.fillRect(4, y - 2, len, 4);
    ctx.strokeStyle = rgba(0x1e1a15);
    ctx.lineWidth = 0.8;
    ctx.strokeRect(4, y - 2, len, 4);
    if (lit) light(ctx, 4 + len, y, 1.6, 0xffa040, 1);
  }
  // Turret dome.
  const g = ctx.createRadialGradient(-3, -3, 1, 0, 0, 10);
  g.addColorStop(0, rgba(shade(metal, 1.6)));
  g.addColorStop(1, rgba(shade(metal, 0.55)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(0, 0, 10, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = rgba(0x1e1a15);
  ctx.lineWidth = 1;
  ctx.stroke();
  if (lit) {
    // Targeting sensor glowing amber.
    light(ctx, 3, 0, 2.2, AMBER, 1);
  } else {
    ctx.fillStyle = rgba(0x15120f);
    ctx.beginPath();
    ctx.arc(3, 0, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** Station weapon emplacement (48 px), seen from above, barrels to +x, lit and armed. */
export function makeEmplacement(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.emplacement, 48, 48, (ctx) => {
    emplacementBase(ctx, true);
    for (let i = 0; i < 6; i++) {
      const a = (i * 60 + 30) * DEG;
      light(ctx, 24 + Math.cos(a) * 14.5, 24 + Math.sin(a) * 14.5, 1, AMBER, 0.9);
    }
    turret(ctx, true);
  });
}

/** The same emplacement destroyed: dark, scorched, a barrel snapped off, no lights. */
export function makeEmplacementDark(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.emplacementDark, 48, 48, (ctx) => {
    const rnd = seeded(808);
    emplacementBase(ctx, false);
    turret(ctx, false);
    ctx.save();
    ctx.globalCompositeOperation = 'source-atop';
    for (let i = 0; i < 7; i++) {
      glow(ctx, 10 + rnd() * 28, 10 + rnd() * 28, 6 + rnd() * 8, 0x000000, 0.7);
    }
    ctx.restore();
    // Cracks and a few dying embers.
    ctx.strokeStyle = rgba(0x0c0a08, 0.9);
    ctx.lineWidth = 1;
    for (let i = 0; i < 4; i++) {
      let x = 24;
      let y = 24;
      const a = rnd() * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(x, y);
      for (let j = 0; j < 4; j++) {
        x += Math.cos(a + (rnd() - 0.5)) * 4.5;
        y += Math.sin(a + (rnd() - 0.5)) * 4.5;
        ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
    glow(ctx, 17, 28, 3, 0xff5a20, 0.6);
    glow(ctx, 30, 17, 2.5, 0xff7a30, 0.5);
  });
}
