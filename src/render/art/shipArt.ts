import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import { seeded } from '../textures';
import {
  bakeCanvas,
  type Ctx,
  glow,
  light,
  lightFromUpperLeft,
  mirrored,
  type Pt,
  polyPath,
  rgba,
  shade,
  smoothPath,
} from './canvasKit';

/**
 * Starships seen from above, nose towards +x, drawn at their world size (1 px = 1 unit) and
 * centred in their texture (origin 0.5 is the ship's pivot).
 */

/** Fill the current path with a top-to-bottom gradient (lit from above) and outline it. */
function hullFill(ctx: Ctx, half: number, base: number, outline: number, lw = 1) {
  const g = ctx.createLinearGradient(0, -half, 0, half);
  g.addColorStop(0, rgba(shade(base, 1.35)));
  g.addColorStop(0.45, rgba(base));
  g.addColorStop(1, rgba(shade(base, 0.5)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(outline, 0.95);
  ctx.lineWidth = lw;
  ctx.stroke();
}

function line(ctx: Ctx, pts: readonly Pt[], color: string, width: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  pts.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.stroke();
}

function dots(
  ctx: Ctx,
  rnd: () => number,
  pts: readonly Pt[],
  color: number,
  size = 1,
  chance = 0.8,
) {
  for (const [x, y] of pts) {
    if (rnd() > chance) continue;
    ctx.fillStyle = rgba(color, 0.6 + 0.4 * rnd());
    ctx.fillRect(x - size / 2, y - size / 2, size, size);
  }
}

/** Soft glow under the whole ship so it reads on black space. */
function underGlow(ctx: Ctx, rx: number, ry: number, color: number, alpha: number) {
  ctx.save();
  ctx.scale(1, ry / rx);
  glow(ctx, 0, 0, rx, color, alpha);
  ctx.restore();
}

// ---------------------------------------------------------------- Federation cruiser

const FED_HULL = 0xcfd5dd;
const FED_LINE = 0x5d6775;

function fedNacelle(ctx: Ctx, y: number) {
  const x0 = -54;
  const x1 = 4;
  const h = 4.6;
  ctx.save();
  ctx.translate(0, y);
  ctx.beginPath();
  ctx.moveTo(x0 + 3, -h * 0.8);
  ctx.lineTo(x1 - 4, -h);
  ctx.quadraticCurveTo(x1 + 3, 0, x1 - 4, h);
  ctx.lineTo(x0 + 3, h * 0.8);
  ctx.quadraticCurveTo(x0 - 1, 0, x0 + 3, -h * 0.8);
  ctx.closePath();
  hullFill(ctx, h, 0xb9c1cc, FED_LINE, 0.8);
  // Warp coil glow along the nacelle.
  const inner = y > 0 ? -h * 0.55 : h * 0.55;
  const g = ctx.createLinearGradient(x0, 0, x1, 0);
  g.addColorStop(0, 'rgba(80,160,255,0.2)');
  g.addColorStop(0.5, 'rgba(120,200,255,0.95)');
  g.addColorStop(1, 'rgba(80,160,255,0.4)');
  ctx.fillStyle = g;
  ctx.fillRect(x0 + 8, inner - 1.2, x1 - x0 - 16, 2.4);
  glow(ctx, -24, inner, 12, 0x5ab4ff, 0.35);
  // Red bussard collector at the front.
  light(ctx, x1 - 3, 0, 2, 0xff4a3a, 1);
  ctx.restore();
}

export function makeShipPlayer(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.shipPlayer, 128, 80, (ctx) => {
    const rnd = seeded(1701);
    ctx.translate(64, 40);
    underGlow(ctx, 60, 36, 0x8fb8ff, 0.12);
    // Nacelle pylons (swept back) first, under the hulls.
    for (const s of [-1, 1]) {
      polyPath(ctx, [
        [-8, 4 * s],
        [-18, 24 * s],
        [-30, 24 * s],
        [-24, 4 * s],
      ]);
      hullFill(ctx, 24, 0xaab2bd, FED_LINE, 0.8);
    }
    fedNacelle(ctx, -25);
    fedNacelle(ctx, 25);
    // Secondary (engineering) hull.
    smoothPath(
      ctx,
      mirrored([
        [18, 0],
        [14, 6],
        [-10, 8.5],
        [-36, 7],
        [-46, 4],
        [-46, 0],
      ]),
    );
    hullFill(ctx, 9, 0xc3cad3, FED_LINE);
    line(
      ctx,
      [
        [-40, 0],
        [8, 0],
      ],
      rgba(FED_LINE, 0.55),
      0.8,
    );
    // Shuttle bay doors at the stern.
    ctx.fillStyle = rgba(0x39414d);
    ctx.fillRect(-46, -2.5, 4, 5);
    ctx.fillStyle = rgba(0xffe9b0, 0.8);
    ctx.fillRect(-44, -0.6, 1, 1.2);
    // Neck.
    polyPath(ctx, [
      [0, -4],
      [16, -5],
      [16, 5],
      [0, 4],
    ]);
    hullFill(ctx, 5, 0xc8ced6, FED_LINE, 0.8);
    // Saucer: slightly elongated disc.
    const sx = 30;
    ctx.save();
    ctx.translate(sx, 0);
    ctx.beginPath();
    ctx.ellipse(0, 0, 25, 23, 0, 0, Math.PI * 2);
    const sg = ctx.createRadialGradient(-6, -8, 2, 0, 0, 25);
    sg.addColorStop(0, rgba(0xf4f7fa));
    sg.addColorStop(0.7, rgba(FED_HULL));
    sg.addColorStop(1, rgba(0x8a939f));
    ctx.fillStyle = sg;
    ctx.fill();
    ctx.strokeStyle = rgba(FED_LINE);
    ctx.lineWidth = 1;
    ctx.stroke();
    // Rim band and inner ring.
    ctx.strokeStyle = rgba(FED_LINE, 0.6);
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    ctx.ellipse(0, 0, 21, 19.3, 0, 0, Math.PI * 2);
    ctx.stroke();
    ctx.beginPath();
    ctx.ellipse(0, 0, 12, 11, 0, 0, Math.PI * 2);
    ctx.stroke();
    // Radial panel lines (the "aztec" plating hint).
    ctx.strokeStyle = rgba(FED_LINE, 0.3);
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(Math.cos(a) * 12, Math.sin(a) * 11);
      ctx.lineTo(Math.cos(a) * 21, Math.sin(a) * 19.3);
      ctx.stroke();
    }
    // Window rows round the rim.
    const rim: Pt[] = [];
    for (let i = 0; i < 48; i++) {
      const a = (i / 48) * Math.PI * 2;
      rim.push([Math.cos(a) * 23, Math.sin(a) * 21.2]);
      if (i % 2 === 0) rim.push([Math.cos(a) * 16.5, Math.sin(a) * 15.2]);
    }
    dots(ctx, rnd, rim, 0xfff4d0, 1, 0.7);
    // Impulse engines at the saucer's rear edge.
    for (const y of [-7, 7]) {
      ctx.fillStyle = rgba(0xff6a3a);
      ctx.fillRect(-24.5, y - 2.5, 2.2, 5);
      glow(ctx, -24, y, 6, 0xff6a3a, 0.6);
    }
    // Bridge module.
    const bg = ctx.createRadialGradient(-1.5, -1.5, 0.5, 0, 0, 5);
    bg.addColorStop(0, rgba(0xffffff));
    bg.addColorStop(1, rgba(0x9aa3ae));
    ctx.fillStyle = bg;
    ctx.beginPath();
    ctx.arc(0, 0, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = rgba(FED_LINE);
    ctx.stroke();
    ctx.fillStyle = rgba(0x9fd8ff);
    ctx.fillRect(2.5, -1, 1.5, 2);
    ctx.restore();
    // Navigation lights: red port (left, −y), green starboard.
    light(ctx, sx + 2, -22.5, 0.9, 0xff3a3a, 1);
    light(ctx, sx + 2, 22.5, 0.9, 0x4aff7a, 1);
  });
}

// ---------------------------------------------------------------- Cardassian Galor / Keldon

const CARD = 0xb78c4e;
const CARD_LINE = 0x4f3718;
const CARD_GLOW = 0xffb347;

function galorHull(ctx: Ctx, rnd: () => number, scale: number, keldon: boolean) {
  ctx.save();
  ctx.scale(scale, scale);
  // Aft hull: widening from the neck into swept wings, widest at the stern.
  const aftHalf = keldon ? 27 : 21;
  ctx.beginPath();
  ctx.moveTo(-8, 0);
  ctx.lineTo(-10, -5);
  ctx.quadraticCurveTo(-30, -aftHalf * 0.45, -48, -aftHalf);
  ctx.quadraticCurveTo(-54, -aftHalf * 1.02, -56, -aftHalf * 0.8);
  ctx.lineTo(-58, -aftHalf * 0.45);
  ctx.lineTo(-61, -aftHalf * 0.3);
  ctx.lineTo(-61, aftHalf * 0.3);
  ctx.lineTo(-58, aftHalf * 0.45);
  ctx.lineTo(-56, aftHalf * 0.8);
  ctx.quadraticCurveTo(-54, aftHalf * 1.02, -48, aftHalf);
  ctx.quadraticCurveTo(-30, aftHalf * 0.45, -10, 5);
  ctx.closePath();
  hullFill(ctx, aftHalf, shade(CARD, 0.92), CARD_LINE);
  // Wing ribs (Cardassian segmented plating), swept back.
  for (let i = 0; i < 5; i++) {
    const x = -26 - i * 6;
    const w = aftHalf * (0.35 + 0.13 * i);
    line(
      ctx,
      [
        [x + 4, -w],
        [x, -3],
        [x, 3],
        [x + 4, w],
      ],
      rgba(CARD_LINE, 0.55),
      0.8,
    );
  }
  // Raised spine block on the aft hull.
  polyPath(ctx, [
    [-14, -3.5],
    [-50, -5],
    [-54, 0],
    [-50, 5],
    [-14, 3.5],
  ]);
  hullFill(ctx, 5, shade(CARD, 1.1), CARD_LINE, 0.7);
  // Long neck.
  polyPath(ctx, [
    [16, -5],
    [-14, -4.5],
    [-14, 4.5],
    [16, 5],
  ]);
  hullFill(ctx, 5, shade(CARD, 0.85), CARD_LINE, 0.8);
  for (let x = -10; x < 14; x += 4) {
    line(
      ctx,
      [
        [x, -4.6],
        [x + 1.5, 0],
        [x, 4.6],
      ],
      rgba(CARD_LINE, 0.7),
      0.7,
    );
  }
  // The spade (forward hull) with its concave shoulders.
  ctx.beginPath();
  ctx.moveTo(60, 0);
  ctx.bezierCurveTo(58, -10, 44, -22, 30, -22);
  ctx.bezierCurveTo(20, -22, 16, -16, 18, -12);
  ctx.quadraticCurveTo(12, -8, 10, -5);
  ctx.lineTo(10, 5);
  ctx.quadraticCurveTo(12, 8, 18, 12);
  ctx.bezierCurveTo(16, 16, 20, 22, 30, 22);
  ctx.bezierCurveTo(44, 22, 58, 10, 60, 0);
  ctx.closePath();
  hullFill(ctx, 22, CARD, CARD_LINE);
  // Spade ridges.
  line(
    ctx,
    [
      [14, 0],
      [54, 0],
    ],
    rgba(shade(CARD, 1.4), 0.7),
    1.2,
  );
  for (const s of [-1, 1]) {
    line(
      ctx,
      [
        [18, 8 * s],
        [34, 15 * s],
        [52, 6 * s],
      ],
      rgba(CARD_LINE, 0.6),
      0.8,
    );
    line(
      ctx,
      [
        [22, 3 * s],
        [40, 8 * s],
      ],
      rgba(CARD_LINE, 0.45),
      0.7,
    );
  }
  // Windows.
  const win: Pt[] = [];
  for (let i = 0; i < 14; i++) {
    const x = 20 + i * 2.6;
    win.push([x, 10 + Math.sin(i * 0.35) * 4], [x, -10 - Math.sin(i * 0.35) * 4]);
  }
  for (let i = 0; i < 10; i++) win.push([-20 - i * 3.4, 8], [-20 - i * 3.4, -8]);
  dots(ctx, rnd, win, 0xffe08a, 1, 0.65);
  ctx.restore();
}

function cardassianLights(ctx: Ctx, scale: number, keldon: boolean) {
  // Forward disruptor emitter ("spoon head") and engine glow at the stern.
  light(ctx, 51 * scale, 0, 2.2, CARD_GLOW, 1);
  glow(ctx, 50 * scale, 0, 9, CARD_GLOW, 0.45);
  const half = keldon ? 12 : 9;
  for (const y of [-half * 0.5, half * 0.5]) {
    ctx.fillStyle = rgba(0xffd070);
    ctx.fillRect(-61 * scale, y * scale - 1.5, 2.5, 3);
    glow(ctx, -61 * scale, y * scale, 7, 0xffa040, 0.7);
  }
}

export function makeShipGalor(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.shipGalor, 128, 64, (ctx) => {
    const rnd = seeded(40);
    ctx.translate(64, 32);
    underGlow(ctx, 62, 26, 0xffc070, 0.08);
    galorHull(ctx, rnd, 1, false);
    lightFromUpperLeft(ctx, 128, 64, 0.1);
    cardassianLights(ctx, 1, false);
  });
}

