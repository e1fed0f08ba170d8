/**
 * Small textures the game scenes draw with: the interface marks (waypoint arrow, diamond, ring,
 * soft glow) and plain stand-ins for any art texture that has not been baked, so a scene always
 * runs with sprites (never per-frame Graphics) even before the art is in place.
 */
import Phaser from 'phaser';
import { TextureKey } from './keys';

export const UiTexture = {
  arrow: 'ui-arrow',
  diamond: 'ui-diamond',
  ring: 'ui-ring',
  soft: 'ui-soft',
  pixel: 'ui-pixel',
} as const;

type Draw = (g: Phaser.GameObjects.Graphics) => void;

function bake(scene: Phaser.Scene, key: string, w: number, h: number, draw: Draw): void {
  if (scene.textures.exists(key)) return;
  const g = scene.make.graphics({}, false);
  draw(g);
  g.generateTexture(key, w, h);
  g.destroy();
  scene.textures
    .get(key)
    .setWrap(Phaser.Textures.WrapMode.CLAMP_TO_EDGE, Phaser.Textures.WrapMode.CLAMP_TO_EDGE);
}

/** Makes the interface textures once per game. */
export function ensureUiTextures(scene: Phaser.Scene): void {
  bake(scene, UiTexture.arrow, 40, 40, (g) => {
    g.fillStyle(0x000000, 0.55);
    g.fillTriangle(38, 20, 6, 4, 6, 36);
    g.fillStyle(0xffc24a, 1);
    g.fillTriangle(34, 20, 8, 7, 8, 33);
    g.fillStyle(0xfff1c4, 1);
    g.fillTriangle(30, 20, 12, 13, 12, 20);
  });
  bake(scene, UiTexture.diamond, 28, 28, (g) => {
    g.fillStyle(0x000000, 0.5);
    g.fillPoints(
      [
        new Phaser.Math.Vector2(14, 0),
        new Phaser.Math.Vector2(28, 14),
        new Phaser.Math.Vector2(14, 28),
        new Phaser.Math.Vector2(0, 14),
      ],
      true,
    );
    g.fillStyle(0xffc24a, 1);
    g.fillPoints(
      [
        new Phaser.Math.Vector2(14, 3),
        new Phaser.Math.Vector2(25, 14),
        new Phaser.Math.Vector2(14, 25),
        new Phaser.Math.Vector2(3, 14),
      ],
      true,
    );
    g.fillStyle(0xfff1c4, 1);
    g.fillCircle(14, 14, 3);
  });
  bake(scene, UiTexture.ring, 128, 128, (g) => {
    g.lineStyle(6, 0xffffff, 0.25);
    g.strokeCircle(64, 64, 58);
    g.lineStyle(3, 0xffffff, 1);
    g.strokeCircle(64, 64, 58);
  });
  bake(scene, UiTexture.soft, 64, 64, (g) => {
    for (let i = 16; i >= 1; i--) {
      g.fillStyle(0xffffff, 0.07 + (16 - i) * 0.012);
      g.fillCircle(32, 32, i * 2);
    }
  });
  bake(scene, UiTexture.pixel, 4, 4, (g) => {
    g.fillStyle(0xffffff, 1);
    g.fillRect(0, 0, 4, 4);
  });
}

const v = (x: number, y: number) => new Phaser.Math.Vector2(x, y);

function shipShape(color: number, len: number, wid: number): { w: number; h: number; draw: Draw } {
  return {
    w: len,
    h: wid,
    draw: (g) => {
      g.fillStyle(color, 1);
      g.fillPoints([v(len, wid / 2), v(0, 0), v(len * 0.22, wid / 2), v(0, wid)], true);
      g.fillStyle(0xffffff, 0.5);
      g.fillCircle(len * 0.62, wid / 2, wid * 0.12);
    },
  };
}

function person(color: number, size = 32): { w: number; h: number; draw: Draw } {
  return {
    w: size,
    h: size,
    draw: (g) => {
      const c = size / 2;
      g.fillStyle(color, 1);
      g.fillCircle(c, c, size * 0.34);
      g.fillStyle(0xf0d0b0, 1);
      g.fillCircle(c + size * 0.08, c, size * 0.16);
      g.fillStyle(0x222222, 1);
      g.fillRect(c + size * 0.2, c + size * 0.1, size * 0.28, size * 0.09);
    },
  };
}

function tile(base: number, line: number, size: number): { w: number; h: number; draw: Draw } {
  return {
    w: size,
    h: size,
    draw: (g) => {
      g.fillStyle(base, 1);
      g.fillRect(0, 0, size, size);
      g.lineStyle(2, line, 1);
      g.strokeRect(1, 1, size - 2, size - 2);
    },
  };
}

const MISSING = {
  w: 16,
  h: 16,
  draw: (g: Phaser.GameObjects.Graphics) => {
    g.fillStyle(0xff00ff, 1);
    g.fillRect(0, 0, 16, 16);
  },
};

