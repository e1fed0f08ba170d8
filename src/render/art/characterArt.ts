import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import { bakeCanvas, type Ctx, glow, light, rgba, shade } from './canvasKit';

/**
 * Ground characters seen from above, facing +x, centred in a 32 px texture (T'Vala's Undine
 * form is bigger: 48 px). Readable at 32 px: a coloured uniform (shoulders), a head with hair,
 * arms and a small weapon, each with a dark outline and a soft shadow.
 */

const OUTLINE = 0x14110e;
const SKIN = 0xd9a47c;

type Weapon = 'rifle' | 'pistol' | 'none';

interface PersonSpec {
  uniform: number;
  /** Shoulder yoke colour (Starfleet: black), drawn over the uniform's back. */
  yoke?: number;
  /** Thin trim line along the shoulders' edge. */
  trim?: number;
  skin?: number;
  hair: number;
  weapon: Weapon;
  /** Weapon emitter colour. */
  emitter?: number;
  /** Extra details painted after the head (eyes, ears, badges). */
  extras?: (ctx: Ctx) => void;
  /** Extra details painted before the body (shadows, aura, carried items). */
  under?: (ctx: Ctx) => void;
}

function ellipse(ctx: Ctx, x: number, y: number, rx: number, ry: number) {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
}

function softShadow(ctx: Ctx, x: number, y: number, rx: number, ry: number) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(1, ry / rx);
  glow(ctx, 0, 0, rx, 0x000000, 0.55);
  ctx.restore();
}

function weapon(ctx: Ctx, kind: Weapon, emitter: number) {
  if (kind === 'none') return;
  const len = kind === 'rifle' ? 12 : 6;
  const x0 = kind === 'rifle' ? 5 : 8.5;
  ctx.fillStyle = rgba(0x2b2d33);
  ctx.strokeStyle = rgba(OUTLINE);
  ctx.lineWidth = 0.8;
  ctx.beginPath();
  ctx.rect(x0, 0.3, len, kind === 'rifle' ? 2.6 : 2.2);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = rgba(0x6b707a);
  ctx.fillRect(x0 + 1, 0.9, len - 3, 0.8);
  light(ctx, x0 + len, 1.5, 0.7, emitter, 0.9);
}

function person(ctx: Ctx, spec: PersonSpec) {
  const skin = spec.skin ?? SKIN;
  ctx.save();
  ctx.translate(16, 16);
  softShadow(ctx, 1.5, 2, 11, 10);
  spec.under?.(ctx);
  // Arms reaching forward to the weapon (or relaxed at the sides without one).
  const hands: [number, number][] =
    spec.weapon === 'rifle'
      ? [
          [10, 1.5],
          [5.5, 3.5],
        ]
      : spec.weapon === 'pistol'
        ? [
            [8.5, 1.5],
            [2, -7.5],
          ]
        : [
            [3, 8],
            [3, -8],
          ];
  const shoulders: [number, number][] = [
    [0, 6.5],
    [0, -6.5],
  ];
  ctx.lineCap = 'round';
  for (let i = 0; i < 2; i++) {
    const [sx, sy] = shoulders[i]!;
    const [hx, hy] = hands[i]!;
    ctx.strokeStyle = rgba(OUTLINE);
    ctx.lineWidth = 4.6;
    ctx.beginPath();
    ctx.moveTo(sx, sy);
    ctx.lineTo(hx, hy);
    ctx.stroke();
    ctx.strokeStyle = rgba(shade(spec.uniform, 0.85));
    ctx.lineWidth = 3;
    ctx.stroke();
  }
  weapon(ctx, spec.weapon, spec.emitter ?? 0xff9a40);
  for (const [hx, hy] of hands) {
    ctx.fillStyle = rgba(skin);
    ctx.strokeStyle = rgba(OUTLINE);
    ctx.lineWidth = 0.8;
    ellipse(ctx, hx, hy, 1.6, 1.6);
    ctx.fill();
    ctx.stroke();
  }
  // Shoulders / torso.
  ellipse(ctx, -1, 0, 6, 9.5);
  const g = ctx.createLinearGradient(-6, -9, 4, 9);
  g.addColorStop(0, rgba(shade(spec.uniform, 1.35)));
  g.addColorStop(0.5, rgba(spec.uniform));
  g.addColorStop(1, rgba(shade(spec.uniform, 0.6)));
  ctx.fillStyle = g;
  ctx.fill();
  ctx.strokeStyle = rgba(OUTLINE);
  ctx.lineWidth = 1;
  ctx.stroke();
  if (spec.yoke !== undefined) {
    // Dark back panel below the coloured shoulders (the shoulders carry the division colour).
    ctx.save();
    ellipse(ctx, -1, 0, 6, 9.5);
    ctx.clip();
    ctx.fillStyle = rgba(spec.yoke);
    ellipse(ctx, -8.5, 0, 4.5, 7);
    ctx.fill();
    ctx.restore();
  }
  if (spec.trim !== undefined) {
    ctx.strokeStyle = rgba(spec.trim);
    ctx.lineWidth = 1.2;
    ctx.beginPath();
    ctx.ellipse(-1, 0, 4.8, 8.3, 0, -Math.PI * 0.45, Math.PI * 0.45);
    ctx.stroke();
  }
  // Head: face towards +x, hair over the crown and back.
  ellipse(ctx, 1, 0, 4.3, 4.1);
  ctx.fillStyle = rgba(skin);
  ctx.fill();
  ctx.save();
  ellipse(ctx, 1, 0, 4.3, 4.1);
  ctx.clip();
  const hg = ctx.createRadialGradient(-1, -1.5, 0.3, -0.5, 0, 5);
  hg.addColorStop(0, rgba(shade(spec.hair, 1.3)));
  hg.addColorStop(0.5, rgba(spec.hair));
  hg.addColorStop(1, rgba(shade(spec.hair, 0.7)));
  ctx.fillStyle = hg;
  ellipse(ctx, -1.2, 0, 4.2, 4.6);
  ctx.fill();
  ctx.restore();
  ellipse(ctx, 1, 0, 4.3, 4.1);
  ctx.strokeStyle = rgba(OUTLINE);
  ctx.lineWidth = 1;
  ctx.stroke();
  spec.extras?.(ctx);
  ctx.restore();
}

