/**
 * Small textures the game scenes draw with: the interface marks (waypoint arrow, diamond, ring,
 * soft glow, a pixel). The game art itself always exists before a world scene is shown: the
 * director holds the title until the preloader has baked it.
 */
import Phaser from 'phaser';

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
