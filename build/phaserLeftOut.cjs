/**
 * Stands in, in the game's Phaser builds (build/phaserBuilds.ts), for the parts of Phaser the
 * game never uses: each of its filters (blur, glow, masks… WebGL post-processing; a camera's
 * empty filter lists need only the names) and the WebGL render nodes it never draws with
 * (lights, strips, meshes, tilemaps; Phaser makes a render node only when something first
 * draws with it). Using one fails loudly here rather than drawing wrong.
 */
module.exports = function LeftOut() {
  throw new Error('This part of Phaser is left out of the game (build/phaserBuilds.ts)');
};
