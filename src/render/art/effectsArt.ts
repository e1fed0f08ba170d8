import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import { bakeCanvas, glow, rgba, wrapped } from './canvasKit';

/**
 * Weapon and particle effects. The spark is pure white (tint it); the others carry their own
 * colours but are light enough to tint further. All are centred in their texture.
 */

/** Photon torpedo: a hot white core in a red-orange glow with a small four-point flare. */
export function makeTorpedo(scene: Phaser.Scene): void {
  const s = 24;
  bakeCanvas(scene, TextureKey.torpedo, s, s, (ctx) => {
    const c = s / 2;
    glow(ctx, c, c, 12, 0xff4a1a, 0.75);
    glow(ctx, c, c, 7, 0xff8a3a, 0.9);
    // Flare spikes.
    for (const [w, h] of [
      [22, 1.6],
      [1.6, 22],
    ] as const) {
      const g = ctx.createRadialGradient(c, c, 0, c, c, 11);
      g.addColorStop(0, 'rgba(255,230,200,0.95)');
      g.addColorStop(1, 'rgba(255,120,60,0)');
      ctx.fillStyle = g;
      ctx.fillRect(c - w / 2, c - h / 2, w, h);
    }
    const core = ctx.createRadialGradient(c, c, 0, c, c, 3.5);
    core.addColorStop(0, 'rgba(255,255,255,1)');
    core.addColorStop(0.6, 'rgba(255,230,190,1)');
    core.addColorStop(1, 'rgba(255,160,90,0)');
    ctx.fillStyle = core;
    ctx.beginPath();
    ctx.arc(c, c, 3.5, 0, Math.PI * 2);
    ctx.fill();
  });
}

/** Soft white dot for particles (16 px). Tint it per effect. */
export function makeSpark(scene: Phaser.Scene): void {
  const s = 16;
  bakeCanvas(scene, TextureKey.spark, s, s, (ctx) => {
    const c = s / 2;
    const g = ctx.createRadialGradient(c, c, 0, c, c, c);
    g.addColorStop(0, 'rgba(255,255,255,1)');
    g.addColorStop(0.25, 'rgba(255,255,255,0.85)');
    g.addColorStop(0.6, 'rgba(255,255,255,0.25)');
    g.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, s, s);
  });
}

/**
 * A quarter of a shield bubble (−45°..45°), centred in a 160 px texture so that rotating the
 * image about its centre turns the arc to face any hit direction. Pale cyan-white: tint it.
 */
export function makeShieldArc(scene: Phaser.Scene): void {
  const s = 160;
  bakeCanvas(scene, TextureKey.shieldArc, s, s, (ctx) => {
    const c = s / 2;
    const R = 72;
    const half = Math.PI / 4;
    // Band across the arc: bright outer edge fading inwards.
    const band = ctx.createRadialGradient(c, c, R - 16, c, c, R + 5);
    band.addColorStop(0, 'rgba(120,200,255,0)');
    band.addColorStop(0.6, 'rgba(140,210,255,0.35)');
    band.addColorStop(0.86, 'rgba(210,240,255,0.95)');
    band.addColorStop(1, 'rgba(150,215,255,0)');
    ctx.fillStyle = band;
    ctx.beginPath();
    ctx.arc(c, c, R + 5, -half, half);
    ctx.arc(c, c, R - 16, half, -half, true);
    ctx.closePath();
    ctx.fill();
    // Hexagonal lattice shimmer inside the band.
    ctx.save();
    ctx.beginPath();
    ctx.arc(c, c, R + 2, -half, half);
    ctx.arc(c, c, R - 12, half, -half, true);
    ctx.closePath();
    ctx.clip();
    ctx.strokeStyle = 'rgba(220,245,255,0.35)';
    ctx.lineWidth = 0.8;
    const hex = 6;
    for (let row = -14; row < 14; row++) {
      for (let col = 0; col < 16; col++) {
        const x = c + col * hex * 1.5;
        const y = c + row * hex * 1.732 + (col % 2 ? hex * 0.866 : 0);
        ctx.beginPath();
        for (let k = 0; k < 6; k++) {
          const a = (k * Math.PI) / 3;
          const px = x + Math.cos(a) * hex * 0.9;
          const py = y + Math.sin(a) * hex * 0.9;
          if (k === 0) ctx.moveTo(px, py);
          else ctx.lineTo(px, py);
        }
        ctx.closePath();
        ctx.stroke();
      }
    }
    ctx.restore();
    // Fade the ends of the arc.
    ctx.save();
    ctx.globalCompositeOperation = 'destination-in';
    const fade = ctx.createLinearGradient(c, 0, c, s);
    fade.addColorStop(0, 'rgba(0,0,0,0)');
    fade.addColorStop(0.2, 'rgba(0,0,0,0.25)');
    fade.addColorStop(0.42, 'rgba(0,0,0,1)');
    fade.addColorStop(0.58, 'rgba(0,0,0,1)');
    fade.addColorStop(0.8, 'rgba(0,0,0,0.25)');
    fade.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = fade;
    ctx.fillRect(0, 0, s, s);
    ctx.restore();
  });
}