export function makeShipKeldon(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.shipKeldon, 144, 96, (ctx) => {
    const rnd = seeded(41);
    const k = 1.06;
    ctx.translate(72, 48);
    underGlow(ctx, 70, 40, 0xffc070, 0.08);
    // Wing pods on struts either side of the enlarged aft hull.
    for (const s of [-1, 1]) {
      polyPath(ctx, [
        [-22 * k, 16 * s * k],
        [-30 * k, 36 * s * k],
        [-44 * k, 36 * s * k],
        [-44 * k, 16 * s * k],
      ]);
      hullFill(ctx, 36, shade(CARD, 0.7), CARD_LINE, 0.8);
      ctx.save();
      ctx.translate(-38 * k, 37 * s * k);
      smoothPath(
        ctx,
        mirrored([
          [24, 0],
          [18, 4],
          [-10, 5.5],
          [-22, 4],
          [-24, 0],
        ]),
      );
      hullFill(ctx, 5.5, shade(CARD, 0.95), CARD_LINE, 0.9);
      line(
        ctx,
        [
          [-20, 0],
          [20, 0],
        ],
        rgba(shade(CARD, 1.45), 0.7),
        1,
      );
      for (let x = -16; x < 18; x += 5) {
        line(
          ctx,
          [
            [x, -5],
            [x, 5],
          ],
          rgba(CARD_LINE, 0.5),
          0.7,
        );
      }
      light(ctx, 22, 0, 1.4, CARD_GLOW, 0.9);
      glow(ctx, -25, 0, 6, 0xffa040, 0.7);
      ctx.restore();
    }
    galorHull(ctx, rnd, k, true);
    lightFromUpperLeft(ctx, 144, 96, 0.1);
    cardassianLights(ctx, k, true);
  });
}

