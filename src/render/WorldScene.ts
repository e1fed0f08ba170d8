/**
 * What the space and the ground scene share: three cameras over three layers (background that
 * does not zoom, the world, and the interface that neither scrolls nor zooms), the camera that
 * follows the player, the input controller, the minimap, the objective waypoint and the target
 * bracket. A subclass draws its own world from the session every frame (`syncWorld`) and turns
 * the simulation's fx into effects (`handleFx`).
 *
 * Frame order (the application's loop): input read (`readInput`) → simulation advanced → the
 * director → views synced to the interpolated snapshot → fx of the ticks just run played →
 * camera and interface placed. A new world object with the same scene (a new run, a restore, a
 * seek) is adopted in place, without rebuilding the scene.
 */
import Phaser from 'phaser';
import { objectivePoint } from '../session/objective';
import { Minimap, type MinimapShape, Waypoint } from './hud';
import { InputController, type InputMode } from './input';
import { type Pose, smoothing } from './interp';
import { markMinimap, markScene } from './sceneMarker';
import type { Entity, Fx, GameOptions, ScreenRect, World } from './types';
import { ensureUiTextures } from './uiTextures';

export interface ViewPose extends Pose {
  /** Collision radius in world units, for brackets, picking and bars. */
  radius: number;
}

export abstract class WorldScene extends Phaser.Scene {
  protected readonly opts: GameOptions;
  protected abstract readonly mode: InputMode;
  protected abstract readonly zoomRange: readonly [number, number];
  protected abstract readonly defaultZoom: number;

  protected bgLayer!: Phaser.GameObjects.Layer;
  protected worldLayer!: Phaser.GameObjects.Layer;
  protected hudLayer!: Phaser.GameObjects.Layer;
  protected worldCam!: Phaser.Cameras.Scene2D.Camera;
  protected minimap!: Minimap;
  protected world!: World;
  protected sceneId = '';
  /** The interpolated pose of the player this frame (set by `syncWorld`). */
  protected readonly focus: Pose = { x: 0, y: 0, angle: 0 };
  /** The world point the camera keeps in the middle of the free area (see `followCamera`). */
  protected camX = 0;
  protected camY = 0;
  protected zoom = 1;
  /** How far the free area's centre is from the screen's (pixels), eased like the camera. */
  private offX = 0;
  private offY = 0;

  private controls!: InputController;
  private waypoint!: Waypoint;
  private bracket!: Phaser.GameObjects.Graphics;
  private zoomTarget = 1;
  private snapCamera = true;
  private fxQueue: Fx[] = [];
  private bracketTime = 0;
  private placed = false;
  /** A frame of this scene's world has been drawn (set by the first render after create). */
  private rendered = false;
  private epoch = -1;
  private ghostSprite: Phaser.GameObjects.Image | null = null;
  private ghostLabel: Phaser.GameObjects.Text | null = null;
  private readonly panKeys = new Set<string>();
  private drag: { x: number; y: number } | null = null;

  constructor(key: string, opts: GameOptions) {
    super({ key });
    this.opts = opts;
  }

  init(): void {
    this.fxQueue = [];
    this.snapCamera = true;
    this.zoom = this.defaultZoom;
    this.zoomTarget = this.defaultZoom;
    this.bracketTime = 0;
    this.placed = false;
    this.rendered = false;
  }

