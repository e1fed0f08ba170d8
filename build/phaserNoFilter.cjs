/**
 * Stands in for each of Phaser's filters (blur, glow, masks… WebGL post-processing) in the
 * game's Phaser builds (build/phaserBuilds.ts): the game uses none, and a camera's empty filter
 * lists need only the names. Adding one fails loudly rather than drawing wrong.
 */
module.exports = function NoFilter() {
  throw new Error('Phaser filters are left out of this build (build/phaserBuilds.ts)');
};