// ---------------------------------------------------------------- Jem'Hadar attack ship

const JEM = 0x7c7690;
const JEM_LINE = 0x2c2838;
const JEM_GLOW = 0xb26bff;

export function makeShipJemHadar(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.shipJemHadar, 80, 64, (ctx) => {
    const rnd = seeded(77);
    ctx.translate(40, 32);
    underGlow(ctx, 36, 30, JEM_GLOW, 0.12);
    // The two forward-curving wing blades (mandibles).
    for (const s of [-1, 1]) {
      ctx.beginPath();
      ctx.moveTo(-28, 6 * s);
      ctx.bezierCurveTo(-26, 22 * s, -8, 28 * s, 14, 24 * s);
      ctx.quadraticCurveTo(24, 21 * s, 28, 15 * s);
      ctx.quadraticCurveTo(16, 17 * s, 6, 15 * s);
      ctx.bezierCurveTo(-6, 13 * s, -12, 10 * s, -14, 6 * s);
      ctx.closePath();
      hullFill(ctx, 26, shade(JEM, 0.95), JEM_LINE, 0.9);
      // Violet emitter strip along the blade's inner edge.
      const g = ctx.createLinearGradient(-10, 0, 26, 0);
      g.addColorStop(0, 'rgba(178,107,255,0)');
      g.addColorStop(0.6, 'rgba(200,140,255,0.9)');
      g.addColorStop(1, 'rgba(230,200,255,1)');
      ctx.strokeStyle = g;
      ctx.lineWidth = 1.6;
      ctx.beginPath();
      ctx.moveTo(-8, 12 * s);
      ctx.quadraticCurveTo(10, 17 * s, 26, 16 * s);
      ctx.stroke();
      glow(ctx, 26, 16 * s, 6, JEM_GLOW, 0.7);
      line(
        ctx,
        [
          [-22, 12 * s],
          [-4, 21 * s],
          [14, 22 * s],
        ],
        rgba(JEM_LINE, 0.5),
        0.7,
      );
    }
    // Central hull: a pointed, ridged beetle body.
    smoothPath(
      ctx,
      mirrored([
        [36, 0],
        [30, 3],
        [14, 7],
        [-4, 10],
        [-22, 9],
        [-32, 5],
        [-33, 0],
      ]),
    );
    hullFill(ctx, 10, JEM, JEM_LINE);
    line(
      ctx,
      [
        [-28, 0],
        [30, 0],
      ],
      rgba(shade(JEM, 1.5), 0.7),
      1,
    );
    for (const s of [-1, 1]) {
      line(
        ctx,
        [
          [-26, 4 * s],
          [-4, 7 * s],
          [20, 4 * s],
        ],
        rgba(JEM_LINE, 0.6),
        0.7,
      );
    }
    for (let x = -22; x < 12; x += 6) {
      line(
        ctx,
        [
          [x, -8],
          [x + 2, 0],
          [x, 8],
        ],
        rgba(JEM_LINE, 0.35),
        0.6,
      );
    }
    // Cockpit plate.
    ctx.fillStyle = rgba(0x3a3450);
    ctx.beginPath();
    ctx.ellipse(4, 0, 5, 3, 0, 0, Math.PI * 2);
    ctx.fill();
    lightFromUpperLeft(ctx, 80, 64, 0.15);
    dots(
      ctx,
      rnd,
      [
        [12, 4],
        [12, -4],
        [-10, 6],
        [-10, -6],
        [-18, 6],
        [-18, -6],
      ],
      0xd6b8ff,
      1,
      0.9,
    );
    // Violet glow at the bow (the deflector under the nose) and at the stern.
    glow(ctx, 28, 0, 12, JEM_GLOW, 0.75);
    light(ctx, 30, 0, 2, 0xd9b3ff, 1);
    glow(ctx, -33, 0, 7, JEM_GLOW, 0.6);
  });
}

