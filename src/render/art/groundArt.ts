import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import { seeded } from '../textures';
import {
  bakeCanvas,
  type Ctx,
  fieldCanvas,
  glow,
  light,
  noiseField,
  rgba,
  shade,
  wrapped,
} from './canvasKit';

/**
 * Deck and fittings of the station interiors, seen from above. The three floors, the wall and
 * the field tile repeat seamlessly (use them in TileSprites); console, turbolift and transporter
 * pad are single props (clamped), to be scaled to their map rectangles.
 */

/** Paint a tileable colour-noise base: `base` colour varied by ±`amount` with period-safe noise. */
function noiseBase(ctx: Ctx, size: number, base: number, amount: number, seed: number, cells = 4) {
  const field = noiseField(size, cells, seed, 5);
  const r = (base >> 16) & 255;
  const g = (base >> 8) & 255;
  const b = base & 255;
  const canvas = fieldCanvas(field, size, (v) => {
    const k = 1 + (v - 0.5) * 2 * amount;
    return [Math.min(255, r * k), Math.min(255, g * k), Math.min(255, b * k), 255];
  });
  ctx.drawImage(canvas, 0, 0);
}

/** Bevelled rectangle edge: light on the top/left, dark on the bottom/right. */
function bevel(ctx: Ctx, x: number, y: number, w: number, h: number, hi: string, lo: string) {
  ctx.fillStyle = hi;
  ctx.fillRect(x, y, w, 1);
  ctx.fillRect(x, y, 1, h);
  ctx.fillStyle = lo;
  ctx.fillRect(x, y + h - 1, w, 1);
  ctx.fillRect(x + w - 1, y, 1, h);
}

