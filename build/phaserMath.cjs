/**
 * What Phaser's core asks of `Phaser.Math` (core/Config.js and utils/object/GetAdvancedValue.js
 * use its random generator): build/phaserBuilds.ts gives them this instead of the whole
 * namespace, so the 3D maths, noise and the rest stay out of the game's download.
 */
module.exports = {
  RandomDataGenerator: require('../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator'),
  RND: null,
};