export function makeCharCaptain(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charCaptain, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0xe2b23c,
      yoke: 0x1d1d24,
      trim: 0xd02a2a,
      hair: 0x5a3a22,
      weapon: 'rifle',
      emitter: 0xff8a30,
      under: (c) => glow(c, 0, 0, 15, 0xffd870, 0.22),
      extras: (c) => {
        // Starfleet delta on the chest and captain's pips on the collar.
        c.fillStyle = rgba(0xfff3c0);
        c.beginPath();
        c.moveTo(-1, -6.5);
        c.lineTo(2, -5.2);
        c.lineTo(-1, -3.9);
        c.closePath();
        c.fill();
        c.fillStyle = rgba(0xffe070);
        for (const y of [3.8, 5.3, 6.8]) c.fillRect(-3.8, y, 1, 1);
      },
    });
  });
}

export function makeCharBridgeOfficer(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charBridgeOfficer, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0x2aa6b0,
      yoke: 0x1d1d24,
      hair: 0x1e1a18,
      skin: 0xb98363,
      weapon: 'rifle',
      emitter: 0xff8a30,
    });
  });
}

export function makeCharFedOfficer(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charFedOfficer, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0xb8262c,
      yoke: 0x1d1d24,
      hair: 0x8a6a3a,
      skin: 0xe0b08e,
      weapon: 'pistol',
      emitter: 0xff8a30,
      extras: (c) => {
        // Faint green eyes: the Undine showing through the disguise.
        for (const y of [-1.6, 1.6]) {
          glow(c, 4.6, y, 2.6, 0x8cff5a, 0.55);
          c.fillStyle = rgba(0xb8ff80);
          c.fillRect(4.1, y - 0.5, 1, 1);
        }
      },
    });
  });
}

export function makeCharInfiltrator(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charInfiltrator, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0x7b4a28,
      hair: 0x3a1e14,
      skin: 0xc99270,
      weapon: 'rifle',
      emitter: 0xffa030,
      extras: (c) => {
        // Bajoran militia: orange shoulder panels and the right-ear earring.
        c.fillStyle = rgba(0xe07a2a);
        for (const y of [-7.6, 5.2]) {
          c.beginPath();
          c.ellipse(-1.5, y + 1.2, 2.6, 1.5, 0, 0, Math.PI * 2);
          c.fill();
        }
        c.fillStyle = rgba(0xffd860);
        c.fillRect(0.3, 3.8, 1.3, 1.3);
        c.strokeStyle = rgba(0xffd860, 0.8);
        c.lineWidth = 0.6;
        c.beginPath();
        c.moveTo(1, 4.4);
        c.lineTo(-1.5, 6.5);
        c.stroke();
      },
    });
  });
}