// ---------------------------------------------------------------- Undine bioship

const UND_DARK = 0x55621c;

/** One long organic lobe: a tapered, curved horn from `from` through `mid` to `tip`. */
function lobe(ctx: Ctx, from: Pt, mid: Pt, tip: Pt, width: number) {
  const steps = 30;
  const left: Pt[] = [];
  const right: Pt[] = [];
  const at = (t: number): Pt => {
    const u = 1 - t;
    return [
      u * u * from[0] + 2 * u * t * mid[0] + t * t * tip[0],
      u * u * from[1] + 2 * u * t * mid[1] + t * t * tip[1],
    ];
  };
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const p = at(t);
    const a = at(Math.max(0, t - 0.02));
    const b = at(Math.min(1, t + 0.02));
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    // Bulging body, pinched at the root, pointed at the tip.
    const w =
      width * (0.55 + 0.45 * Math.sin(Math.min(1, t * 2.2) * Math.PI * 0.5)) * (1 - t) ** 0.8;
    left.push([p[0] - (dy / len) * w, p[1] + (dx / len) * w]);
    right.push([p[0] + (dy / len) * w, p[1] - (dx / len) * w]);
  }
  ctx.beginPath();
  left.forEach(([x, y], i) => {
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  for (let i = right.length - 1; i >= 0; i--) ctx.lineTo(right[i]![0], right[i]![1]);
  ctx.closePath();
  const g = ctx.createLinearGradient(from[0], from[1], tip[0], tip[1]);
  g.addColorStop(0, rgba(0x8fa12c));
  g.addColorStop(0.5, rgba(0xc8d45a));
  g.addColorStop(0.85, rgba(0xe2a640));
  g.addColorStop(1, rgba(0xff8a2a));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(0x3a4210, 0.9);
  ctx.lineWidth = 1;
  ctx.stroke();
  // Ridge vein along the lobe.
  ctx.strokeStyle = rgba(0xf1f0a0, 0.45);
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  for (let i = 2; i <= steps - 2; i++) {
    const [x, y] = at(i / steps);
    if (i === 2) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  return at;
}

export function makeShipUndine(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.shipUndine, 160, 128, (ctx) => {
    const rnd = seeded(8472);
    ctx.translate(80, 64);
    underGlow(ctx, 76, 60, 0xb8d040, 0.1);
    // Two side lobes sweeping out and forward like claws, then the central spine lobe.
    const sides = [-1, 1].map((s) => lobe(ctx, [-40, 10 * s], [-12, 70 * s], [64, 24 * s], 17));
    // Bulbous rear body.
    smoothPath(
      ctx,
      mirrored([
        [34, 0],
        [24, 12],
        [2, 22],
        [-24, 24],
        [-46, 18],
        [-62, 9],
        [-68, 0],
      ]),
    );
    const bg = ctx.createRadialGradient(-14, -8, 4, -14, 0, 56);
    bg.addColorStop(0, rgba(0xd9e070));
    bg.addColorStop(0.6, rgba(0xa2b236));
    bg.addColorStop(1, rgba(UND_DARK));
    ctx.fillStyle = bg;
    ctx.fill();
    ctx.strokeStyle = rgba(0x3a4210, 0.9);
    ctx.lineWidth = 1.2;
    ctx.stroke();
    const centre = lobe(ctx, [-10, 0], [30, 0], [74, 0], 14);
    // Organic veins over the body.
    ctx.save();
    smoothPath(
      ctx,
      mirrored([
        [34, 0],
        [24, 12],
        [2, 22],
        [-24, 24],
        [-46, 18],
        [-62, 9],
        [-68, 0],
      ]),
    );
    ctx.clip();
    ctx.strokeStyle = rgba(UND_DARK, 0.55);
    ctx.lineWidth = 1;
    for (let i = 0; i < 14; i++) {
      let x = -64 + rnd() * 10;
      let y = (rnd() - 0.5) * 10;
      ctx.beginPath();
      ctx.moveTo(x, y);
      const dir = rnd() < 0.5 ? -1 : 1;
      for (let j = 0; j < 6; j++) {
        x += 6 + rnd() * 6;
        y += dir * (1 + rnd() * 4);
        ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
    // Blister bumps.
    for (let i = 0; i < 22; i++) {
      const x = -60 + rnd() * 80;
      const y = (rnd() - 0.5) * 36;
      const r = 1.5 + rnd() * 3;
      const g = ctx.createRadialGradient(x - r * 0.3, y - r * 0.3, 0, x, y, r);
      g.addColorStop(0, 'rgba(240,245,170,0.8)');
      g.addColorStop(1, 'rgba(120,135,40,0)');
      ctx.fillStyle = g;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.restore();
    lightFromUpperLeft(ctx, 160, 128, 0.15);
    // Glowing orange nodules along the lobes and the bio-energy focus at the bow.
    for (const at of [...sides, centre]) {
      for (const t of [0.35, 0.6, 0.82]) {
        const [x, y] = at(t);
        light(ctx, x, y, 1.3, 0xff9a30, 0.9);
      }
    }
    glow(ctx, 70, 0, 16, 0xffb040, 0.55);
    light(ctx, 72, 0, 2.4, 0xffe080, 1);
    glow(ctx, -68, 0, 12, 0xd8ff60, 0.6);
  });
}
