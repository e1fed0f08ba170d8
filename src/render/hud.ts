/**
 * The in-canvas interface shared by the space and ground scenes: the minimap (top-right) and
 * the objective waypoint (a marker over the objective, or an arrow at the screen edge pointing
 * to it). Both live in the scene's HUD layer, drawn by a camera that neither scrolls nor zooms.
 */
import type Phaser from 'phaser';
import type { ScreenRect } from './types';
import { UiTexture } from './uiTextures';

const MARGIN = 12;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface MinimapShape {
  kind: 'circle' | 'rect';
  width: number;
  height: number;
}

/** What the minimap showed in its last frame (published for automation, see sceneMarker.ts). */
export interface MinimapShown {
  station: boolean;
  contacts: number;
}

/**
 * A minimap panel. `setView` says which world point sits in the middle and how many pixels a
 * world unit takes; `dot` and friends then draw in world coordinates. Static content (walls)
 * goes into `staticLayer` once, in the same coordinates, and is moved with the panel.
 */
export class Minimap {
  readonly staticLayer: Phaser.GameObjects.Graphics;
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly gfx: Phaser.GameObjects.Graphics;
  private ox = 0;
  private oy = 0;
  private cx = 0;
  private cy = 0;
  private scale = 1;
  /** Counted while a frame is drawn; read after it. */
  readonly shown: MinimapShown = { station: false, contacts: 0 };

  constructor(
    scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
    readonly shape: MinimapShape,
  ) {
    this.back = scene.add.graphics();
    this.staticLayer = scene.add.graphics();
    this.gfx = scene.add.graphics();
    this.gfx.pathDetailThreshold = 1;
    layer.add([this.back, this.staticLayer, this.gfx]);
    const { width: w, height: h } = shape;
    this.back.fillStyle(0x04070e, 0.86);
    this.back.lineStyle(2, 0x3d5a8a, 0.9);
    if (shape.kind === 'circle') {
      this.back.fillCircle(w / 2, h / 2, w / 2);
      this.back.strokeCircle(w / 2, h / 2, w / 2);
      this.back.lineStyle(1, 0x3d5a8a, 0.35);
      this.back.strokeCircle(w / 2, h / 2, w / 4);
    } else {
      this.back.fillRoundedRect(-6, -6, w + 12, h + 12, 8);
      this.back.strokeRoundedRect(-6, -6, w + 12, h + 12, 8);
    }
  }

  /** Places the panel at the top-right of a screen of this width; starts a new frame. */
  begin(screenWidth: number, centreX: number, centreY: number, scale: number): void {
    this.ox = screenWidth - this.shape.width - MARGIN - (this.shape.kind === 'rect' ? 6 : 0);
    this.oy = MARGIN + (this.shape.kind === 'rect' ? 6 : 0);
    this.cx = centreX;
    this.cy = centreY;
    this.scale = scale;
    this.back.setPosition(this.ox, this.oy);
    this.gfx.setPosition(this.ox, this.oy);
    this.gfx.clear();
    this.shown.station = false;
    this.shown.contacts = 0;
  }

  /**
   * Where the panel is on screen, its frame included. The DOM interface keeps a
   * box free at the top right for it (ui.css `--minimap-box`, 202 px: 190 and the frame).
   */
  bounds(): ScreenRect {
    const frame = this.shape.kind === 'rect' ? 6 : 0;
    return {
      x: this.ox - frame,
      y: this.oy - frame,
      width: this.shape.width + 2 * frame,
      height: this.shape.height + 2 * frame,
    };
  }

  /** Moves the static drawing; it was drawn with `toLocal` for the given centre and scale. */
  placeStatic(): void {
    this.staticLayer.setPosition(this.ox, this.oy);
  }

  toLocal(x: number, y: number): { x: number; y: number } {
    return {
      x: this.shape.width / 2 + (x - this.cx) * this.scale,
      y: this.shape.height / 2 + (y - this.cy) * this.scale,
    };
  }

