/**
 * A three-layer parallax starfield drawn as tiny flat rectangles in one Graphics object that
 * wrap around the screen. Not full-screen tiled textures, nor a sprite per star: software
 * WebGL (SwiftShader) pays for every pixel of a screen-sized layer and a fixed price for every
 * textured quad, while a few hundred flat rectangles cost almost nothing.
 */
import type Phaser from 'phaser';
import { seeded } from './textures';

interface Star {
  u: number;
  v: number;
  size: number;
  color: number;
  alpha: number;
  cross: boolean;
}

interface Layer {
  factor: number;
  stars: Star[];
}

const TINTS = [0xffffff, 0xdfe8ff, 0xc8d8ff, 0xfff2d8, 0xffe0b0, 0xb8ccff] as const;
/** Parallax (screen px per world unit), stars per million screen pixels, size and alpha ranges. */
const LAYERS = [
  { factor: 0.015, density: 190, size: [1, 1.6], alpha: [0.3, 0.65] },
  { factor: 0.04, density: 80, size: [1.4, 2.2], alpha: [0.5, 0.9] },
  { factor: 0.09, density: 26, size: [1.8, 2.8], alpha: [0.75, 1] },
] as const;
const MARGIN = 16;

export class Starfield {
  private layers: Layer[] = [];
  private width = 0;
  private height = 0;

  constructor(private readonly gfx: Phaser.GameObjects.Graphics) {}

  private build(width: number, height: number): void {
    this.width = width;
    this.height = height;
    const fw = width + 2 * MARGIN;
    const fh = height + 2 * MARGIN;
    const rnd = seeded(1701);
    this.layers = LAYERS.map((def, li) => {
      const count = Math.round((def.density * fw * fh) / 1_000_000);
      const stars: Star[] = [];
      for (let i = 0; i < count; i++) {
        stars.push({
          u: rnd() * fw,
          v: rnd() * fh,
          size: def.size[0] + (def.size[1] - def.size[0]) * rnd() ** 2,
          color: TINTS[Math.floor(rnd() * TINTS.length)] ?? 0xffffff,
          alpha: def.alpha[0] + (def.alpha[1] - def.alpha[0]) * rnd(),
          cross: li === 2 && rnd() < 0.3,
        });
      }
      return { factor: def.factor, stars };
    });
  }

  /** Redraws the stars for a camera centred on (camX, camY) in world units. */
  update(camX: number, camY: number, width: number, height: number): void {
    if (width !== this.width || height !== this.height) this.build(width, height);
    const g = this.gfx;
    g.clear();
    const fw = width + 2 * MARGIN;
    const fh = height + 2 * MARGIN;
    for (const l of this.layers) {
      const ox = camX * l.factor;
      const oy = camY * l.factor;
      for (const s of l.stars) {
        const x = ((((s.u - ox) % fw) + fw) % fw) - MARGIN;
        const y = ((((s.v - oy) % fh) + fh) % fh) - MARGIN;
        const h = s.size / 2;
        if (s.cross) {
          g.fillStyle(s.color, s.alpha * 0.18);
          g.fillRect(x - h * 2.5, y - h * 2.5, s.size * 2.5, s.size * 2.5);
          g.fillStyle(s.color, s.alpha * 0.45);
          g.fillRect(x - s.size * 2.5, y - 0.5, s.size * 5, 1);
          g.fillRect(x - 0.5, y - s.size * 2.5, 1, s.size * 5);
        }
        g.fillStyle(s.color, s.alpha);
        g.fillRect(x - h, y - h, s.size, s.size);
      }
    }
  }
}
