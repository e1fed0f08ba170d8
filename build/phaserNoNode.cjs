/**
 * Stands in for the WebGL render nodes the game never draws with, in the game's Phaser builds
 * (build/phaserBuilds.ts): filters (post-processing), lights, strips, meshes and tilemaps.
 * Phaser makes a render node only when something first draws with it, so these are never
 * made; if a scene starts using one, it fails loudly here rather than drawing wrong.
 */
module.exports = function NoRenderNode() {
  throw new Error('This Phaser render node is left out of the game (build/phaserBuilds.ts)');
};
