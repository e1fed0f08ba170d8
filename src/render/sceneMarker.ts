import type Phaser from 'phaser';

/**
 * Publishes the active scene as `data-scene` on the game's parent element, so automation
 * (Playwright, `window.shutdown.state()`) can wait for a scene without reaching into Phaser.
 */
export function markScene(scene: Phaser.Scene, key: string): void {
  const parent = scene.scale.parent as HTMLElement | null | undefined;
  if (parent?.dataset) parent.dataset.scene = key;
}