export function makeCharMeyer(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charMeyer, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0xe8c22c,
      yoke: 0x1d1d24,
      hair: 0xa0502a,
      skin: 0xe6b690,
      weapon: 'none',
      under: (c) => {
        // Toolkit carried at the left side: a grey case with an orange stripe.
        c.fillStyle = rgba(0x5c6068);
        c.strokeStyle = rgba(OUTLINE);
        c.lineWidth = 0.8;
        c.beginPath();
        c.rect(0, -13.5, 8, 4.5);
        c.fill();
        c.stroke();
        c.fillStyle = rgba(0xff8a2a);
        c.fillRect(0.5, -11.6, 7, 0.9);
        // Engineering tool in the right hand.
        c.fillStyle = rgba(0x9aa0a8);
        c.fillRect(2.5, 8.3, 6, 1.6);
        light(c, 8.8, 9.1, 0.6, 0x66ddff, 0.9);
      },
    });
  });
}

export function makeCharTvalaVulcan(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charTvalaVulcan, 32, 32, (ctx) => {
    person(ctx, {
      uniform: 0xa9b0ba,
      yoke: 0x3b3f47,
      trim: 0xe8edf2,
      hair: 0x121014,
      skin: 0xd8b898,
      weapon: 'pistol',
      emitter: 0xff8a30,
      extras: (c) => {
        // Pointed ears sticking out under the straight-cut fringe.
        c.fillStyle = rgba(0xd8b898);
        c.strokeStyle = rgba(OUTLINE);
        c.lineWidth = 0.7;
        for (const s of [-1, 1]) {
          c.beginPath();
          c.moveTo(1.8, 3.6 * s);
          c.lineTo(-1.2, 6.4 * s);
          c.lineTo(0.2, 3.4 * s);
          c.closePath();
          c.fill();
          c.stroke();
        }
        // Fringe line of the Vulcan haircut.
        c.strokeStyle = rgba(0x000000, 0.9);
        c.lineWidth = 1;
        c.beginPath();
        c.moveTo(3.4, -2.8);
        c.lineTo(3.4, 2.8);
        c.stroke();
      },
    });
  });
}

/** An injured crew member lying on the deck (head to +x), with a red-cross marker. */
export function makeCharInjured(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charInjured, 32, 32, (ctx) => {
    ctx.translate(16, 17);
    softShadow(ctx, 1, 1.5, 15, 8);
    const uniform = 0x3f6fa8;
    ctx.lineCap = 'round';
    const limb = (x0: number, y0: number, x1: number, y1: number, col: number, w: number) => {
      ctx.strokeStyle = rgba(OUTLINE);
      ctx.lineWidth = w + 1.6;
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
      ctx.strokeStyle = rgba(col);
      ctx.lineWidth = w;
      ctx.stroke();
    };
    // Legs (black trousers), one bent.
    limb(-3, 2, -13, 3.5, 0x24242c, 3.2);
    limb(-3, -2, -9, -4, 0x24242c, 3.2);
    limb(-9, -4, -14, -2, 0x24242c, 3.2);
    // Arms flung out.
    limb(6, 4.5, 1, 9.5, uniform, 2.6);
    limb(6, -4.5, 10, -9.5, uniform, 2.6);
    // Torso.
    ctx.beginPath();
    ctx.ellipse(2, 0, 7, 5, 0, 0, Math.PI * 2);
    const g = ctx.createLinearGradient(0, -5, 0, 5);
    g.addColorStop(0, rgba(shade(uniform, 1.3)));
    g.addColorStop(1, rgba(shade(uniform, 0.6)));
    ctx.fillStyle = g;
    ctx.fill();
    ctx.strokeStyle = rgba(OUTLINE);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = rgba(0x1d1d24);
    ctx.fillRect(5.5, -4.2, 2.5, 8.4);
    // Head.
    ctx.beginPath();
    ctx.arc(11.5, 0.5, 3.6, 0, Math.PI * 2);
    ctx.fillStyle = rgba(SKIN);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = rgba(0x3a2618);
    ctx.beginPath();
    ctx.arc(12.6, 0.5, 2.8, -Math.PI / 2, Math.PI / 2);
    ctx.fill();
    // Red-cross marker, top right.
    const mx = 10;
    const my = -10;
    glow(ctx, mx, my, 7, 0xff4040, 0.5);
    ctx.beginPath();
    ctx.arc(mx, my, 4.8, 0, Math.PI * 2);
    ctx.fillStyle = rgba(0xffffff);
    ctx.fill();
    ctx.strokeStyle = rgba(0xb01818);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = rgba(0xe02020);
    ctx.fillRect(mx - 1.1, my - 3.3, 2.2, 6.6);
    ctx.fillRect(mx - 3.3, my - 1.1, 6.6, 2.2);
  });
}

