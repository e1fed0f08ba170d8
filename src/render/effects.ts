/**
 * Short-lived effects shared by the space and ground scenes: particles (sparks, blasts, trails,
 * transporter glitter), glows and expanding rings, all drawn into one additive Graphics object
 * redrawn once a frame, plus pooled shield-arc sprites.
 *
 * Why Graphics and not Phaser's particle emitters: under software WebGL (SwiftShader, what the
 * tests and many locked-down machines run) every textured quad costs a fixed fraction of a
 * millisecond however small it is, while flat-coloured triangles cost almost nothing. A blast
 * of sixty sprite particles alone would cost more than the rest of the frame.
 */
import Phaser from 'phaser';

interface Particle {
  x: number;
  y: number;
  vx: number;
  vy: number;
  t: number;
  life: number;
  size0: number;
  size1: number;
  /** Colour ramp over life: start, middle, end. */
  c0: number;
  c1: number;
  c2: number;
  drag: number;
}

interface Pulse {
  kind: 'flash' | 'ring';
  x: number;
  y: number;
  t: number;
  duration: number;
  from: number;
  to: number;
  color: number;
  alpha: number;
}

interface ShieldFlash {
  img: Phaser.GameObjects.Image;
  t: number;
  follow: () => { x: number; y: number } | null;
}

interface Sparkle {
  x: number;
  y: number;
  t: number;
  duration: number;
  spread: number;
  height: number;
}

interface BurstStyle {
  speed: readonly [number, number];
  life: readonly [number, number];
  size: readonly [number, number];
  end: number;
  colors: readonly [number, number, number];
  drag: number;
}

const SHIELD_MS = 380;
const MAX_PARTICLES = 700;
const rand = (lo: number, hi: number) => lo + (hi - lo) * Math.random();

function mix(a: number, b: number, k: number): number {
  const r = ((a >> 16) & 255) + (((b >> 16) & 255) - ((a >> 16) & 255)) * k;
  const g = ((a >> 8) & 255) + (((b >> 8) & 255) - ((a >> 8) & 255)) * k;
  const bl = (a & 255) + ((b & 255) - (a & 255)) * k;
  return ((r & 255) << 16) | ((g & 255) << 8) | (bl & 255);
}

export class Effects {
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly particles: Particle[] = [];
  private readonly spare: Particle[] = [];
  private readonly pulses: Pulse[] = [];
  private readonly shields: ShieldFlash[] = [];
  private readonly freeShields: Phaser.GameObjects.Image[] = [];
  private readonly sparkles: Sparkle[] = [];
  private readonly styles: Record<
    'sparks' | 'blast' | 'bigBlast' | 'trail' | 'glitter',
    BurstStyle
  >;

