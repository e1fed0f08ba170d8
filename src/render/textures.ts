import Phaser from 'phaser';
import { TextureKey } from './keys';

/**
 * Procedurally generated textures (no image files: the game ships without downloaded art).
 *
 * Every texture is baked from a Graphics object with `generateTexture` (which uses the Canvas
 * 2D API, so gradient fills are not available). Star placement uses a small local seeded PRNG
 * so the title screen looks the same on every load (stable screenshots); this is presentation
 * only and never touches simulation randomness.
 */

export interface TextureTask {
  /** Shown under the progress bar while the task runs. */
  label: string;
  run(scene: Phaser.Scene): void;
  /** A heavy part of a painting: it starts a frame of its own, never after other work. */
  slice?: boolean;
}

/** mulberry32: tiny, fast, good enough for scattering stars. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const v = (x: number, y: number) => new Phaser.Math.Vector2(x, y);

const STAR_TINTS = [0xffffff, 0xdfe8ff, 0xc8d8ff, 0xfff2d8, 0xffe0b0, 0xb8ccff] as const;

function bake(
  scene: Phaser.Scene,
  key: string,
  size: { w: number; h: number },
  draw: (g: Phaser.GameObjects.Graphics) => void,
): void {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const g = scene.make.graphics({}, false);
  draw(g);
  g.generateTexture(key, size.w, size.h);
  g.destroy();
  // Phaser 4 + WebGL: power-of-two textures default to REPEAT, so linear filtering at the
  // border samples the opposite edge (a faint seam/halo around sprites). Clamp every generated
  // texture; TileSprite does its own wrapping in the shader and does not need REPEAT.
  scene.textures
    .get(key)
    .setWrap(Phaser.Textures.WrapMode.CLAMP_TO_EDGE, Phaser.Textures.WrapMode.CLAMP_TO_EDGE);
}

/** A tileable star layer: stars near an edge are also drawn on the opposite edge. */
function starLayer(
  key: string,
  seed: number,
  count: number,
  radius: [number, number],
  alpha: [number, number],
): TextureTask {
  const size = 512;
  return {
    label: `Charting stars (${key})`,
    run(scene) {
      const rnd = seeded(seed);
      bake(scene, key, { w: size, h: size }, (g) => {
        for (let i = 0; i < count; i++) {
          const x = rnd() * size;
          const y = rnd() * size;
          const r = radius[0] + (radius[1] - radius[0]) * rnd() ** 3;
          const a = alpha[0] + (alpha[1] - alpha[0]) * rnd();
          const tint = STAR_TINTS[Math.floor(rnd() * STAR_TINTS.length)] ?? 0xffffff;
          for (const dx of [0, -size, size]) {
            for (const dy of [0, -size, size]) {
              const px = x + dx;
              const py = y + dy;
              if (px < -4 || px > size + 4 || py < -4 || py > size + 4) continue;
              if (r > 1.2) {
                g.fillStyle(tint, a * 0.18);
                g.fillCircle(px, py, r * 2.4);
              }
              g.fillStyle(tint, a);
              g.fillCircle(px, py, r);
            }
          }
        }
      });
    },
  };
}

const glintTask: TextureTask = {
  label: 'Polishing starlight',
  run(scene) {
    const s = 32;
    const c = s / 2;
    bake(scene, TextureKey.glint, { w: s, h: s }, (g) => {
      for (let i = 8; i >= 1; i--) {
        g.fillStyle(0xffffff, 0.05 + (8 - i) * 0.03);
        g.fillCircle(c, c, i * 1.6);
      }
      g.fillStyle(0xffffff, 0.35);
      g.fillRect(c - 0.5, 1, 1, s - 2);
      g.fillRect(1, c - 0.5, s - 2, 1);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(c, c, 1.6);
    });
  },
};

const nebulaTask: TextureTask = {
  label: 'Mapping the Bajoran sector',
  run(scene) {
    const w = 512;
    const h = 256;
    const rnd = seeded(7);
    bake(scene, TextureKey.nebula, { w, h }, (g) => {
      // Soft blotches built from many translucent circles (no gradients in generateTexture).
      const palette = [0x3a2a6e, 0x5a2f6e, 0x1f3f7a, 0x7a3b4e] as const;
      for (let i = 0; i < 90; i++) {
        const x = w * (0.15 + 0.7 * rnd());
        const y = h * (0.5 + 0.32 * (rnd() - 0.5) + 0.18 * Math.sin((x / w) * Math.PI * 2));
        const r = 18 + 46 * rnd();
        g.fillStyle(palette[i % palette.length] ?? 0x3a2a6e, 0.05);
        g.fillCircle(x, y, r);
      }
    });
  },
};

/**
 * Deep Space 9 seen from the side: the outer docking ring and the habitat ring as flattened
 * ellipses, the central core (ops on top, fusion core below), the three crossover bridges and
 * the curved upper and lower docking pylons.
 */
