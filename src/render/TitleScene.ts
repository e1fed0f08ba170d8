import Phaser from 'phaser';
import { SceneKey, TextureKey, TITLE_SHOWN, type TitleInfo } from './keys';
import { markScene } from './sceneMarker';
import { seeded } from './textures';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** Layers of the parallax starfield: texture, drift speed in px/s, alpha. */
const LAYERS = [
  { key: TextureKey.starsFar, speed: 3, alpha: 0.9 },
  { key: TextureKey.starsMid, speed: 9, alpha: 1 },
  { key: TextureKey.starsNear, speed: 22, alpha: 1 },
] as const;

const GLINTS = 36;
/** Largest on-screen size of the 512 px station texture before it looks soft. */
const MAX_STATION = 680;
/** Blur radius (and text padding) of the title's glow, in px. */
const TITLE_GLOW = 24;

/**
 * Title screen: a drifting three-layer starfield with twinkling stars, Deep Space 9, and the
 * mission's title, summary and briefing, laid out to fit any window (the game uses RESIZE).
 */
export class TitleScene extends Phaser.Scene {
  private readonly info: TitleInfo;
  private layers: Phaser.GameObjects.TileSprite[] = [];
  /** Twinkling stars: each brightens and swells over `duration` ms and back, after `delay`. */
  private glints: {
    img: Phaser.GameObjects.Image;
    u: number;
    v: number;
    scale: number;
    delay: number;
    duration: number;
  }[] = [];
  private nebula!: Phaser.GameObjects.Image;
  private station!: Phaser.GameObjects.Image;
  private panel!: Phaser.GameObjects.Graphics;
  private titleText!: Phaser.GameObjects.Text;
  private summaryText!: Phaser.GameObjects.Text;
  private briefingText!: Phaser.GameObjects.Text;
  private stationBaseY = 0;
  private elapsed = 0;

  constructor(info: TitleInfo) {
    super({ key: SceneKey.title });
    this.info = info;
  }