  /** `scale`: world units per screen pixel at the scene's usual zoom (space is zoomed out). */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer | null,
    private readonly scale: number,
  ) {
    this.gfx = scene.add.graphics().setBlendMode(Phaser.BlendModes.ADD).setDepth(40);
    // Small circles: skip points closer than a pixel (a circle is otherwise 100 points).
    this.gfx.pathDetailThreshold = 1;
    layer?.add(this.gfx);
    const s = scale;
    this.styles = {
      sparks: {
        speed: [60 * s, 240 * s],
        life: [150, 380],
        size: [1.6 * s, 3 * s],
        end: 0,
        colors: [0xffffff, 0xffd890, 0xff7a30],
        drag: 2,
      },
      blast: {
        speed: [30 * s, 190 * s],
        life: [300, 800],
        size: [5 * s, 10 * s],
        end: 0.2,
        colors: [0xfff4d0, 0xff9a40, 0x801c08],
        drag: 2.5,
      },
      bigBlast: {
        speed: [40 * s, 330 * s],
        life: [500, 1400],
        size: [7 * s, 15 * s],
        end: 0.25,
        colors: [0xfff4d0, 0xff9030, 0x601408],
        drag: 1.8,
      },
      trail: {
        speed: [0, 10 * s],
        life: [260, 420],
        size: [3.2 * s, 4.4 * s],
        end: 0,
        colors: [0xffe0c0, 0xff7a40, 0xa01808],
        drag: 0,
      },
      glitter: {
        speed: [10 * s, 45 * s],
        life: [450, 900],
        size: [1.6 * s, 3 * s],
        end: 0,
        colors: [0xffffff, 0xbfe2ff, 0x5f9cff],
        drag: 0.5,
      },
    };
  }

  private emit(
    style: BurstStyle,
    x: number,
    y: number,
    vx: number,
    vy: number,
    colors?: readonly [number, number, number],
  ): void {
    if (this.particles.length >= MAX_PARTICLES) return;
    const p = this.spare.pop() ?? ({} as Particle);
    const size = rand(style.size[0], style.size[1]);
    p.x = x;
    p.y = y;
    p.vx = vx;
    p.vy = vy;
    p.t = 0;
    p.life = rand(style.life[0], style.life[1]);
    p.size0 = size;
    p.size1 = size * style.end;
    const c = colors ?? style.colors;
    p.c0 = c[0];
    p.c1 = c[1];
    p.c2 = c[2];
    p.drag = style.drag;
    this.particles.push(p);
  }

  private burst(
    style: BurstStyle,
    x: number,
    y: number,
    count: number,
    colors?: readonly [number, number, number],
  ): void {
    for (let i = 0; i < count; i++) {
      const a = Math.random() * Math.PI * 2;
      const v = rand(style.speed[0], style.speed[1]);
      this.emit(style, x, y, Math.cos(a) * v, Math.sin(a) * v, colors);
    }
  }

  /** Hit sparks. */
  sparks(x: number, y: number, count: number): void {
    this.burst(this.styles.sparks, x, y, count);
  }

  /** A small fireball (torpedo hit). */
  blast(x: number, y: number, count: number): void {
    this.burst(this.styles.blast, x, y, count);
  }

  /** A ship or grenade explosion. */
  bigBlast(x: number, y: number, count: number, colors?: readonly [number, number, number]): void {
    this.burst(this.styles.bigBlast, x, y, count, colors);
  }

  /** One puff of a torpedo's trail. */
  trail(x: number, y: number): void {
    this.emit(this.styles.trail, x, y, rand(-4, 4) * this.scale, rand(-4, 4) * this.scale);
  }

  /** Glitter bursting out (a dissolving Undine, a transporter). */
  glitter(x: number, y: number, count: number, colors?: readonly [number, number, number]): void {
    this.burst(this.styles.glitter, x, y, count, colors);
  }

  /** A soft glow that grows a little and fades; `size` is its diameter in world units. */
  flash(x: number, y: number, size: number, color = 0xffffff, duration = 300): void {
    this.pulses.push({
      kind: 'flash',
      x,
      y,
      t: 0,
      duration,
      from: size * 0.35,
      to: size * 0.6,
      color,
      alpha: 0.55,
    });
  }

  /** An expanding ring (shockwave, ability pulse); diameters in world units. */
  ring(x: number, y: number, from: number, to: number, color: number, duration = 500): void {
    this.pulses.push({
      kind: 'ring',
      x,
      y,
      t: 0,
      duration,
      from: from / 2,
      to: to / 2,
      color,
      alpha: 0.8,
    });
  }

  /** A shield arc flash (a pooled sprite) that stays on a moving ship. */
  shield(
    key: string,
    follow: () => { x: number; y: number } | null,
    rotation: number,
    scale: number,
    tint: number,
  ): void {
    const at = follow();
    if (!at || this.shields.length > 24) return;
    let img = this.freeShields.pop();
    if (!img) {
      img = this.scene.add.image(0, 0, key).setBlendMode(Phaser.BlendModes.ADD).setDepth(12);
      this.layer?.add(img);
    }
    img.setTexture(key).setPosition(at.x, at.y).setRotation(rotation).setScale(scale);
    img.setTint(tint).setAlpha(0.95).setVisible(true);
    this.shields.push({ img, t: 0, follow });
  }

  /** Transporter sparkle: a column of rising glitter for `duration` ms. */
  sparkle(x: number, y: number, spread: number, height: number, duration = 700): void {
    this.sparkles.push({ x, y, t: 0, duration, spread, height });
    this.flash(x, y, spread * 2.5, 0x6fa8ff, duration);
  }

  update(delta: number): void {
    const dt = delta / 1000;
    const g = this.gfx;
    g.clear();

    for (let i = this.sparkles.length - 1; i >= 0; i--) {
      const s = this.sparkles[i]!;
      s.t += delta;
      const n = Math.max(1, Math.round(delta / 10));
      for (let k = 0; k < n; k++) {
        this.emit(
          this.styles.glitter,
          s.x + (Math.random() - 0.5) * s.spread,
          s.y + (Math.random() - 0.3) * s.height,
          rand(-6, 6) * this.scale,
          -rand(15, 60) * this.scale,
        );
      }
      if (s.t >= s.duration) this.sparkles.splice(i, 1);
    }

    for (let i = this.pulses.length - 1; i >= 0; i--) {
      const p = this.pulses[i]!;
      p.t += delta;
      const k = Math.min(1, p.t / p.duration);
      const r = p.from + (p.to - p.from) * k;
      const a = p.alpha * (1 - k) * (1 - k);
      if (p.kind === 'flash') {
        g.fillStyle(p.color, a * 0.35);
        g.fillCircle(p.x, p.y, r);
        g.fillStyle(p.color, a * 0.5);
        g.fillCircle(p.x, p.y, r * 0.6);
        g.fillStyle(0xffffff, a * 0.6);
        g.fillCircle(p.x, p.y, r * 0.3);
      } else {
        g.lineStyle(Math.max(1.5, 3 * this.scale) * (1 - k * 0.5), p.color, a);
        g.strokeCircle(p.x, p.y, r);
      }
      if (k >= 1) this.pulses.splice(i, 1);
    }

    const list = this.particles;
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i]!;
      p.t += delta;
      if (p.t >= p.life) {
        list[i] = list[list.length - 1]!;
        list.pop();
        this.spare.push(p);
        continue;
      }
      const k = p.t / p.life;
      const damp = 1 - Math.min(1, p.drag * dt);
      p.vx *= damp;
      p.vy *= damp;
      p.x += p.vx * dt;
      p.y += p.vy * dt;
      const size = p.size0 + (p.size1 - p.size0) * k;
      const color = k < 0.5 ? mix(p.c0, p.c1, k * 2) : mix(p.c1, p.c2, (k - 0.5) * 2);
      const alpha = 1 - k * k;
      if (size > 3.5 * this.scale) {
        g.fillStyle(color, alpha * 0.35);
        g.fillCircle(p.x, p.y, size);
        g.fillStyle(color, alpha * 0.8);
        g.fillCircle(p.x, p.y, size * 0.5);
      } else {
        g.fillStyle(color, alpha);
        g.fillRect(p.x - size / 2, p.y - size / 2, size, size);
      }
    }

    for (let i = this.shields.length - 1; i >= 0; i--) {
      const s = this.shields[i]!;
      s.t += delta;
      const k = Math.min(1, s.t / SHIELD_MS);
      const at = s.follow();
      if (at) s.img.setPosition(at.x, at.y);
      s.img.setAlpha(0.95 * (1 - k) * (1 - k));
      if (k >= 1 || !at) {
        s.img.setVisible(false);
        this.shields.splice(i, 1);
        this.freeShields.push(s.img);
      }
    }
  }
}