/** Short orange phaser-rifle bolt (24×4), pointing along +x, hot white core. */
export function makeRifleBolt(scene: Phaser.Scene): void {
  const w = 24;
  const h = 4;
  bakeCanvas(scene, TextureKey.rifleBolt, w, h, (ctx) => {
    const outer = ctx.createLinearGradient(0, 0, w, 0);
    outer.addColorStop(0, 'rgba(255,110,20,0)');
    outer.addColorStop(0.5, 'rgba(255,130,30,0.7)');
    outer.addColorStop(1, 'rgba(255,170,60,0.95)');
    ctx.fillStyle = outer;
    ctx.beginPath();
    ctx.moveTo(0, h / 2);
    ctx.quadraticCurveTo(w * 0.5, -0.2, w - 2, 0);
    ctx.arc(w - 2, h / 2, 2, -Math.PI / 2, Math.PI / 2);
    ctx.quadraticCurveTo(w * 0.5, h + 0.2, 0, h / 2);
    ctx.closePath();
    ctx.fill();
    const core = ctx.createLinearGradient(0, 0, w, 0);
    core.addColorStop(0, 'rgba(255,230,160,0)');
    core.addColorStop(0.6, 'rgba(255,240,200,0.9)');
    core.addColorStop(1, 'rgba(255,255,240,1)');
    ctx.fillStyle = core;
    ctx.fillRect(3, h / 2 - 0.75, w - 4, 1.5);
  });
}

/**
 * Security force field (64 px, tiles seamlessly in both directions): cyan interference bands
 * and a faint hex mesh. Scroll the tile (TileSprite tilePosition) and pulse its alpha.
 */
export function makeFieldShimmer(scene: Phaser.Scene): void {
  const s = 64;
  bakeCanvas(
    scene,
    TextureKey.fieldShimmer,
    s,
    s,
    (ctx) => {
      ctx.fillStyle = 'rgba(60,200,255,0.18)';
      ctx.fillRect(0, 0, s, s);
      // Interference bands: whole periods across the tile so the edges meet.
      for (let y = 0; y < s; y++) {
        const v =
          0.5 +
          0.3 * Math.sin((y / s) * Math.PI * 2 * 2) +
          0.2 * Math.sin((y / s) * Math.PI * 2 * 5 + 1.3);
        ctx.fillStyle = `rgba(120,230,255,${(0.05 + 0.3 * v * v).toFixed(3)})`;
        ctx.fillRect(0, y, s, 1);
      }
      // Hex mesh (period 16 px horizontally, 32 px vertically divides 64).
      ctx.strokeStyle = 'rgba(190,250,255,0.5)';
      ctx.lineWidth = 1;
      wrapped(ctx, s, () => {
        for (let row = 0; row < 2; row++) {
          for (let col = 0; col < 4; col++) {
            const x = col * 16 + (row % 2 ? 8 : 0);
            const y = row * 32 + 16;
            ctx.beginPath();
            ctx.moveTo(x, y - 9);
            ctx.lineTo(x + 8, y - 4.5);
            ctx.lineTo(x + 8, y + 4.5);
            ctx.lineTo(x, y + 9);
            ctx.lineTo(x - 8, y + 4.5);
            ctx.lineTo(x - 8, y - 4.5);
            ctx.closePath();
            ctx.stroke();
          }
        }
      });
      // Bright nodes at a few vertices.
      wrapped(ctx, s, () => {
        for (const [x, y] of [
          [8, 11.5],
          [40, 43.5],
          [24, 52.5],
          [56, 20.5],
        ] as const) {
          glow(ctx, x, y, 5, 0xc8fbff, 0.7);
        }
      });
      ctx.fillStyle = rgba(0xffffff, 0.06);
      ctx.fillRect(0, 0, s, s);
    },
    { tile: true },
  );
}
