import Phaser from 'phaser';
import { ART_STEPS } from './art';
import { ArtCache } from './artCache';
import { ART_CACHE, SceneKey, TITLE_SHOWN } from './keys';
import { markScene } from './sceneMarker';
import { type TextureTask, textureTasks } from './textures';

/**
 * Baking time per frame: once past it, the next task waits for the next frame. One task can
 * still start just before (the longest take about 30 ms under software rendering), so a frame
 * bakes for at most about 55 ms, plus its own drawing: the page keeps answering input.
 */
const FRAME_BUDGET_MS = 24;

/** Registry flag set once every game texture exists. */
export const ART_READY = 'artReady';

/**
 * Makes the generated textures, one task per frame, with a real progress bar (it advances as
 * each texture is baked, not on a timer). The title screen's few textures come first and the
 * title is shown as soon as they exist; the game art of `art/` (the heavy part under software
 * rendering) goes on being baked behind the title, and `ART_READY` is set when it is done.
 * The game art waits for the pictures kept from an earlier visit (artCache.ts): what was kept
 * is drawn, not painted again.
 */
export class PreloadScene extends Phaser.Scene {
  private tasks: TextureTask[] = [];
  private titleTasks = 0;
  private done = 0;
  private cacheRead = false;
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;

  constructor() {
    super({ key: SceneKey.preload });
  }

  init(): void {
    // The title screen's textures first, then all the game art (one texture per frame).
    const title = textureTasks();
    this.titleTasks = title.length;
    // A painting in slices (`stages`) runs them one per task first, unless it was kept.
    const kept = (key: string) =>
      (this.registry.get(ART_CACHE) as ArtCache | undefined)?.has(key) ?? false;
    this.tasks = [
      ...title,
      ...ART_STEPS.flatMap((step): TextureTask[] => [
        ...(step.stages ?? []).map((stage) => ({
          label: step.label,
          run: () => {
            if (!kept(step.key)) stage();
          },
          slice: true,
        })),
        { label: step.label, run: step.make, slice: step.stages !== undefined },
      ]),
    ];
    this.done = 0;
    this.cacheRead = false;
    void ArtCache.open().then((cache) => {
      this.registry.set(ART_CACHE, cache);
      this.cacheRead = true;
    });
    this.registry.set(ART_READY, false);
    this.registry.set(TITLE_SHOWN, false);
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
    // Bake as many textures as fit in a frame's budget: under software rendering frames are
    // slow, so one texture per frame would leave the game art unfinished for many seconds.
    // A slice of a large painting has a frame to itself (nothing before it, nothing after).
    const started = performance.now();
    let ran = 0;
    while (this.done < this.tasks.length) {
      if (this.done >= this.titleTasks && !this.cacheRead) return;
      const next = this.tasks[this.done]!;
      if (next.slice && ran > 0) return;
      this.label.setText(`${next.label}…`);
      next.run(this);
      this.done += 1;
      ran += 1;
      if (next.slice && this.done < this.tasks.length) return;
      if (this.done === this.titleTasks) {
        // The title can show now; the rest is baked behind it, out of sight.
        this.bar.setVisible(false);
        this.label.setVisible(false);
        this.scene.launch(SceneKey.title);
        this.scene.sendToBack();
        return;
      }
      if (this.done < this.titleTasks) this.drawProgress();
      if (performance.now() - started > FRAME_BUDGET_MS) return;
    }
    this.registry.set(ART_READY, true);
    this.scene.stop();
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