  /** Keeps a point inside the panel (inset by `inset` px); returns whether it was moved. */
  private clampLocal(p: { x: number; y: number }, inset: number): boolean {
    const { width: w, height: h } = this.shape;
    if (this.shape.kind === 'circle') {
      const dx = p.x - w / 2;
      const dy = p.y - h / 2;
      const r = w / 2 - inset;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d <= r) return false;
      p.x = w / 2 + (dx / d) * r;
      p.y = h / 2 + (dy / d) * r;
      return true;
    }
    const x = Math.min(w - inset, Math.max(inset, p.x));
    const y = Math.min(h - inset, Math.max(inset, p.y));
    const moved = x !== p.x || y !== p.y;
    p.x = x;
    p.y = y;
    return moved;
  }

  dot(x: number, y: number, color: number, radius: number, clamp = false): void {
    const p = this.toLocal(x, y);
    if (this.clampLocal(p, radius + 1) && !clamp) return;
    this.gfx.fillStyle(color, 1);
    this.gfx.fillCircle(p.x, p.y, radius);
  }

  /**
   * Another ship or emplacement. One out of range is held at the rim, dimmer, so the player
   * knows which way the contacts are from the first moment in the sector.
   */
  contact(x: number, y: number, color: number, radius: number): void {
    const p = this.toLocal(x, y);
    const far = this.clampLocal(p, radius + 1);
    this.gfx.fillStyle(color, far ? 0.55 : 1);
    this.gfx.fillCircle(p.x, p.y, far ? Math.min(radius, 2.2) : radius);
    this.shown.contacts++;
  }

  /**
   * The station: its outer ring and core in world units while it fits the panel; farther out,
   * a ringed marker at the rim in its direction (the way to go at warp-in).
   */
  station(x: number, y: number, outer: number, core: number): void {
    const p = this.toLocal(x, y);
    const rr = outer * this.scale;
    const { width: w, height: h } = this.shape;
    const dx = p.x - w / 2;
    const dy = p.y - h / 2;
    const fits =
      this.shape.kind === 'circle'
        ? Math.sqrt(dx * dx + dy * dy) + rr <= w / 2 - 1
        : p.x - rr >= 0 && p.x + rr <= w && p.y - rr >= 0 && p.y + rr <= h;
    this.shown.station = true;
    if (fits) {
      this.circle(x, y, outer, 0x8794a6, 0.25);
      this.circle(x, y, core, 0x8794a6, 0.6);
      return;
    }
    this.clampLocal(p, 8);
    this.gfx.fillStyle(0x000000, 0.6);
    this.gfx.fillCircle(p.x, p.y, 7);
    this.gfx.lineStyle(2, 0xc9d4e4, 1);
    this.gfx.strokeCircle(p.x, p.y, 5.5);
    this.gfx.fillStyle(0xc9d4e4, 1);
    this.gfx.fillCircle(p.x, p.y, 2.2);
  }

  /** The player: a small triangle along its facing. */
  arrow(x: number, y: number, angle: number, color: number): void {
    const p = this.toLocal(x, y);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const pt = (f: number, r: number) => ({ x: p.x + c * f - s * r, y: p.y + s * f + c * r });
    const a = pt(7, 0);
    const b = pt(-5, 5);
    const d = pt(-5, -5);
    this.gfx.fillStyle(color, 1);
    this.gfx.fillTriangle(a.x, a.y, b.x, b.y, d.x, d.y);
  }

  /** The objective: a gold diamond, held at the rim when it is off the map's range. */
  objective(x: number, y: number): void {
    const p = this.toLocal(x, y);
    this.clampLocal(p, 6);
    this.gfx.fillStyle(0x000000, 0.6);
    this.gfx.fillTriangle(p.x, p.y - 7, p.x + 7, p.y, p.x - 7, p.y);
    this.gfx.fillTriangle(p.x, p.y + 7, p.x + 7, p.y, p.x - 7, p.y);
    this.gfx.fillStyle(0xffc24a, 1);
    this.gfx.fillTriangle(p.x, p.y - 5, p.x + 5, p.y, p.x - 5, p.y);
    this.gfx.fillTriangle(p.x, p.y + 5, p.x + 5, p.y, p.x - 5, p.y);
  }

  /** A filled circle in world units. */
  private circle(x: number, y: number, r: number, color: number, alpha: number): void {
    const p = this.toLocal(x, y);
    this.gfx.fillStyle(color, alpha);
    this.gfx.fillCircle(p.x, p.y, Math.max(1.5, r * this.scale));
  }
}

/** The gold objective marker: over the point when on screen, an edge arrow when not. */
export class Waypoint {
  private readonly arrow: Phaser.GameObjects.Image;
  private readonly diamond: Phaser.GameObjects.Image;
  private readonly label: Phaser.GameObjects.Text;
  private t = 0;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Layer) {
    this.arrow = scene.add.image(0, 0, UiTexture.arrow).setVisible(false);
    this.diamond = scene.add.image(0, 0, UiTexture.diamond).setVisible(false);
    this.label = scene.add
      .text(0, 0, '', {
        fontFamily: FONT,
        fontSize: '13px',
        color: '#ffd98a',
        stroke: '#000000',
        strokeThickness: 3,
      })
      .setOrigin(0.5, 0)
      .setVisible(false);
    layer.add([this.arrow, this.diamond, this.label]);
  }

  hide(): void {
    this.arrow.setVisible(false);
    this.diamond.setVisible(false);
    this.label.setVisible(false);
  }

  /**
   * `area`: the part of the screen no panel covers, where the marker and the arrow stay.
   * `sx, sy`: the objective on screen (may be far outside); `label`: distance text or ''.
   * `lift`: how far above the point the on-screen marker floats.
   */
  update(
    deltaMs: number,
    area: ScreenRect,
    sx: number,
    sy: number,
    label: string,
    lift: number,
  ): void {
    this.t += deltaMs / 1000;
    const inset = Math.min(44, area.width / 2, area.height / 2);
    const left = area.x + inset;
    const right = area.x + area.width - inset;
    const top = area.y + inset;
    const bottom = area.y + area.height - inset;
    const inside = sx >= left && sx <= right && sy >= top && sy <= bottom;
    if (inside) {
      const bob = Math.sin(this.t * 4) * 4;
      this.arrow.setVisible(false);
      this.diamond.setVisible(true).setPosition(sx, sy - lift + bob);
      this.label.setVisible(label !== '').setPosition(sx, sy - lift + bob + 14);
    } else {
      // Where the ray from the free area's centre to the objective leaves the inset rectangle.
      const cx = area.x + area.width / 2;
      const cy = area.y + area.height / 2;
      const dx = sx - cx;
      const dy = sy - cy;
      const kx = dx !== 0 ? (right - cx) / Math.abs(dx) : Infinity;
      const ky = dy !== 0 ? (bottom - cy) / Math.abs(dy) : Infinity;
      const k = Math.min(kx, ky);
      const ax = cx + dx * k;
      const ay = cy + dy * k;
      const angle = Math.atan2(dy, dx);
      const pulse = 1 + Math.sin(this.t * 5) * 0.08;
      this.diamond.setVisible(false);
      this.arrow.setVisible(true).setPosition(ax, ay).setRotation(angle).setScale(pulse);
      // The distance sits just inside the arrow, towards the screen centre.
      this.label
        .setVisible(label !== '')
        .setPosition(ax - Math.cos(angle) * 34, ay - Math.sin(angle) * 34 - 8);
    }
    if (label !== '' && this.label.text !== label) this.label.setText(label);
  }
}