/** Stand-in drawings for the art textures, in the art's size and orientation (+x forward). */
const FALLBACKS: Partial<Record<TextureKey, { w: number; h: number; draw: Draw }>> = {
  [TextureKey.ds9Top]: {
    w: 512,
    h: 512,
    draw: (g) => {
      g.lineStyle(22, 0x6c7788, 1);
      g.strokeCircle(256, 256, 230);
      g.lineStyle(30, 0x7d8899, 1);
      g.strokeCircle(256, 256, 150);
      g.fillStyle(0x9aa6b8, 1);
      g.fillCircle(256, 256, 70);
      g.lineStyle(10, 0x6c7788, 1);
      for (let i = 0; i < 3; i++) {
        const a = (i / 3) * Math.PI * 2;
        g.lineBetween(
          256 + Math.cos(a) * 70,
          256 + Math.sin(a) * 70,
          256 + Math.cos(a) * 230,
          256 + Math.sin(a) * 230,
        );
      }
    },
  },
  [TextureKey.bajor]: {
    w: 256,
    h: 256,
    draw: (g) => {
      g.fillStyle(0x6f5a3c, 1);
      g.fillCircle(128, 128, 124);
      g.fillStyle(0x3f6f9a, 0.7);
      g.fillCircle(100, 110, 70);
    },
  },
  [TextureKey.shipPlayer]: shipShape(0xc9d4e4, 110, 56),
  [TextureKey.shipGalor]: shipShape(0xa08a5a, 120, 70),
  [TextureKey.shipKeldon]: shipShape(0x9a7e52, 130, 86),
  [TextureKey.shipJemHadar]: shipShape(0x7a6aa8, 70, 44),
  [TextureKey.shipUndine]: shipShape(0xc0b070, 150, 110),
  [TextureKey.emplacement]: {
    w: 48,
    h: 48,
    draw: (g) => {
      g.fillStyle(0x8893a4, 1);
      g.fillCircle(24, 24, 18);
      g.fillStyle(0xff5040, 1);
      g.fillCircle(24, 24, 6);
    },
  },
  [TextureKey.emplacementDark]: {
    w: 48,
    h: 48,
    draw: (g) => {
      g.fillStyle(0x2a2e36, 1);
      g.fillCircle(24, 24, 18);
      g.fillStyle(0x111111, 1);
      g.fillCircle(24, 24, 6);
    },
  },
  [TextureKey.torpedo]: {
    w: 16,
    h: 16,
    draw: (g) => {
      g.fillStyle(0xff6030, 0.4);
      g.fillCircle(8, 8, 8);
      g.fillStyle(0xffe0b0, 1);
      g.fillCircle(8, 8, 3);
    },
  },
  [TextureKey.spark]: {
    w: 16,
    h: 16,
    draw: (g) => {
      for (let i = 8; i >= 1; i--) {
        g.fillStyle(0xffffff, 0.12 * (9 - i) * 0.5);
        g.fillCircle(8, 8, i);
      }
    },
  },
  [TextureKey.shieldArc]: {
    w: 160,
    h: 160,
    draw: (g) => {
      g.lineStyle(8, 0x7fc8ff, 0.9);
      g.beginPath();
      g.arc(80, 80, 72, -Math.PI / 4, Math.PI / 4, false);
      g.strokePath();
    },
  },
  [TextureKey.charCaptain]: person(0xd8b040),
  [TextureKey.charBridgeOfficer]: person(0x3a9aa8),
  [TextureKey.charFedOfficer]: person(0xb03030),
  [TextureKey.charInfiltrator]: person(0xa86a30),
  [TextureKey.charInjured]: person(0x808080),
  [TextureKey.charMeyer]: person(0xe0c020),
  [TextureKey.charTvalaVulcan]: person(0x9aa0a8),
  [TextureKey.charTvalaUndine]: person(0xb8d040, 48),
  [TextureKey.floorPromenade]: tile(0x4a3a2a, 0x5c4a36, 128),
  [TextureKey.floorCorridor]: tile(0x34363a, 0x484a40, 128),
  [TextureKey.floorOps]: tile(0x25262c, 0x5a4a2a, 128),
  [TextureKey.wall]: tile(0x3c3a38, 0x5a5650, 64),
  [TextureKey.console]: {
    w: 64,
    h: 64,
    draw: (g) => {
      g.fillStyle(0x2a2a30, 1);
      g.fillRect(2, 2, 60, 60);
      g.fillStyle(0xf0a040, 1);
      g.fillRect(8, 8, 20, 12);
      g.fillStyle(0x60a0f0, 1);
      g.fillRect(34, 8, 22, 12);
    },
  },
  [TextureKey.turbolift]: {
    w: 128,
    h: 128,
    draw: (g) => {
      g.fillStyle(0x303238, 1);
      g.fillRect(4, 4, 120, 120);
      g.lineStyle(4, 0xf0a040, 1);
      g.strokeRect(10, 10, 108, 108);
    },
  },
  [TextureKey.transporterPad]: {
    w: 128,
    h: 128,
    draw: (g) => {
      g.fillStyle(0x30343c, 1);
      g.fillCircle(64, 64, 60);
      g.lineStyle(3, 0x9fd0ff, 1);
      g.strokeCircle(64, 64, 50);
    },
  },
  [TextureKey.fieldShimmer]: {
    w: 64,
    h: 64,
    draw: (g) => {
      g.fillStyle(0x40e0ff, 0.35);
      g.fillRect(0, 0, 64, 64);
      g.fillStyle(0xb0f8ff, 0.8);
      for (let i = 0; i < 4; i++) g.fillRect(0, i * 16 + 4, 64, 3);
    },
  },
  [TextureKey.rifleBolt]: {
    w: 24,
    h: 4,
    draw: (g) => {
      g.fillStyle(0xff9a3c, 1);
      g.fillRect(0, 0, 24, 4);
      g.fillStyle(0xfff0d0, 1);
      g.fillRect(8, 1, 14, 2);
    },
  },
};

/**
 * The key to draw `key` with: the art texture when it exists, otherwise a stand-in baked on
 * first use under its own key (the art helper's key is left free for the real texture).
 */
export function textureOr(scene: Phaser.Scene, key: TextureKey): string {
  if (scene.textures.exists(key)) return key;
  const fallback = `fallback-${key}`;
  const f = FALLBACKS[key] ?? MISSING;
  bake(scene, fallback, f.w, f.h, f.draw);
  return fallback;
}
