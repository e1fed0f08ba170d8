/**
 * Stands in for `Phaser.Renderer` (src/renderer/index.js) where Phaser's WebGL batch handler
 * requires it for its events, in the game's Phaser builds (build/phaserBuilds.ts): the whole
 * module also lists every WebGL shader and render node (filters, tilemap and sprite GPU
 * layers, lights…), which the game does not use and would otherwise download.
 */
module.exports = { Events: require('../node_modules/phaser/src/renderer/events') };
