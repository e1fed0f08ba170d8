import Phaser from 'phaser';
import { SceneKey } from './keys';
import { markScene } from './sceneMarker';

/** First scene: nothing to load from disk, so it only hands over to the preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: SceneKey.boot });
  }

  create(): void {
    markScene(this, SceneKey.boot);
    this.cameras.main.setBackgroundColor(0x03040a);
    this.scene.start(SceneKey.preload);
  }
}
