/**
 * Loads the Phaser build for the renderer the game runs on (build/phaserBuilds.ts): the
 * Canvas-only build is about a quarter smaller than the one with WebGL, and a machine without
 * hardware WebGL never downloads the WebGL renderer. Must finish before any render module is
 * evaluated (they read it through build/phaserShim.js when they load).
 */
import type { RendererKind } from './rendererChoice';

export async function loadPhaser(kind: RendererKind): Promise<void> {
  const build =
    kind === 'canvas'
      ? await import('virtual:phaser/canvas')
      : await import('virtual:phaser/webgl');
  (globalThis as { __shutdownPhaser?: unknown }).__shutdownPhaser = build.default;
}
