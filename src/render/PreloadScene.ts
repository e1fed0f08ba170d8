import Phaser from 'phaser';
import { SceneKey } from './keys';
import { markScene } from './sceneMarker';
import { type TextureTask, textureTasks } from './textures';

/**
 * Makes the generated textures, one task per frame, and draws a real progress bar while doing
 * so (the bar advances as each texture is baked, not on a timer).
 */
export class PreloadScene extends Phaser.Scene {
  private tasks: TextureTask[] = [];
  private done = 0;
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;

  constructor() {
    super({ key: SceneKey.preload });
  }

  init(): void {
    this.tasks = textureTasks();
    this.done = 0;
  }

  create(): void {
    markScene(this, SceneKey.preload);
    this.cameras.main.setBackgroundColor(0x03040a);
    this.bar = this.add.graphics();
    this.label = this.add
      .text(0, 0, 'Preparing…', {
        fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
        fontSize: '16px',
        color: '#9fb3cf',
      })
      .setOrigin(0.5, 0);
    this.drawProgress();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.drawProgress, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.drawProgress, this);
    });
  }

  override update(): void {
    const next = this.tasks[this.done];
    if (next) {
      this.label.setText(`${next.label}…`);
      next.run(this);
      this.done += 1;
      this.drawProgress();
      return;
    }
    // All textures exist and the full bar has been shown for a frame.
    this.scene.start(SceneKey.title);
  }

  private drawProgress(): void {
    const { width, height } = this.scale;
    const total = Math.max(1, this.tasks.length);
    const progress = this.done / total;
    const w = Math.min(480, width * 0.7);
    const h = 14;
    const x = (width - w) / 2;
    const y = height / 2 - h / 2;
    this.bar.clear();
    this.bar.lineStyle(2, 0x5b7bb0, 1);
    this.bar.strokeRoundedRect(x - 4, y - 4, w + 8, h + 8, 6);
    this.bar.fillStyle(0xf0a040, 1);
    if (progress > 0)
      this.bar.fillRoundedRect(x, y, w * progress, h, Math.min(4, (w * progress) / 2));
    this.label.setPosition(width / 2, y + h + 16);
    if (this.done >= total) this.label.setText('Ready');
  }
}