/**
 * T'Vala in her true Undine (Species 8472) form: a tall tripod, seen from above: a long
 * crested head forward, a carapace, two clawed arms and three jointed legs. 48 px.
 */
export function makeCharTvalaUndine(scene: Phaser.Scene): void {
  bakeCanvas(scene, TextureKey.charTvalaUndine, 48, 48, (ctx) => {
    ctx.translate(24, 24);
    softShadow(ctx, 2, 2.5, 22, 20);
    const skin = 0xb9cc48;
    const dark = 0x56621a;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    const limb = (pts: [number, number][], w: number) => {
      for (const [col, lw] of [
        [OUTLINE, w + 1.8],
        [skin, w],
      ] as const) {
        ctx.strokeStyle = rgba(col);
        ctx.lineWidth = lw;
        ctx.beginPath();
        pts.forEach(([x, y], i) => {
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.stroke();
      }
      // Dark joint and claw tip.
      const knee = pts[1]!;
      const foot = pts[pts.length - 1]!;
      ctx.fillStyle = rgba(dark);
      ctx.beginPath();
      ctx.arc(knee[0], knee[1], w * 0.55, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = rgba(0xe8d890);
      ctx.beginPath();
      ctx.arc(foot[0], foot[1], w * 0.45, 0, Math.PI * 2);
      ctx.fill();
    };
    // Three legs, 120° apart (one back, two forward-out), each bent at the knee.
    for (const deg of [180, 60, -60]) {
      const a = (deg * Math.PI) / 180;
      const kneeA = a + 0.35;
      limb(
        [
          [Math.cos(a) * 5, Math.sin(a) * 5],
          [Math.cos(kneeA) * 13, Math.sin(kneeA) * 13],
          [Math.cos(a) * 21, Math.sin(a) * 21],
        ],
        3,
      );
    }
    // Long arms with claws reaching forward.
    for (const s of [-1, 1]) {
      limb(
        [
          [2, 5 * s],
          [9, 11 * s],
          [17, 7 * s],
        ],
        2.2,
      );
      ctx.strokeStyle = rgba(0xf2e6a0);
      ctx.lineWidth = 1;
      for (const d of [-0.5, 0, 0.5]) {
        ctx.beginPath();
        ctx.moveTo(17, 7 * s);
        ctx.lineTo(17 + Math.cos(d - 0.4 * s) * 4, 7 * s + Math.sin(d - 0.4 * s) * 4);
        ctx.stroke();
      }
    }
    // Carapace.
    ctx.beginPath();
    ctx.ellipse(-1, 0, 8, 6.5, 0, 0, Math.PI * 2);
    let g = ctx.createRadialGradient(-3, -2.5, 1, -1, 0, 8);
    g.addColorStop(0, rgba(0xeaf08a));
    g.addColorStop(0.6, rgba(skin));
    g.addColorStop(1, rgba(dark));
    ctx.fillStyle = g;
    ctx.fill();
    ctx.strokeStyle = rgba(OUTLINE);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.strokeStyle = rgba(dark, 0.8);
    ctx.lineWidth = 0.8;
    for (const s of [-1, 1]) {
      ctx.beginPath();
      ctx.moveTo(-7, 0);
      ctx.quadraticCurveTo(-2, 4 * s, 5, 2.5 * s);
      ctx.stroke();
    }
    // Elongated crested head reaching forward.
    ctx.beginPath();
    ctx.moveTo(3, -4);
    ctx.quadraticCurveTo(13, -5, 17, 0);
    ctx.quadraticCurveTo(13, 5, 3, 4);
    ctx.closePath();
    g = ctx.createLinearGradient(3, -4, 3, 4);
    g.addColorStop(0, rgba(0xe4ec80));
    g.addColorStop(1, rgba(shade(skin, 0.65)));
    ctx.fillStyle = g;
    ctx.fill();
    ctx.strokeStyle = rgba(OUTLINE);
    ctx.stroke();
    ctx.strokeStyle = rgba(0xffb040, 0.9);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(4, 0);
    ctx.lineTo(15, 0);
    ctx.stroke();
    // Small glowing eyes.
    for (const s of [-1, 1]) light(ctx, 12.5, 2 * s, 0.7, 0xffc040, 1);
    glow(ctx, -1, 0, 20, 0xd0ff60, 0.12);
  });
}
