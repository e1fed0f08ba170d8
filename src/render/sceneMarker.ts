import type Phaser from 'phaser';

/**
 * Publishes the active scene as `data-scene` on the game's parent element, so automation
 * (Playwright, `window.shutdown.state()`) can wait for a scene without reaching into Phaser.
 */
export function markScene(scene: Phaser.Scene, key: string): void {
  const parent = scene.scale.parent as HTMLElement | null | undefined;
  if (parent?.dataset) parent.dataset.scene = key;
}

/**
 * Publishes what the minimap shows (`data-minimap-station`, `data-minimap-contacts`) on the
 * same element, written only when it changes.
 */
export function markMinimap(
  scene: Phaser.Scene,
  shown: { station: boolean; contacts: number },
): void {
  const parent = scene.scale.parent as HTMLElement | null | undefined;
  if (!parent?.dataset) return;
  const station = shown.station ? 'true' : 'false';
  const contacts = String(shown.contacts);
  if (parent.dataset.minimapStation !== station) parent.dataset.minimapStation = station;
  if (parent.dataset.minimapContacts !== contacts) parent.dataset.minimapContacts = contacts;
}

/**
 * Publishes the transition being played (`data-transition`, e.g. `warp-in`; removed when it
 * ends), so a test can see the short warp when accepting moves the ship to the mission's start.
 */
export function markTransition(scene: Phaser.Scene, kind: string | null): void {
  const parent = scene.scale.parent as HTMLElement | null | undefined;
  if (!parent?.dataset) return;
  if (kind === null) delete parent.dataset.transition;
  else parent.dataset.transition = kind;
}