const ds9Task: TextureTask = {
  label: 'Plotting a course to Deep Space 9',
  run(scene) {
    const size = 512;
    const cx = size / 2;
    const cy = size / 2;
    const hull = 0x8794a6;
    const hullDark = 0x4c5666;
    const hullLight = 0xb9c4d4;
    const amber = 0xffc46b;
    const rnd = seeded(9);

    /** A pylon: a tapering curved spar from (x0,y0) bending towards the centre. */
    const pylon = (
      g: Phaser.GameObjects.Graphics,
      x0: number,
      y0: number,
      up: number,
      lean: number,
      w: number,
      color: number,
    ) => {
      const steps = 16;
      const left: Phaser.Math.Vector2[] = [];
      const right: Phaser.Math.Vector2[] = [];
      for (let i = 0; i <= steps; i++) {
        const t = i / steps;
        const x = x0 + lean * t * t;
        const y = y0 - up * t;
        const half = (w / 2) * (1 - 0.65 * t);
        left.push(v(x - half, y));
        right.push(v(x + half, y));
      }
      g.fillStyle(color, 1);
      g.fillPoints([...left, ...right.reverse()], true);
      // Tip lights.
      g.fillStyle(0xff5a4a, 1);
      g.fillCircle(x0 + lean, y0 - up, 2.2);
    };

    /** Stroke part of an ellipse outline (angles in radians, 0 = right, PI/2 = front). */
    const ellipseArc = (
      g: Phaser.GameObjects.Graphics,
      rx: number,
      ry: number,
      a0: number,
      a1: number,
      width: number,
      color: number,
    ) => {
      const pts: Phaser.Math.Vector2[] = [];
      const steps = 48;
      for (let i = 0; i <= steps; i++) {
        const a = a0 + ((a1 - a0) * i) / steps;
        pts.push(v(cx + Math.cos(a) * rx, cy + Math.sin(a) * ry));
      }
      g.lineStyle(width, color, 1);
      g.strokePoints(pts, false, false);
    };

    bake(scene, TextureKey.ds9, { w: size, h: size }, (g) => {
      // Faint halo to lift the silhouette off the starfield.
      for (let i = 6; i >= 1; i--) {
        g.fillStyle(0x6f8fc0, 0.025);
        g.fillEllipse(cx, cy, 300 + i * 34, 150 + i * 22);
      }

      // Far side first: the back upper pylon, the far halves of both rings and two bridges.
      pylon(g, cx + 70, cy - 34, 150, -12, 12, hullDark);
      ellipseArc(g, 225, 39, Math.PI, Math.PI * 2, 9, hullDark);
      ellipseArc(g, 145, 26, Math.PI, Math.PI * 2, 13, hullDark);
      g.lineStyle(5, hullDark, 1);
      g.lineBetween(cx, cy, cx - 195, cy - 20);
      g.lineBetween(cx, cy, cx + 195, cy - 20);

      // Central core: upper section with ops, promenade disc, lower fusion core.
      g.fillStyle(hull, 1);
      g.fillPoints(
        [
          v(cx - 46, cy - 14),
          v(cx - 34, cy - 62),
          v(cx - 20, cy - 76),
          v(cx + 20, cy - 76),
          v(cx + 34, cy - 62),
          v(cx + 46, cy - 14),
        ],
        true,
      );
      g.fillStyle(hullLight, 1);
      g.fillEllipse(cx, cy - 78, 44, 14, 32);
      g.fillStyle(hull, 1);
      g.fillPoints(
        [
          v(cx - 42, cy + 18),
          v(cx + 42, cy + 18),
          v(cx + 24, cy + 96),
          v(cx + 10, cy + 140),
          v(cx, cy + 150),
          v(cx - 10, cy + 140),
          v(cx - 24, cy + 96),
        ],
        true,
      );
      g.fillStyle(hullDark, 1);
      g.fillRect(cx - 30, cy + 60, 60, 4);
      g.fillRect(cx - 20, cy + 104, 40, 3);
      g.fillStyle(hull, 1);
      g.fillEllipse(cx, cy, 150, 58, 64);
      g.fillStyle(hullLight, 1);
      g.fillEllipse(cx, cy - 6, 138, 30, 64);

      // Side pylons: the upper ones curl inward, the lower ones are shorter.
      pylon(g, cx - 222, cy - 6, 168, 34, 15, hull);
      pylon(g, cx + 222, cy - 6, 168, -34, 15, hull);
      pylon(g, cx - 222, cy + 6, -120, 26, 13, hull);
      pylon(g, cx + 222, cy + 6, -120, -26, 13, hull);

      // Near side: front halves of the rings, the front bridge and the front lower pylon.
      ellipseArc(g, 145, 26, 0, Math.PI, 13, hull);
      ellipseArc(g, 145, 22, 0.15, Math.PI - 0.15, 2, hullLight);
      g.lineStyle(6, hull, 1);
      g.lineBetween(cx - 40, cy + 24, cx - 70, cy + 37);
      ellipseArc(g, 225, 39, 0, Math.PI, 9, hull);
      pylon(g, cx - 70, cy + 40, -128, 12, 13, hullLight);

      // Window lights along the rings and the promenade.
      for (let i = 0; i < 70; i++) {
        const t = rnd() * Math.PI;
        const ring = rnd() < 0.6 ? { rx: 145, ry: 26 } : { rx: 225, ry: 39 };
        g.fillStyle(rnd() < 0.7 ? amber : 0xe8f0ff, 0.6 + 0.4 * rnd());
        g.fillRect(cx + Math.cos(t) * ring.rx - 1, cy + Math.sin(t) * ring.ry - 1, 2, 2);
      }
      for (let i = 0; i < 24; i++) {
        g.fillStyle(amber, 0.8);
        g.fillRect(cx - 60 + rnd() * 120, cy - 4 + rnd() * 10, 2, 2);
      }
    });
  },
};

/** All textures the title screen needs, in the order the preloader makes them. */
export function textureTasks(): TextureTask[] {
  return [
    starLayer(TextureKey.starsFar, 1, 900, [0.4, 0.9], [0.25, 0.6]),
    starLayer(TextureKey.starsMid, 2, 260, [0.6, 1.4], [0.45, 0.85]),
    starLayer(TextureKey.starsNear, 3, 70, [0.9, 2.1], [0.7, 1]),
    glintTask,
    nebulaTask,
    ds9Task,
  ];
}