  init(): void {
    this.layers = [];
    this.glints = [];
    this.elapsed = 0;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(0x03040a);

    // Below everything else: the nebula, then the star layers (added one per frame, see update).
    this.nebula = this.add.image(0, 0, TextureKey.nebula).setAlpha(0.9).setDepth(-2);
    this.addStarLayer();

    // Twinkling stars: fixed positions in normalised screen space, alpha and scale eased in update().
    // A seeded generator keeps the layout identical on every load (stable screenshots).
    const rnd = seeded(42);
    const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
    for (let i = 0; i < GLINTS; i++) {
      const u = between(0.02, 0.98);
      const v = between(0.02, 0.98);
      const img = this.add.image(0, 0, TextureKey.glint).setAlpha(0.2).setScale(between(0.35, 0.8));
      // Drawn from the generator in the order the tweens once were (the same sky every load).
      const duration = Math.round(between(700, 2200));
      const delay = Math.round(between(0, 2500));
      this.glints.push({ img, u, v, scale: img.scale, delay, duration });
    }

    this.station = this.add.image(0, 0, TextureKey.ds9);

    this.panel = this.add.graphics();
    this.titleText = this.add.text(0, 0, this.info.title.toUpperCase(), {
      fontFamily: FONT,
      fontStyle: 'bold',
      color: '#f3c47a',
      stroke: '#1a0f02',
      strokeThickness: 4,
      // Room for the glow: a shadow reaching the edge of the text's canvas shows as a box.
      padding: { x: TITLE_GLOW, y: TITLE_GLOW },
    });
    this.titleText.setShadow(0, 0, '#f0a040', TITLE_GLOW / 2, false, true);
    this.summaryText = this.add.text(0, 0, this.info.summary, {
      fontFamily: FONT,
      color: '#e6edf7',
      lineSpacing: 4,
    });
    this.briefingText = this.add.text(0, 0, this.info.briefing.join('\n\n'), {
      fontFamily: FONT,
      color: '#b9c7dc',
      lineSpacing: 3,
    });

    this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
    });
  }

  /**
   * The next star layer. A screen-sized TileSprite's first drawing is slow on the Canvas
   * renderer (tens of ms under software rendering): all three in one frame made the page's
   * longest task after the title (about 80 ms), so the title starts with one and adds one a frame.
   */
  private addStarLayer(): void {
    const layer = LAYERS[this.layers.length];
    if (!layer) return;
    const { width, height } = this.scale;
    this.layers.push(
      this.add
        .tileSprite(0, 0, width, height, layer.key)
        .setOrigin(0, 0)
        .setAlpha(layer.alpha)
        .setDepth(-1),
    );
    // Announce the scene only once a frame with everything on it (the last layer too) is drawn.
    if (this.layers.length === LAYERS.length)
      this.events.once(Phaser.Scenes.Events.RENDER, () => {
        markScene(this, SceneKey.title);
        this.registry.set(TITLE_SHOWN, true);
      });
  }

  override update(_time: number, delta: number): void {
    const dt = Math.min(delta, 100) / 1000;
    this.elapsed += dt;
    if (this.layers.length < LAYERS.length) this.addStarLayer();
    for (let i = 0; i < this.layers.length; i++) {
      const sprite = this.layers[i];
      const layer = LAYERS[i];
      if (!sprite || !layer) continue;
      sprite.tilePositionX += layer.speed * dt;
      sprite.tilePositionY += layer.speed * 0.15 * dt;
    }
    // Slow station bob and rotation so the scene feels alive.
    this.station.y = this.stationBaseY + Math.sin(this.elapsed * 0.5) * 6;
    this.station.rotation = Math.sin(this.elapsed * 0.21) * 0.025;
    const ms = this.elapsed * 1000;
    for (const g of this.glints) {
      if (ms < g.delay) continue;
      // Back and forth, eased in and out (a sine), as a yoyo tween that repeats for ever.
      const t = ((ms - g.delay) / g.duration) % 2;
      const k = t < 1 ? t : 2 - t;
      const e = (1 - Math.cos(Math.PI * k)) / 2;
      g.img.setAlpha(0.15 + 0.85 * e).setScale(g.scale * (1 + 0.35 * e));
    }
  }

  /** Positions everything for the current window size; shrinks type until the text fits. */
  private layout(): void {
    const { width, height } = this.scale;
    for (const sprite of this.layers) sprite.setSize(width, height);
    for (const g of this.glints) g.img.setPosition(g.u * width, g.v * height);

    const wide = width >= height * 1.15;
    const margin = Math.max(16, Math.min(width, height) * 0.05);
    const textX = margin * 1.4;
    const textW = wide ? Math.min(width * 0.56, 760) : width - textX * 2;

    let scale = Phaser.Math.Clamp(Math.min(width / 1280, height / 760), 0.55, 1.6);
    let bottom = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      bottom = this.placeText(textX, margin, textW, scale);
      if (bottom <= height - margin || scale < 0.35) break;
      scale *= 0.9;
    }

    // Deep Space 9 beside the text on wide screens; on narrow ones below the text when there
    // is room, otherwise dimmed behind it.
    let size: number;
    let x: number;
    let y: number;
    let alpha = 1;
    const below = height - bottom - margin;
    if (wide) {
      size = Math.min(width * 0.42, height * 0.9, MAX_STATION);
      x = textX + textW + (width - textX - textW) / 2;
      y = height * 0.5;
    } else if (below >= Math.min(width, height) * 0.45) {
      size = Math.min(width * 0.95, below * 1.15, MAX_STATION);
      x = width / 2;
      y = bottom + below / 2;
    } else {
      size = Math.min(width, height) * 0.8;
      x = width / 2;
      y = height * 0.45;
      alpha = 0.3;
    }
    this.station.setDisplaySize(size, size).setAlpha(alpha).setPosition(x, y);
    this.stationBaseY = y;
    this.nebula.setPosition(x, y).setDisplaySize(size * 2, size);
  }

  /** Lays out title, summary and briefing at a type scale; returns the bottom edge. */
  private placeText(x: number, top: number, w: number, scale: number): number {
    const pad = 18 * scale + 6;
    const inner = w - pad * 2;
    const titleSize = Math.round(Math.max(22, 64 * scale));
    const summarySize = Math.round(Math.max(13, 21 * scale));
    const bodySize = Math.round(Math.max(12, 17 * scale));

    this.titleText.setFontSize(titleSize).setWordWrapWidth(inner, true);
    this.summaryText.setFontSize(summarySize).setWordWrapWidth(inner, true);
    this.briefingText.setFontSize(bodySize).setWordWrapWidth(inner, true);

    let y = top + pad;
    this.titleText.setPosition(x + pad - TITLE_GLOW, y - TITLE_GLOW);
    y += this.titleText.height - 2 * TITLE_GLOW + 12 * scale;
    const ruleY = y;
    y += 14 * scale;
    this.summaryText.setPosition(x + pad, y);
    y += this.summaryText.height + 18 * scale;
    this.briefingText.setPosition(x + pad, y);
    y += this.briefingText.height + pad;

    this.panel.clear();
    this.panel.fillStyle(0x05080f, 0.72);
    this.panel.fillRoundedRect(x, top, w, y - top, 10);
    this.panel.lineStyle(1, 0x3d5a8a, 0.8);
    this.panel.strokeRoundedRect(x, top, w, y - top, 10);
    this.panel.fillStyle(0xf0a040, 1);
    this.panel.fillRect(x + pad, ruleY, Math.min(inner, 220 * scale + 60), 3);
    return y;
  }
}
