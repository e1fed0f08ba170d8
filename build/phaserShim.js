/**
 * What `import Phaser from 'phaser'` gives the render code in the game's build: the Phaser
 * build src/render/loadPhaser.ts loaded (Canvas-only or with WebGL; build/phaserBuilds.ts) before
 * any render module was evaluated.
 */
const Phaser = globalThis.__shutdownPhaser;
if (!Phaser)
  throw new Error('Phaser was not loaded before the renderer (src/render/loadPhaser.ts)');
export default Phaser;
