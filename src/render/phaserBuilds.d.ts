/** Phaser, built for one renderer (build/phaserBuilds.ts); loaded by src/render/loadPhaser.ts. */
declare module 'virtual:phaser/canvas' {
  const Phaser: typeof import('phaser');
  export default Phaser;
}
declare module 'virtual:phaser/webgl' {
  const Phaser: typeof import('phaser');
  export default Phaser;
}