  create(): void {
    const session = this.opts.host.session;
    this.world = session.world;
    this.sceneId = this.world.scene;
    this.epoch = this.opts.host.epoch;
    ensureUiTextures(this);

    this.bgLayer = this.add.layer();
    this.worldLayer = this.add.layer();
    this.hudLayer = this.add.layer();
    const { width, height } = this.scale;
    const bgCam = this.cameras.main;
    this.worldCam = this.cameras.add(0, 0, width, height, true, 'world');
    const hudCam = this.cameras.add(0, 0, width, height, false, 'hud');
    bgCam.ignore([this.worldLayer, this.hudLayer]);
    this.worldCam.ignore([this.bgLayer, this.hudLayer]);
    hudCam.ignore([this.bgLayer, this.worldLayer]);
    // No camera backgrounds: the game's clear colour shows through (a camera background is a
    // full-screen quad, and software WebGL pays for every pixel filled).

    this.bracket = this.add.graphics().setDepth(60);
    this.worldLayer.add(this.bracket);
    this.minimap = new Minimap(this, this.hudLayer, this.minimapShape());
    this.waypoint = new Waypoint(this, this.hudLayer);

    this.controls = new InputController(this, this.mode, this.opts, {
      worldPoint: (sx, sy) => this.screenToWorld(sx, sy),
      pick: (x, y) => this.pick(x, y),
    });
    this.input.on(
      Phaser.Input.Events.POINTER_WHEEL,
      (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
        const [lo, hi] = this.zoomRange;
        this.zoomTarget = Phaser.Math.Clamp(this.zoomTarget * (dy > 0 ? 0.88 : 1.12), lo, hi);
      },
    );

    this.setupFreeCamera();
    this.build();
    // Place everything once now, so the first frame drawn already shows the player's view.
    this.syncWorld();
    this.followCamera(0);
    this.drawHud(0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.controls.destroy();
      this.ghostSprite = null;
      this.ghostLabel = null;
      window.removeEventListener('keydown', this.panDown);
      window.removeEventListener('keyup', this.panUp);
      this.teardown();
    });
    // Announce the scene once a frame of it has really been drawn.
    this.events.once(Phaser.Scenes.Events.RENDER, () => {
      this.rendered = true;
      markScene(this, this.mode);
    });
  }

  /** True once this scene has been built for `sceneId` and a frame of it has been drawn. */
  drawn(sceneId: string): boolean {
    return this.rendered && this.sceneId === sceneId && this.sys.isActive();
  }

  /** Where the player is on screen, once this scene has placed its camera (null before). */
  playerOnScreen(): { x: number; y: number } | null {
    return this.placed && this.current() ? this.worldToScreen(this.focus.x, this.focus.y) : null;
  }

  /** Where the minimap is drawn (screen pixels, its frame included). */
  minimapBox(): ScreenRect {
    return this.minimap.bounds();
  }

  /** The free area clipped to the screen; the whole screen when there is none or it is empty. */
  protected freeRect(): ScreenRect {
    const { width, height } = this.scale;
    const f = this.opts.freeArea();
    if (!f) return { x: 0, y: 0, width, height };
    const x = Math.max(0, f.x);
    const y = Math.max(0, f.y);
    const w = Math.min(width, f.x + f.width) - x;
    const h = Math.min(height, f.y + f.height) - y;
    return w >= 1 && h >= 1 ? { x, y, width: w, height: h } : { x: 0, y: 0, width, height };
  }

  /** The director hands over the fx of the ticks run this frame. */
  receiveFx(list: readonly Fx[]): void {
    for (const fx of list) this.fxQueue.push(fx);
  }

  /** True while this scene shows the world the session is in (false until the director swaps). */
  protected current(): boolean {
    return this.opts.host.session.world.scene === this.sceneId;
  }

  /** Reads the controls into commands; the application calls it before it advances the host. */
  readInput(time: number): void {
    if (this.current()) this.controls.update(time, this.opts.host.session.world);
  }

  override update(_time: number, delta: number): void {
    if (!this.current()) {
      this.fxQueue.length = 0;
      return;
    }
    this.adoptWorld();
    this.syncWorld();
    this.drawGhost();
    for (const fx of this.fxQueue) this.handleFx(fx);
    this.fxQueue.length = 0;
    this.animate(delta);
    this.followCamera(delta);
    this.drawBracket(delta);
    this.drawHud(delta);
  }

  /**
   * The session's world object is replaced on accept, restore and seek. Views are kept by
   * entity id, so drawing the new one needs no rebuild; after a jump (restore, seek) the
   * camera snaps and short-lived effects of the old world are dropped.
   */
  private adoptWorld(): void {
    const host = this.opts.host;
    if (host.session.world !== this.world) this.world = host.session.world;
    if (host.epoch !== this.epoch) {
      this.epoch = host.epoch;
      this.fxQueue.length = 0;
      this.snapCamera = true;
      this.onJump();
    }
  }

  /** A restore or seek happened: drop what belongs to the old world's moment (wrecks, fx). */
  protected onJump(): void {}

  /**
   * The ghost: the same art as the player, translucent and tinted, with its name; drawn only
   * when it is in this scene. It is a picture, nothing more (it never touches the world).
   */
  private drawGhost(): void {
    const pose = this.opts.ghost();
    const key = pose && pose.scene === this.sceneId ? this.playerTextureKey() : null;
    if (!pose || !key) {
      this.ghostSprite?.setVisible(false);
      this.ghostLabel?.setVisible(false);
      return;
    }
    if (!this.ghostSprite) {
      this.ghostSprite = this.add.image(pose.x, pose.y, key).setDepth(9).setAlpha(0.42);
      this.ghostSprite.setTint(0x9fd8ff);
      this.worldLayer.add(this.ghostSprite);
      this.ghostLabel = this.add
        .text(pose.x, pose.y, '', {
          fontFamily: 'system-ui, sans-serif',
          fontSize: '12px',
          color: '#9fd8ff',
          stroke: '#000000',
          strokeThickness: 3,
        })
        .setOrigin(0.5, 1)
        .setDepth(61)
        .setAlpha(0.85);
      this.worldLayer.add(this.ghostLabel);
    }
    if (this.ghostSprite.texture.key !== key) this.ghostSprite.setTexture(key);
    this.ghostSprite.setVisible(true).setPosition(pose.x, pose.y).setRotation(pose.angle);
    const lift = (this.ghostSprite.height / 2) * this.ghostSprite.scaleY + 8;
    this.ghostLabel
      ?.setVisible(true)
      .setText(pose.name)
      .setPosition(pose.x, pose.y - lift)
      .setScale(1 / this.zoom);
  }

  /** Free camera keys (WASD and arrows) and a drag, used only while watching a replay. */
  private setupFreeCamera(): void {
    this.panKeys.clear();
    window.addEventListener('keydown', this.panDown);
    window.addEventListener('keyup', this.panUp);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      if (this.opts.camera() === 'free') this.drag = { x: p.x, y: p.y };
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => {
      if (!this.drag || !p.isDown || this.opts.camera() !== 'free') return;
      this.camX -= (p.x - this.drag.x) / this.zoom;
      this.camY -= (p.y - this.drag.y) / this.zoom;
      this.drag = { x: p.x, y: p.y };
    });
    this.input.on(Phaser.Input.Events.POINTER_UP, () => {
      this.drag = null;
    });
  }

  private readonly panDown = (e: KeyboardEvent) => {
    this.panKeys.add(e.code);
  };

  private readonly panUp = (e: KeyboardEvent) => {
    this.panKeys.delete(e.code);
  };

  /** The free camera moves with the keys; returns false when the camera follows the player. */
  private panCamera(delta: number): boolean {
    if (this.opts.camera() !== 'free') return false;
    const k = this.panKeys;
    const x =
      (k.has('KeyD') || k.has('ArrowRight') ? 1 : 0) -
      (k.has('KeyA') || k.has('ArrowLeft') ? 1 : 0);
    const y =
      (k.has('KeyS') || k.has('ArrowDown') ? 1 : 0) - (k.has('KeyW') || k.has('ArrowUp') ? 1 : 0);
    const speed = (700 / this.zoom) * (delta / 1000);
    this.camX += x * speed;
    this.camY += y * speed;
    return true;
  }

  /**
   * The camera keeps `camX/camY` (which eases towards the player) in the middle of the free
   * area, not of the screen, so no panel sits on the player; the scene's clamp works with the
   * free area's size too, so at a map's edge the player is still inside it.
   */
  private followCamera(delta: number): void {
    const [lo, hi] = this.zoomRange;
    this.zoomTarget = Phaser.Math.Clamp(this.zoomTarget, lo, hi);
    const free = this.freeRect();
    const wantX = free.x + free.width / 2 - this.scale.width / 2;
    const wantY = free.y + free.height / 2 - this.scale.height / 2;
    if (this.panCamera(delta)) {
      this.zoom += (this.zoomTarget - this.zoom) * smoothing(10, delta);
    } else {
      const dx = this.focus.x - this.camX;
      const dy = this.focus.y - this.camY;
      if (this.snapCamera || dx * dx + dy * dy > 900 * 900) {
        this.camX = this.focus.x;
        this.camY = this.focus.y;
        this.zoom = this.zoomTarget;
        this.offX = wantX;
        this.offY = wantY;
        this.snapCamera = false;
      } else {
        const k = smoothing(6, delta);
        this.camX += dx * k;
        this.camY += dy * k;
        this.zoom += (this.zoomTarget - this.zoom) * smoothing(10, delta);
      }
    }
    const k = smoothing(8, delta);
    this.offX += (wantX - this.offX) * k;
    this.offY += (wantY - this.offY) * k;
    const c = this.clampCamera(
      this.camX,
      this.camY,
      free.width / 2 / this.zoom,
      free.height / 2 / this.zoom,
    );
    this.viewX = c.x - this.offX / this.zoom;
    this.viewY = c.y - this.offY / this.zoom;
    this.worldCam.setZoom(this.zoom);
    this.worldCam.centerOn(this.viewX, this.viewY);
    this.placed = true;
  }

  /** The world point at the screen centre this frame (after clamping). */
  protected viewX = 0;
  protected viewY = 0;

  protected worldToScreen(x: number, y: number): { x: number; y: number } {
    return {
      x: this.scale.width / 2 + (x - this.viewX) * this.zoom,
      y: this.scale.height / 2 + (y - this.viewY) * this.zoom,
    };
  }

  protected screenToWorld(sx: number, sy: number): { x: number; y: number } {
    return {
      x: this.viewX + (sx - this.scale.width / 2) / this.zoom,
      y: this.viewY + (sy - this.scale.height / 2) / this.zoom,
    };
  }

  /** A hostile entity whose body is under the world point, 0 when none. */
  private pick(x: number, y: number): number {
    let best = 0;
    let bestD = Infinity;
    for (const e of this.world.entities) {
      if (!e.alive || e.map !== this.world.map || e.faction !== 'enemy') continue;
      const r = this.radiusOf(e) + 14;
      const d = (e.x - x) * (e.x - x) + (e.y - y) * (e.y - y);
      if (d <= r * r && d < bestD) {
        bestD = d;
        best = e.id;
      }
    }
    return best;
  }

  private drawBracket(delta: number): void {
    this.bracketTime += delta / 1000;
    const g = this.bracket;
    g.clear();
    const player = this.world.entities.find((e) => e.id === this.world.player);
    const target = player?.target ? this.viewPose(player.target) : null;
    const entity = player?.target
      ? this.world.entities.find((e) => e.id === player.target)
      : undefined;
    if (!target || !entity?.alive) return;
    const s = target.radius * 1.35 + 6 + Math.sin(this.bracketTime * 5) * 2;
    const arm = Math.max(8, s * 0.4);
    const color = entity.faction === 'enemy' ? 0xff5a4a : 0x7fc8ff;
    const w = 2.5 / this.zoom;
    g.lineStyle(w + 2 / this.zoom, 0x000000, 0.45);
    this.corners(g, target.x, target.y, s, arm);
    g.lineStyle(w, color, 1);
    this.corners(g, target.x, target.y, s, arm);
    // A thin hull bar under the bracket.
    const frac = entity.hullMax > 0 ? Math.max(0, entity.hull / entity.hullMax) : 0;
    const bw = s * 2;
    const by = target.y + s + 6 / this.zoom;
    const bh = 4 / this.zoom;
    g.fillStyle(0x000000, 0.6);
    g.fillRect(target.x - s, by, bw, bh);
    g.fillStyle(color, 1);
    g.fillRect(target.x - s, by, bw * frac, bh);
  }

  private corners(g: Phaser.GameObjects.Graphics, x: number, y: number, s: number, arm: number) {
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const cx = x + sx * s;
      const cy = y + sy * s;
      g.lineBetween(cx, cy, cx - sx * arm, cy);
      g.lineBetween(cx, cy, cx, cy - sy * arm);
    }
  }

  private drawHud(delta: number): void {
    const session = this.opts.host.session;
    this.drawMinimap(this.minimap, this.scale.width);
    markMinimap(this, this.minimap.shown);
    const target = objectivePoint(session);
    if (target) this.minimap.objective(target.x, target.y);
    if (!target) {
      this.waypoint.hide();
      return;
    }
    let { x, y } = target;
    let lift = 30;
    if (target.entity !== 0) {
      const p = this.viewPose(target.entity);
      if (p) {
        x = p.x;
        y = p.y;
        // Clear of the entity's bar and name label.
        lift = p.radius * this.zoom + 46;
      }
    }
    const s = this.worldToScreen(x, y);
    const dx = x - this.focus.x;
    const dy = y - this.focus.y;
    this.waypoint.update(
      delta,
      this.freeRect(),
      s.x,
      s.y,
      this.distanceLabel(Math.sqrt(dx * dx + dy * dy)),
      lift,
    );
  }

  /** The player entity, if on this map. */
  protected player(): Entity | undefined {
    const id = this.world.player;
    return this.world.entities.find((e) => e.id === id);
  }

  protected abstract minimapShape(): MinimapShape;
  /** Creates the scene's static content. */
  protected abstract build(): void;
  /** Frees what `build` made outside the display list (pools, maps). */
  protected abstract teardown(): void;
  /** Brings every view in line with the world; sets `focus`. */
  protected abstract syncWorld(): void;
  protected abstract handleFx(fx: Fx): void;
  /** Advances short-lived effects. */
  protected abstract animate(delta: number): void;
  /** Where an entity is drawn this frame, null when it has no view. */
  protected abstract viewPose(id: number): ViewPose | null;
  protected abstract radiusOf(e: Entity): number;
  /** The texture the player is drawn with now (the ghost uses it too), null when none. */
  protected abstract playerTextureKey(): string | null;
  protected abstract drawMinimap(minimap: Minimap, screenWidth: number): void;
  protected abstract distanceLabel(distance: number): string;
  /**
   * Keeps the camera's point where the map allows; `halfW/halfH` are half the free area in
   * world units (the part of the view the player must stay inside).
   */
  protected clampCamera(
    x: number,
    y: number,
    _halfW: number,
    _halfH: number,
  ): { x: number; y: number } {
    return { x, y };
  }
}