function rivet(ctx: Ctx, x: number, y: number, base: number) {
  ctx.fillStyle = rgba(shade(base, 0.45));
  ctx.beginPath();
  ctx.arc(x + 0.4, y + 0.4, 1.4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = rgba(shade(base, 1.5));
  ctx.beginPath();
  ctx.arc(x - 0.2, y - 0.2, 1, 0, Math.PI * 2);
  ctx.fill();
}

/** Promenade deck: warm bronze 64 px panels with a faint Cardassian oval inlay, alternating. */
export function makeFloorPromenade(scene: Phaser.Scene): void {
  const s = 128;
  const base = 0x6f5333;
  bakeCanvas(
    scene,
    TextureKey.floorPromenade,
    s,
    s,
    (ctx) => {
      noiseBase(ctx, s, base, 0.14, 501);
      for (let py = 0; py < 2; py++) {
        for (let px = 0; px < 2; px++) {
          const x = px * 64;
          const y = py * 64;
          const vertical = (px + py) % 2 === 1;
          // Recessed inner field.
          ctx.fillStyle = rgba(shade(base, 0.8), 0.45);
          ctx.fillRect(x + 6, y + 6, 52, 52);
          bevel(ctx, x + 6, y + 6, 52, 52, 'rgba(0,0,0,0.25)', 'rgba(255,225,170,0.12)');
          // Cardassian elongated oval inlay.
          ctx.save();
          ctx.translate(x + 32, y + 32);
          if (vertical) ctx.rotate(Math.PI / 2);
          ctx.beginPath();
          ctx.ellipse(0, 0, 22, 11, 0, 0, Math.PI * 2);
          ctx.strokeStyle = rgba(0xb88a44, 0.5);
          ctx.lineWidth = 2;
          ctx.stroke();
          ctx.beginPath();
          ctx.ellipse(0, 0, 15, 6, 0, 0, Math.PI * 2);
          ctx.fillStyle = rgba(shade(base, 0.7), 0.5);
          ctx.fill();
          ctx.strokeStyle = rgba(0xd9a860, 0.25);
          ctx.lineWidth = 1;
          ctx.stroke();
          ctx.restore();
          // Panel border and corner rivets.
          bevel(ctx, x, y, 64, 64, 'rgba(255,225,170,0.18)', 'rgba(0,0,0,0.4)');
          for (const [rx, ry] of [
            [x + 3, y + 3],
            [x + 61, y + 3],
            [x + 3, y + 61],
            [x + 61, y + 61],
          ] as const) {
            rivet(ctx, rx, ry, base);
          }
        }
      }
      // Light wear across the whole tile (periodic noise, so still seamless).
      ctx.globalAlpha = 0.5;
      ctx.drawImage(
        fieldCanvas(noiseField(s, 8, 502, 3), s, (v) => [
          30,
          20,
          10,
          Math.max(0, (v - 0.55) * 400),
        ]),
        0,
        0,
      );
      ctx.globalAlpha = 1;
    },
    { tile: true },
  );
}

/** Habitat corridor deck: dark grey 32 px plates, grated and solid, ochre guide seams. */
export function makeFloorCorridor(scene: Phaser.Scene): void {
  const s = 128;
  const base = 0x45413b;
  bakeCanvas(
    scene,
    TextureKey.floorCorridor,
    s,
    s,
    (ctx) => {
      noiseBase(ctx, s, base, 0.16, 601);
      for (let py = 0; py < 4; py++) {
        for (let px = 0; px < 4; px++) {
          const x = px * 32;
          const y = py * 32;
          const grate = (px + py * 2) % 3 === 0;
          if (grate) {
            ctx.fillStyle = rgba(0x17150f, 0.8);
            ctx.fillRect(x + 4, y + 4, 24, 24);
            ctx.fillStyle = rgba(shade(base, 1.15));
            for (let k = 0; k < 6; k++) ctx.fillRect(x + 5, y + 5 + k * 4, 22, 1.6);
            glow(ctx, x + 16, y + 16, 10, 0xffa040, 0.12);
          } else {
            rivet(ctx, x + 4, y + 4, base);
            rivet(ctx, x + 28, y + 28, base);
            ctx.strokeStyle = rgba(shade(base, 0.6), 0.6);
            ctx.lineWidth = 1;
            ctx.beginPath();
            ctx.moveTo(x + 9, y + 16);
            ctx.lineTo(x + 23, y + 16);
            ctx.stroke();
          }
          bevel(ctx, x, y, 32, 32, 'rgba(255,235,200,0.16)', 'rgba(0,0,0,0.55)');
        }
      }
      // Ochre guide seams every 64 px, both ways.
      ctx.fillStyle = rgba(0xb5863a, 0.75);
      for (const k of [0, 64]) {
        ctx.fillRect(0, k + 31, s, 2);
        ctx.fillRect(k + 31, 0, 2, s);
      }
      ctx.fillStyle = rgba(0xffc060, 0.35);
      for (const k of [0, 64]) {
        ctx.fillRect(0, k + 31.5, s, 0.8);
        ctx.fillRect(k + 31.5, 0, 0.8, s);
      }
      ctx.globalAlpha = 0.6;
      ctx.drawImage(
        fieldCanvas(noiseField(s, 8, 602, 3), s, (v) => [10, 8, 6, Math.max(0, (v - 0.5) * 300)]),
        0,
        0,
      );
      ctx.globalAlpha = 1;
    },
    { tile: true },
  );
}

/** Ops deck: near-black plating with glowing amber inlaid lines and circle motifs. */
export function makeFloorOps(scene: Phaser.Scene): void {
  const s = 128;
  const base = 0x24211e;
  bakeCanvas(
    scene,
    TextureKey.floorOps,
    s,
    s,
    (ctx) => {
      noiseBase(ctx, s, base, 0.25, 701);
      // Fine diagonal hatch.
      ctx.strokeStyle = 'rgba(255,255,255,0.035)';
      ctx.lineWidth = 1;
      wrapped(ctx, s, () => {
        for (let k = -s; k < s; k += 8) {
          ctx.beginPath();
          ctx.moveTo(k, 0);
          ctx.lineTo(k + s, s);
          ctx.stroke();
        }
      });
      const amber = 0xffa640;
      const lineGlow = (draw: () => void) => {
        ctx.save();
        ctx.strokeStyle = rgba(amber, 0.22);
        ctx.lineWidth = 5;
        draw();
        ctx.strokeStyle = rgba(amber, 0.9);
        ctx.lineWidth = 1.4;
        draw();
        ctx.restore();
      };
      wrapped(ctx, s, () => {
        lineGlow(() => {
          ctx.beginPath();
          for (const k of [0, 64]) {
            ctx.moveTo(-4, k);
            ctx.lineTo(s + 4, k);
            ctx.moveTo(k, -4);
            ctx.lineTo(k, s + 4);
          }
          ctx.stroke();
        });
        lineGlow(() => {
          ctx.beginPath();
          ctx.arc(32, 32, 14, 0, Math.PI * 2);
          ctx.moveTo(110, 96);
          ctx.arc(96, 96, 14, 0, Math.PI * 2);
          ctx.stroke();
        });
      });
      // Darker plates in the other two quadrants with a short amber dash pair.
      for (const [x, y] of [
        [64, 0],
        [0, 64],
      ] as const) {
        ctx.fillStyle = 'rgba(0,0,0,0.25)';
        ctx.fillRect(x + 8, y + 8, 48, 48);
        bevel(ctx, x + 8, y + 8, 48, 48, 'rgba(0,0,0,0.4)', 'rgba(255,200,140,0.1)');
        ctx.fillStyle = rgba(amber, 0.7);
        ctx.fillRect(x + 22, y + 30, 20, 1.2);
        ctx.fillRect(x + 22, y + 34, 20, 1.2);
      }
      // Crossing lights.
      for (const [x, y] of [
        [0, 0],
        [64, 0],
        [0, 64],
        [64, 64],
        [128, 0],
        [0, 128],
        [128, 64],
        [64, 128],
        [128, 128],
      ] as const) {
        glow(ctx, x, y, 5, 0xffd090, 0.8);
      }
    },
    { tile: true },
  );
}

/** Cardassian ribbed metal (64 px, tiles): four vertical ribs and a riveted cross seam. */
export function makeWall(scene: Phaser.Scene): void {
  const s = 64;
  const base = 0x5f574c;
  bakeCanvas(
    scene,
    TextureKey.wall,
    s,
    s,
    (ctx) => {
      noiseBase(ctx, s, base, 0.08, 801, 2);
      for (let i = 0; i < 4; i++) {
        const x = i * 16;
        const g = ctx.createLinearGradient(x, 0, x + 16, 0);
        g.addColorStop(0, 'rgba(0,0,0,0.6)');
        g.addColorStop(0.15, 'rgba(255,236,200,0.4)');
        g.addColorStop(0.3, 'rgba(255,236,200,0.12)');
        g.addColorStop(0.7, 'rgba(0,0,0,0.1)');
        g.addColorStop(0.9, 'rgba(0,0,0,0.45)');
        g.addColorStop(1, 'rgba(0,0,0,0.7)');
        ctx.fillStyle = g;
        ctx.fillRect(x, 0, 16, s);
      }
      // Horizontal seam band with rivets (at the tile edge, so it repeats every 64 px).
      ctx.fillStyle = 'rgba(20,14,8,0.55)';
      ctx.fillRect(0, 0, s, 3);
      ctx.fillStyle = 'rgba(255,225,180,0.2)';
      ctx.fillRect(0, 3, s, 1);
      ctx.fillStyle = rgba(0xb5863a, 0.5);
      ctx.fillRect(0, 31, s, 2);
      for (let i = 0; i < 4; i++) {
        rivet(ctx, i * 16 + 8, 8, base);
        rivet(ctx, i * 16 + 8, 40, base);
      }
    },
    { tile: true },
  );
}

/** A Cardassian console seen from above (64 px): bronze housing, lit screens, buttons. */
export function makeConsole(scene: Phaser.Scene): void {
  const s = 64;
  bakeCanvas(scene, TextureKey.console, s, s, (ctx) => {
    const rnd = seeded(901);
    ctx.save();
    ctx.shadowColor = 'rgba(0,0,0,0.6)';
    ctx.shadowBlur = 4;
    ctx.shadowOffsetX = 1.5;
    ctx.shadowOffsetY = 2;
    ctx.beginPath();
    ctx.roundRect(3, 3, s - 6, s - 6, 6);
    const g = ctx.createLinearGradient(0, 0, s, s);
    g.addColorStop(0, rgba(0x8a7252));
    g.addColorStop(1, rgba(0x3e3224));
    ctx.fillStyle = g;
    ctx.fill();
    ctx.restore();
    ctx.strokeStyle = rgba(0x1b150e);
    ctx.lineWidth = 1.5;
    ctx.stroke();
    // Dark glass surface.
    ctx.fillStyle = rgba(0x141210);
    ctx.beginPath();
    ctx.roundRect(8, 8, s - 16, s - 16, 3);
    ctx.fill();
    // Screens: an amber schematic, a green graph and a blue readout.
    const screen = (x: number, y: number, w: number, h: number, col: number) => {
      const sg = ctx.createLinearGradient(x, y, x, y + h);
      sg.addColorStop(0, rgba(shade(col, 0.55)));
      sg.addColorStop(1, rgba(shade(col, 0.25)));
      ctx.fillStyle = sg;
      ctx.fillRect(x, y, w, h);
      ctx.strokeStyle = rgba(col, 0.9);
      ctx.lineWidth = 0.8;
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      glow(ctx, x + w / 2, y + h / 2, Math.max(w, h) * 0.7, col, 0.25);
    };
    screen(11, 11, 24, 17, 0xffa640);
    ctx.strokeStyle = rgba(0xffd38a, 0.9);
    ctx.lineWidth = 0.8;
    ctx.beginPath();
    ctx.arc(23, 19.5, 5, 0, Math.PI * 2);
    ctx.moveTo(14, 19.5);
    ctx.lineTo(32, 19.5);
    ctx.moveTo(23, 13);
    ctx.lineTo(23, 26);
    ctx.stroke();
    screen(38, 11, 15, 17, 0x62e08a);
    ctx.strokeStyle = rgba(0xb8ffc8, 0.9);
    ctx.beginPath();
    for (let i = 0; i <= 6; i++) {
      const x = 40 + i * 2;
      const y = 24 - rnd() * 10;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
    screen(11, 32, 42, 8, 0x58b8ff);
    ctx.fillStyle = rgba(0xcdeaff, 0.85);
    for (let i = 0; i < 7; i++) ctx.fillRect(13 + i * 5.6, 34.5, 3 + rnd() * 1.5, 1);
    ctx.fillStyle = rgba(0xcdeaff, 0.55);
    for (let i = 0; i < 5; i++) ctx.fillRect(13 + i * 7.5, 37, 4, 0.8);
    // Button rows.
    const cols = [0xff5a3a, 0xffc040, 0x40d0ff, 0x9aff6a, 0xffffff];
    for (let row = 0; row < 2; row++) {
      for (let i = 0; i < 8; i++) {
        const col = cols[Math.floor(rnd() * cols.length)] ?? 0xffffff;
        ctx.fillStyle = rgba(col, rnd() < 0.75 ? 0.95 : 0.3);
        ctx.fillRect(12 + i * 5.2, 44 + row * 5, 3.4, 2.6);
      }
    }
  });
}

/** Turbolift: a round lift platform set in a square bronze housing with amber guide lights. */
export function makeTurbolift(scene: Phaser.Scene): void {
  const s = 128;
  bakeCanvas(scene, TextureKey.turbolift, s, s, (ctx) => {
    const c = s / 2;
    // Housing.
    ctx.beginPath();
    ctx.roundRect(4, 4, s - 8, s - 8, 14);
    const hg = ctx.createLinearGradient(0, 0, s, s);
    hg.addColorStop(0, rgba(0x8c7352));
    hg.addColorStop(1, rgba(0x3a2e20));
    ctx.fillStyle = hg;
    ctx.fill();
    ctx.strokeStyle = rgba(0x1a140c);
    ctx.lineWidth = 2;
    ctx.stroke();
    // Shaft well.
    ctx.beginPath();
    ctx.arc(c, c, 54, 0, Math.PI * 2);
    ctx.fillStyle = rgba(0x0e0c0a);
    ctx.fill();
    // Guide lights round the well.
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      light(ctx, c + Math.cos(a) * 50, c + Math.sin(a) * 50, 1.3, 0xffb050, 0.9);
    }
    // Platform disc.
    ctx.beginPath();
    ctx.arc(c, c, 44, 0, Math.PI * 2);
    const pg = ctx.createRadialGradient(c - 14, c - 14, 4, c, c, 44);
    pg.addColorStop(0, rgba(0x9a8a74));
    pg.addColorStop(1, rgba(0x4a4034));
    ctx.fillStyle = pg;
    ctx.fill();
    ctx.strokeStyle = rgba(0x1a140c);
    ctx.lineWidth = 1.5;
    ctx.stroke();
    for (const r of [34, 22]) {
      ctx.beginPath();
      ctx.arc(c, c, r, 0, Math.PI * 2);
      ctx.strokeStyle = 'rgba(0,0,0,0.45)';
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(c - 0.8, c - 0.8, r, 0, Math.PI * 2);
      ctx.strokeStyle = 'rgba(255,230,190,0.2)';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    // Radial treads and the Cardassian emblem at the centre.
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    ctx.lineWidth = 1.5;
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(c + Math.cos(a) * 24, c + Math.sin(a) * 24);
      ctx.lineTo(c + Math.cos(a) * 33, c + Math.sin(a) * 33);
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.moveTo(c, c - 14);
    ctx.lineTo(c + 9, c);
    ctx.lineTo(c, c + 14);
    ctx.lineTo(c - 9, c);
    ctx.closePath();
    ctx.fillStyle = rgba(0xc99a4a);
    ctx.fill();
    ctx.strokeStyle = rgba(0x3a2a14);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(c, c, 4, 0, Math.PI * 2);
    ctx.fillStyle = rgba(0x3a2a14);
    ctx.fill();
    // Control post in one corner.
    ctx.fillStyle = rgba(0x1a140c);
    ctx.fillRect(s - 22, 8, 12, 8);
    light(ctx, s - 19, 12, 1.2, 0x62e08a, 1);
    light(ctx, s - 13, 12, 1.2, 0xffa640, 1);
  });
}

/** Ops transporter pad: a round Cardassian platform with glowing emitter cells (128 px). */
export function makeTransporterPad(scene: Phaser.Scene): void {
  const s = 128;
  bakeCanvas(scene, TextureKey.transporterPad, s, s, (ctx) => {
    const c = s / 2;
    ctx.save();
    ctx.shadowColor = 'rgba(0,0,0,0.6)';
    ctx.shadowBlur = 8;
    ctx.shadowOffsetX = 3;
    ctx.shadowOffsetY = 4;
    ctx.beginPath();
    ctx.arc(c, c, 60, 0, Math.PI * 2);
    const og = ctx.createLinearGradient(0, 0, s, s);
    og.addColorStop(0, rgba(0xa07e4c));
    og.addColorStop(1, rgba(0x3e3020));
    ctx.fillStyle = og;
    ctx.fill();
    ctx.restore();
    ctx.strokeStyle = rgba(0x1a140c);
    ctx.lineWidth = 2;
    ctx.stroke();
    // Segmented rim.
    ctx.strokeStyle = 'rgba(0,0,0,0.5)';
    ctx.lineWidth = 1.5;
    for (let i = 0; i < 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(c + Math.cos(a) * 50, c + Math.sin(a) * 50);
      ctx.lineTo(c + Math.cos(a) * 59, c + Math.sin(a) * 59);
      ctx.stroke();
    }
    for (let i = 0; i < 12; i++) {
      const a = ((i + 0.5) / 12) * Math.PI * 2;
      light(ctx, c + Math.cos(a) * 55, c + Math.sin(a) * 55, 1.2, 0xffb050, 0.95);
    }
    // Inner pad: dark with a cyan-blue glow.
    ctx.beginPath();
    ctx.arc(c, c, 48, 0, Math.PI * 2);
    const ig = ctx.createRadialGradient(c, c, 4, c, c, 48);
    ig.addColorStop(0, rgba(0x2a4a5a));
    ig.addColorStop(1, rgba(0x121418));
    ctx.fillStyle = ig;
    ctx.fill();
    ctx.strokeStyle = rgba(0xc99a4a, 0.8);
    ctx.lineWidth = 2;
    ctx.stroke();
    // Emitter cells: hexagons in two rings round a centre cell.
    const cell = (x: number, y: number, r: number) => {
      ctx.beginPath();
      for (let k = 0; k < 6; k++) {
        const a = (k * Math.PI) / 3 + Math.PI / 6;
        const px = x + Math.cos(a) * r;
        const py = y + Math.sin(a) * r;
        if (k === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.closePath();
      const cg = ctx.createRadialGradient(x, y, 0, x, y, r);
      cg.addColorStop(0, 'rgba(200,245,255,0.95)');
      cg.addColorStop(0.6, 'rgba(90,190,240,0.6)');
      cg.addColorStop(1, 'rgba(40,90,130,0.5)');
      ctx.fillStyle = cg;
      ctx.fill();
      ctx.strokeStyle = rgba(0x0c1418);
      ctx.lineWidth = 1.5;
      ctx.stroke();
    };
    cell(c, c, 9);
    for (let i = 0; i < 6; i++) {
      const a = (i / 6) * Math.PI * 2;
      cell(c + Math.cos(a) * 19, c + Math.sin(a) * 19, 8);
    }
    for (let i = 0; i < 12; i++) {
      const a = ((i + 0.5) / 12) * Math.PI * 2;
      cell(c + Math.cos(a) * 36, c + Math.sin(a) * 36, 6.5);
    }
    glow(ctx, c, c, 40, 0x80e0ff, 0.25);
  });
}
