/**
 * Ground: Deep Space 9's interiors, top-down, built from the map geometry (floor, walls with a
 * lit edge, shop fronts and rooms with their names, consoles, turbolift, transporter pad) and
 * the mission's interactables and security fields. Characters are pooled sprites per entity,
 * interpolated between ticks, with bars over allies and enemies and a downed pose.
 */
import Phaser from 'phaser';
import { CHARACTER_SIZE } from './archetypeArt';
import { Effects } from './effects';
import type { Minimap, MinimapShape } from './hud';
import { interpolatedPose } from './interp';
import { SceneKey, TextureKey } from './keys';
import type { Archetype, Entity, Fx, GameOptions, MapGeometry } from './types';
import { UiTexture } from './uiTextures';
import { type ViewPose, WorldScene } from './WorldScene';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

const FLOORS: Record<string, TextureKey> = {
  promenade: TextureKey.floorPromenade,
  'habitat-corridors': TextureKey.floorCorridor,
  ops: TextureKey.floorOps,
};

/** Texture keys are art keys (src/mission/catalog.ts ART_KEYS); the form's art in that form. */
function charArt(a: Archetype | undefined, e: Entity): { key: string; size: number } {
  const key = (e.trueForm ? a?.form?.art : undefined) ?? a?.art ?? TextureKey.charFedOfficer;
  return { key, size: CHARACTER_SIZE[key] ?? 32 };
}

/** Collision radius on the ground (balance.ts: 12 for everyone). */
const RADIUS = 12;
const BOLT_MS = 90;
const PLAYER_BOLT = 0xffb060;
const ENEMY_BOLT = 0x9dff6a;

interface CharView {
  sprite: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text | null;
  key: string;
  pose: ViewPose;
  seen: number;
}

interface Bolt {
  img: Phaser.GameObjects.Image;
  t: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  hit: boolean;
}

interface Field {
  id: string;
  sprite: Phaser.GameObjects.TileSprite;
  dropping: number;
  vertical: boolean;
}

interface Spot {
  id: string;
  x: number;
  y: number;
  ring: Phaser.GameObjects.Image;
  radius: number;
}

export class GroundScene extends WorldScene {
  protected readonly mode = 'ground' as const;
  protected readonly zoomRange = [0.6, 1.8] as const;
  protected readonly defaultZoom = 1.1;

  private geometry: MapGeometry | null = null;
  private chars = new Map<number, CharView>();
  private bolts: Bolt[] = [];
  private freeBolts: Phaser.GameObjects.Image[] = [];
  private fields: Field[] = [];
  private spots: Spot[] = [];
  private marks!: Phaser.GameObjects.Graphics;
  private bars!: Phaser.GameObjects.Graphics;
  private fx!: Effects;
  private frame = 0;
  private elapsed = 0;
  /** What `build` draws once: baked into one texture at the end of `build`. */
  private statics: Phaser.GameObjects.GameObject[] = [];

  constructor(opts: GameOptions) {
    super(SceneKey.ground, opts);
  }

  override init(): void {
    super.init();
    this.geometry = null;
    this.chars = new Map();
    this.bolts = [];
    this.freeBolts = [];
    this.fields = [];
    this.spots = [];
    this.frame = 0;
    this.elapsed = 0;
    this.statics = [];
  }

  /** Adds a piece of the static map (floor, walls, decor, labels) to be baked. */
  private keep(obj: Phaser.GameObjects.GameObject | Phaser.GameObjects.GameObject[]): void {
    for (const o of Array.isArray(obj) ? obj : [obj]) {
      this.worldLayer.add(o);
      this.statics.push(o);
    }
  }

  /**
   * Draws the static map into one texture and drops the pieces: one quad a frame instead of a
   * floor, dozens of walls, decor and labels (software WebGL pays per quad and per pixel).
   */
  private bake(map: string, width: number, height: number): void {
    const key = `ground-map-${map}`;
    if (this.textures.exists(key)) this.textures.remove(key);
    const dt = this.textures.addDynamicTexture(key, Math.ceil(width), Math.ceil(height));
    if (!dt) return;
    const depth = (o: Phaser.GameObjects.GameObject) =>
      (o as unknown as { depth?: number }).depth ?? 0;
    const pieces = [...this.statics].sort((a, b) => depth(a) - depth(b));
    dt.draw(pieces);
    dt.render();
    for (const o of pieces) o.destroy();
    this.statics = [];
    const img = this.add.image(0, 0, key).setOrigin(0, 0).setDepth(0);
    this.worldLayer.add(img);
  }

  protected minimapShape(): MinimapShape {
    const geo = this.opts.host.session.ctx.geometry[this.opts.host.session.world.map];
    const w = geo?.width ?? 1000;
    const h = geo?.height ?? 1000;
    const width = w >= h ? 190 : Math.round((190 * w) / h);
    const height = w >= h ? Math.round((190 * h) / w) : 190;
    return { kind: 'rect', width, height };
  }

  private get mapScale(): number {
    const geo = this.geometry;
    return geo ? this.minimap.shape.width / geo.width : 1;
  }

  protected build(): void {
    const ctx = this.opts.host.session.ctx;
    const map = this.world.map;
    const geo = ctx.geometry[map] ?? null;
    this.geometry = geo;
    const width = geo?.width ?? 1000;
    const height = geo?.height ?? 1000;

    const floorKey = FLOORS[map] ?? TextureKey.floorCorridor;
    const floor = this.add.tileSprite(0, 0, width, height, floorKey).setOrigin(0, 0).setDepth(0);
    this.keep(floor);

    const shadows = this.add.graphics().setDepth(1);
    const deco = this.add.graphics().setDepth(3);
    const edges = this.add.graphics().setDepth(4);
    this.keep([shadows, deco, edges]);
    const wallKey = TextureKey.wall;
    const consoleKey = TextureKey.console;

    for (const d of geo?.decor ?? []) this.decor(d, deco);

    for (const w of geo?.walls ?? []) {
      shadows.fillStyle(0x000000, 0.4);
      if (w.type === 'pillar') {
        const r = Math.min(w.w, w.h) / 2;
        shadows.fillCircle(w.x + r + 5, w.y + r + 7, r);
        deco.fillStyle(0x3a332c, 1);
        deco.fillCircle(w.x + r, w.y + r, r);
        deco.lineStyle(3, 0xd8a860, 0.8);
        deco.strokeCircle(w.x + r, w.y + r, r - 2);
        deco.fillStyle(0xffe0a0, 0.9);
        deco.fillCircle(w.x + r, w.y + r, r * 0.3);
        continue;
      }
      // Only the strips of shadow that show beside the wall (no overdraw under it).
      shadows.fillRect(w.x + 6, w.y + w.h, w.w, 8);
      shadows.fillRect(w.x + w.w, w.y + 8, 6, w.h - 8);
      if (w.type === 'console') {
        const ts = this.add.tileSprite(w.x, w.y, w.w, w.h, consoleKey).setOrigin(0, 0);
        const tile = this.textures.get(consoleKey).source[0]?.height ?? 64;
        ts.setTileScale(w.h / tile, w.h / tile).setDepth(2);
        this.keep(ts);
        edges.lineStyle(2, 0xffb347, 0.9);
        edges.strokeRect(w.x, w.y, w.w, w.h);
        continue;
      }
      if (w.type === 'table') {
        deco.fillStyle(0x1c1a1e, 1);
        deco.fillRoundedRect(w.x, w.y, w.w, w.h, 14);
        deco.lineStyle(3, 0xffb347, 0.9);
        deco.strokeRoundedRect(w.x + 4, w.y + 4, w.w - 8, w.h - 8, 12);
        deco.fillStyle(0x5fa8ff, 0.55);
        deco.fillRoundedRect(w.x + 22, w.y + 22, w.w - 44, w.h - 44, 8);
        deco.lineStyle(1, 0xcfe6ff, 0.6);
        for (let gx = w.x + 30; gx < w.x + w.w - 24; gx += 14)
          deco.lineBetween(gx, w.y + 24, gx, w.y + w.h - 24);
        continue;
      }
      const ts = this.add.tileSprite(w.x, w.y, w.w, w.h, wallKey).setOrigin(0, 0).setDepth(2);
      this.keep(ts);
      if (w.type === 'shop') this.shopFront(w, height, edges);
      else {
        edges.lineStyle(3, 0xe8b060, 0.55);
        edges.strokeRect(w.x + 1.5, w.y + 1.5, w.w - 3, w.h - 3);
        edges.lineStyle(1, 0xfff0c8, 0.7);
        edges.strokeRect(w.x + 1, w.y + 1, w.w - 2, w.h - 2);
      }
    }

    // Interactables: consoles, and a turbolift or pad only where the map has not drawn one.
    for (const [id, it] of ctx.interactables) {
      if (it.map !== map) continue;
      let at: { x: number; y: number } | null = null;
      if (it.point !== undefined) at = ctx.point(map, it.point) ?? null;
      if (!at && it.zone !== undefined) {
        const z = ctx.zones.get(it.zone);
        if (z?.shape.type === 'rect')
          at = { x: z.shape.x + z.shape.w / 2, y: z.shape.y + z.shape.h / 2 };
        else if (z) at = { x: z.shape.x, y: z.shape.y };
      }
      if (!at) continue;
      const drawn = (geo?.decor ?? []).some(
        (d) => at.x >= d.x && at.x <= d.x + d.w && at.y >= d.y && at.y <= d.y + d.h,
      );
      if (!drawn) {
        const key =
          it.kind === 'turbolift'
            ? TextureKey.turbolift
            : it.kind === 'transporter'
              ? TextureKey.transporterPad
              : TextureKey.console;
        const img = this.add.image(at.x, at.y, key).setDepth(3);
        img.setScale((it.kind === 'console' ? 48 : 110) / img.width);
        this.keep(img);
      }
      const ring = this.add
        .image(at.x, at.y, UiTexture.ring)
        .setTint(0xffc24a)
        .setDepth(5)
        .setBlendMode(Phaser.BlendModes.ADD)
        .setVisible(false);
      this.worldLayer.add(ring);
      this.spots.push({ id, x: at.x, y: at.y, ring, radius: it.radius ?? 50 });
    }

    const fieldKey = TextureKey.fieldShimmer;
    for (const [id, b] of ctx.barriers) {
      if (b.map !== map) continue;
      const r = b.rect;
      const sprite = this.add
        .tileSprite(r.x + r.w / 2, r.y + r.h / 2, r.w, r.h, fieldKey)
        .setDepth(6)
        .setBlendMode(Phaser.BlendModes.ADD);
      this.worldLayer.add(sprite);
      this.fields.push({ id, sprite, dropping: -1, vertical: r.h >= r.w });
      edges.lineStyle(3, 0x8fe8ff, 0.8);
      if (r.h >= r.w) {
        edges.strokeRect(r.x - 4, r.y - 6, r.w + 8, 6);
        edges.strokeRect(r.x - 4, r.y + r.h, r.w + 8, 6);
      } else {
        edges.strokeRect(r.x - 6, r.y - 4, 6, r.h + 8);
        edges.strokeRect(r.x + r.w, r.y - 4, 6, r.h + 8);
      }
    }

    this.marks = this.add.graphics().setDepth(7);
    this.marks.pathDetailThreshold = 1;
    this.bars = this.add.graphics().setDepth(50);
    this.worldLayer.add([this.marks, this.bars]);
    this.fx = new Effects(this, this.worldLayer, 1 / this.defaultZoom);
    this.drawMinimapWalls();
    this.bake(map, width, height);
  }

  /** A named room, a balcony, the airlock, the turbolift and the transporter pad. */
  private decor(d: MapGeometry['decor'][number], g: Phaser.GameObjects.Graphics): void {
    const cx = d.x + d.w / 2;
    const cy = d.y + d.h / 2;
    switch (d.type) {
      case 'balcony':
        g.fillStyle(0x000000, 0.28);
        g.fillRect(d.x, d.y, d.w, d.h);
        g.lineStyle(2, 0xc89858, 0.8);
        g.lineBetween(d.x, d.y + d.h / 2, d.x + d.w, d.y + d.h / 2);
        for (let x = d.x + 20; x < d.x + d.w; x += 40) g.lineBetween(x, d.y + 8, x, d.y + d.h - 8);
        return;
      case 'airlock': {
        g.fillStyle(0x2a2a30, 1);
        g.fillRect(d.x, d.y, d.w, d.h);
        const r = Math.min(d.w, d.h) * 0.45;
        g.fillStyle(0x4a4640, 1);
        g.fillCircle(cx, cy, r);
        g.lineStyle(4, 0xd8a860, 1);
        g.strokeCircle(cx, cy, r);
        for (let i = 0; i < 8; i++) {
          const a = (i / 8) * Math.PI * 2;
          g.lineBetween(cx, cy, cx + Math.cos(a) * r, cy + Math.sin(a) * r);
        }
        this.label(cx, d.y - 12, 'Airlock');
        return;
      }
      case 'turbolift': {
        const img = this.add.image(cx, cy, TextureKey.turbolift).setDepth(3);
        img.setDisplaySize(d.w, d.h);
        this.keep(img);
        this.label(cx, d.y + d.h + 12, d.name || 'Turbolift');
        return;
      }
      case 'pad': {
        const img = this.add.image(cx, cy, TextureKey.transporterPad);
        img.setDisplaySize(d.w, d.h).setDepth(3);
        this.keep(img);
        this.label(cx, d.y - 12, d.name || 'Transporter pad');
        return;
      }
      case 'stairs':
        g.fillStyle(0x1c1a18, 1);
        g.fillRect(d.x, d.y, d.w, d.h);
        g.lineStyle(2, 0x8a7050, 1);
        for (let y = d.y + 8; y < d.y + d.h; y += 10) g.lineBetween(d.x + 6, y, d.x + d.w - 6, y);
        this.label(cx, d.y + d.h + 12, d.name);
        return;
      default:
        // A room inside a wall block: a lit panel with its name.
        this.roomPanel(d);
        return;
    }
  }

  private roomPanel(d: MapGeometry['decor'][number]): void {
    const g = this.add.graphics().setDepth(3.5);
    this.keep(g);
    g.fillStyle(0x141418, 0.92);
    g.fillRoundedRect(d.x, d.y, d.w, d.h, 10);
    g.lineStyle(2, 0xd8a860, 0.8);
    g.strokeRoundedRect(d.x, d.y, d.w, d.h, 10);
    g.lineStyle(1, 0xd8a860, 0.25);
    for (let x = d.x + 30; x < d.x + d.w - 10; x += 60) g.lineBetween(x, d.y + 8, x, d.y + d.h - 8);
    if (d.name) this.label(d.x + d.w / 2, d.y + d.h / 2, d.name, 16);
  }

  /** A shop on the Promenade: the front faces the concourse with a lit sign and its name. */
  private shopFront(
    w: { x: number; y: number; w: number; h: number; name: string },
    mapHeight: number,
    g: Phaser.GameObjects.Graphics,
  ): void {
    const facesDown = w.y + w.h / 2 < mapHeight / 2;
    const frontY = facesDown ? w.y + w.h - 14 : w.y;
    g.fillStyle(0x120e0a, 0.85);
    g.fillRect(w.x + 8, w.y + 8, w.w - 16, w.h - 16);
    g.fillStyle(0xffb347, 0.9);
    g.fillRect(w.x, frontY, w.w, 14);
    g.fillStyle(0xfff0c8, 0.9);
    g.fillRect(w.x + 10, frontY + 5, w.w - 20, 3);
    g.lineStyle(2, 0xd8a860, 0.9);
    g.strokeRect(w.x + 1, w.y + 1, w.w - 2, w.h - 2);
    // Light spilling onto the concourse.
    g.fillStyle(0xffb347, 0.1);
    g.fillRect(w.x + 10, facesDown ? w.y + w.h : w.y - 40, w.w - 20, 40);
    if (w.name) this.label(w.x + w.w / 2, w.y + w.h / 2 + (facesDown ? -6 : 6), w.name, 16);
  }

  private label(x: number, y: number, text: string, size = 13): void {
    if (!text) return;
    const t = this.add
      .text(x, y, text, {
        fontFamily: FONT,
        fontSize: `${size}px`,
        fontStyle: 'bold',
        color: '#ffd9a0',
        stroke: '#000000',
        strokeThickness: 4,
      })
      .setOrigin(0.5)
      .setDepth(8)
      .setResolution(2);
    this.keep(t);
  }

  private drawMinimapWalls(): void {
    const geo = this.geometry;
    if (!geo) return;
    const g = this.minimap.staticLayer;
    const s = this.mapScale;
    g.clear();
    g.fillStyle(0x1a2232, 1);
    g.fillRect(0, 0, geo.width * s, geo.height * s);
    g.fillStyle(0x56627a, 1);
    for (const w of geo.walls) g.fillRect(w.x * s, w.y * s, w.w * s, w.h * s);
  }

  protected teardown(): void {
    this.chars.clear();
    this.bolts = [];
    this.freeBolts = [];
    this.fields = [];
    this.spots = [];
  }

  protected radiusOf(_e: Entity): number {
    return RADIUS;
  }

  protected viewPose(id: number): ViewPose | null {
    const v = this.chars.get(id);
    return v?.sprite.visible ? v.pose : null;
  }

  protected distanceLabel(): string {
    return '';
  }

  /**
   * The free area (not the whole screen) shows no more than `margin` past the map's edge, so
   * a player near a wall is still inside it: between the panels, not under one.
   */
  protected override clampCamera(
    x: number,
    y: number,
    halfW: number,
    halfH: number,
  ): { x: number; y: number } {
    const geo = this.geometry;
    if (!geo) return { x, y };
    const margin = 60;
    const cx =
      geo.width + 2 * margin <= halfW * 2
        ? geo.width / 2
        : Math.min(geo.width + margin - halfW, Math.max(halfW - margin, x));
    const cy =
      geo.height + 2 * margin <= halfH * 2
        ? geo.height / 2
        : Math.min(geo.height + margin - halfH, Math.max(halfH - margin, y));
    return { x: cx, y: cy };
  }

  private archetype(e: Entity): Archetype | undefined {
    return this.opts.host.session.ctx.archetypes.get(e.archetype);
  }

  protected playerTextureKey(): string | null {
    return this.chars.get(this.world.player)?.sprite.texture.key ?? null;
  }

  private makeChar(e: Entity, key: string): CharView {
    const sprite = this.add.image(e.x, e.y, key).setDepth(this.archetype(e)?.rescue ? 9 : 10);
    // Character art is drawn at world size (1 px = 1 unit at zoom 1): no scaling.
    this.worldLayer.add(sprite);
    let label: Phaser.GameObjects.Text | null = null;
    if (e.npc !== null) {
      label = this.add
        .text(e.x, e.y, e.name, {
          fontFamily: FONT,
          fontSize: '12px',
          color: e.faction === 'enemy' ? '#ff9a8a' : '#bfe4ff',
          stroke: '#000000',
          strokeThickness: 3,
        })
        .setOrigin(0.5, 1)
        .setDepth(51)
        .setResolution(2);
      this.worldLayer.add(label);
    }
    return {
      sprite,
      label,
      key,
      pose: { x: e.x, y: e.y, angle: e.angle, radius: RADIUS },
      seen: 0,
    };
  }

  protected syncWorld(): void {
    this.frame++;
    const world = this.world;
    const host = this.opts.host;
    for (const e of world.entities) {
      if (e.kind !== 'character' || e.map !== world.map) continue;
      const art = charArt(this.archetype(e), e);
      const key = art.key;
      let v = this.chars.get(e.id);
      if (!v) {
        v = this.makeChar(e, key);
        this.chars.set(e.id, v);
      } else if (v.key !== key) {
        v.key = key;
        v.sprite.setTexture(key);
        if (v.label && v.label.text !== e.name) v.label.setText(e.name);
      }
      v.seen = this.frame;
      interpolatedPose(host, e, 80, v.pose);
      const downed = e.downedUntil > 0;
      v.sprite
        .setVisible(e.alive)
        .setPosition(v.pose.x, v.pose.y)
        .setRotation(v.pose.angle + (downed ? Math.PI / 2 : 0))
        .setAlpha(downed ? 0.7 : 1);
      if (downed) v.sprite.setTint(0x8a8a8a);
      else v.sprite.clearTint();
      v.label?.setVisible(e.alive).setPosition(v.pose.x, v.pose.y - art.size / 2 - 10);
      if (e.id === world.player) {
        this.focus.x = v.pose.x;
        this.focus.y = v.pose.y;
        this.focus.angle = v.pose.angle;
      }
    }
    for (const [id, v] of this.chars) {
      if (v.seen === this.frame) continue;
      v.sprite.destroy();
      v.label?.destroy();
      this.chars.delete(id);
    }
    this.drawMarksAndBars();
  }

  private drawMarksAndBars(): void {
    const world = this.world;
    const marks = this.marks;
    const bars = this.bars;
    marks.clear();
    bars.clear();
    for (const e of world.entities) {
      if (!e.alive || e.kind !== 'character' || e.map !== world.map) continue;
      const v = this.chars.get(e.id);
      if (!v) continue;
      const { x, y } = v.pose;
      if (e.id === world.player) {
        marks.lineStyle(2.5, 0xffc24a, 0.9);
        marks.strokeEllipse(x, y + 4, 38, 26);
      } else if (e.faction === 'player') {
        marks.lineStyle(2, 0x5fd0e0, 0.7);
        marks.strokeEllipse(x, y + 4, 32, 22);
      } else if (this.archetype(e)?.rescue) {
        const pulse = 0.4 + 0.3 * Math.sin(this.elapsed * 4 + e.id);
        marks.lineStyle(2, 0xff6a6a, pulse);
        marks.strokeCircle(x, y, 24);
        continue;
      }
      if (e.id === world.player || e.faction === 'neutral') continue;
      // One with a second form (T'Vala) is a boss: a wider bar, over the taller form's head.
      const boss = this.archetype(e)?.form != null;
      const bw = boss ? 46 : 30;
      const top = y - (boss && e.trueForm ? 38 : 26);
      const hull = e.hullMax > 0 ? Math.max(0, e.hull / e.hullMax) : 0;
      const shield = e.shieldMax > 0 ? Math.max(0, (e.shields[0] ?? 0) / e.shieldMax) : 0;
      bars.fillStyle(0x000000, 0.65);
      bars.fillRect(x - bw / 2 - 1, top - 1, bw + 2, 7);
      bars.fillStyle(e.faction === 'enemy' ? 0xe5483a : 0x5ad06a, 1);
      bars.fillRect(x - bw / 2, top + 2, bw * hull, 3);
      bars.fillStyle(0x6ad8ff, 1);
      bars.fillRect(x - bw / 2, top, bw * shield, 2);
    }
  }

  protected handleFx(fx: Fx): void {
    switch (fx.type) {
      case 'rifle': {
        const from = this.viewPose(fx.from);
        const shooter = this.world.entities.find((e) => e.id === fx.from);
        if (!from || this.bolts.length > 60) return;
        const enemy = shooter?.faction === 'enemy';
        const img = this.freeBolts.pop() ?? this.newBolt();
        const x0 = from.x + Math.cos(from.angle) * 14;
        const y0 = from.y + Math.sin(from.angle) * 14;
        const x1 = fx.x + (Math.random() - 0.5) * 10;
        const y1 = fx.y + (Math.random() - 0.5) * 10;
        img
          .setVisible(true)
          .setPosition(x0, y0)
          .setRotation(Math.atan2(y1 - y0, x1 - x0))
          .setTint(enemy ? ENEMY_BOLT : PLAYER_BOLT);
        this.bolts.push({ img, t: 0, x0, y0, x1, y1, hit: false });
        this.fx.flash(x0, y0, 22, enemy ? ENEMY_BOLT : PLAYER_BOLT, 90);
        return;
      }
      case 'explosion':
        if (fx.size >= 1) {
          // A photon grenade.
          this.fx.bigBlast(fx.x, fx.y, 34);
          this.fx.flash(fx.x, fx.y, 150, 0xffa050, 450);
          this.fx.ring(fx.x, fx.y, 20, 190, 0xffb060, 450);
          if (!this.opts.reducedMotion()) this.worldCam.shake(180, 0.004);
        } else {
          // A defeated Undine: a green-white dissolve.
          this.fx.glitter(fx.x, fx.y, 18, [0xffffff, 0xc8ffb0, 0x4fa040]);
          this.fx.flash(fx.x, fx.y, 70, 0xb8ff90, 400);
        }
        return;
      case 'downed': {
        const p = this.viewPose(fx.target);
        if (p) this.fx.flash(p.x, p.y, 60, 0xff7060, 400);
        return;
      }
      case 'rescued':
        this.fx.sparkle(fx.x, fx.y, 26, 46, 800);
        return;
      case 'transform': {
        const p = this.viewPose(fx.target);
        if (!p) return;
        this.fx.bigBlast(p.x, p.y, 30, [0xffffff, 0xd8ff70, 0x3f7a10]);
        this.fx.ring(p.x, p.y, 20, 220, 0xc8ff40, 700);
        this.fx.flash(p.x, p.y, 160, 0xd8ff80, 700);
        if (!this.opts.reducedMotion()) this.worldCam.shake(250, 0.006);
        return;
      }
      case 'ability': {
        const p = this.viewPose(fx.who);
        if (!p) return;
        const tint =
          fx.ability === 'medic' ? 0x9cff8a : fx.ability === 'recharge' ? 0x7fc8ff : 0xffb060;
        this.fx.ring(p.x, p.y, 20, 90, tint, 500);
        return;
      }
      case 'telegraph': {
        // A marked blast: the circle closes in on its edge while the fuse burns; step out.
        const ms = (fx.ticks * 1000) / 60;
        this.fx.ring(fx.x, fx.y, fx.r * 0.2, fx.r, 0xff4030, ms);
        this.fx.ring(fx.x, fx.y, fx.r, fx.r * 0.98, 0xff6040, ms);
        return;
      }
      case 'fieldDown': {
        const f = this.fields.find((x) => x.id === fx.barrier);
        if (!f || f.dropping >= 0) return;
        f.dropping = 0;
        const b = f.sprite;
        for (let i = 0; i < 6; i++) {
          const k = i / 5 - 0.5;
          this.fx.sparks(
            b.x + (f.vertical ? 0 : k * b.width),
            b.y + (f.vertical ? k * b.height : 0),
            4,
          );
        }
        return;
      }
      default:
        return;
    }
  }

  private newBolt(): Phaser.GameObjects.Image {
    const img = this.add.image(0, 0, TextureKey.rifleBolt);
    img.setDepth(30).setBlendMode(Phaser.BlendModes.ADD);
    this.worldLayer.add(img);
    return img;
  }

  protected animate(delta: number): void {
    this.elapsed += delta / 1000;
    for (let i = this.bolts.length - 1; i >= 0; i--) {
      const b = this.bolts[i]!;
      b.t += delta;
      const k = Math.min(1, b.t / BOLT_MS);
      b.img.setPosition(b.x0 + (b.x1 - b.x0) * k, b.y0 + (b.y1 - b.y0) * k);
      if (k >= 1) {
        this.fx.sparks(b.x1, b.y1, 5);
        b.img.setVisible(false);
        this.freeBolts.push(b.img);
        this.bolts.splice(i, 1);
      }
    }
    const up = this.world.barriersUp;
    for (const f of this.fields) {
      const s = f.sprite;
      if (f.dropping >= 0) {
        f.dropping += delta;
        const k = Math.min(1, f.dropping / 600);
        s.setVisible(k < 1).setAlpha((1 - k) * 0.9);
        if (f.vertical) s.setScale(1 - k * 0.8, 1);
        else s.setScale(1, 1 - k * 0.8);
        if (k >= 1 && up.includes(f.id)) f.dropping = -1;
        continue;
      }
      const isUp = up.includes(f.id);
      s.setVisible(isUp).setScale(1);
      if (!isUp) continue;
      s.setAlpha(0.65 + 0.25 * Math.sin(this.elapsed * 6));
      if (f.vertical) s.tilePositionY += delta * 0.05;
      else s.tilePositionX += delta * 0.05;
    }
    const enabled = this.world.enabledInteractables;
    for (const spot of this.spots) {
      const on = enabled.includes(spot.id);
      spot.ring.setVisible(on);
      if (!on) continue;
      const pulse = (this.elapsed * 0.8) % 1;
      spot.ring
        .setPosition(spot.x, spot.y)
        .setScale((spot.radius * (0.6 + 0.5 * pulse)) / 64)
        .setAlpha(0.9 * (1 - pulse));
    }
    this.fx.update(delta);
  }

  protected drawMinimap(minimap: Minimap, screenWidth: number): void {
    const geo = this.geometry;
    const s = this.mapScale;
    const cx = (geo?.width ?? 0) / 2;
    const cy = (geo?.height ?? 0) / 2;
    minimap.begin(screenWidth, cx, cy, s);
    minimap.placeStatic();
    const up = this.world.barriersUp;
    for (const f of this.fields) {
      if (up.includes(f.id)) minimap.dot(f.sprite.x, f.sprite.y, 0x8fe8ff, 2.5);
    }
    for (const e of this.world.entities) {
      if (!e.alive || e.map !== this.world.map || e.id === this.world.player) continue;
      const color =
        e.faction === 'enemy'
          ? 0xff3b30
          : e.faction === 'neutral'
            ? 0xff9a9a
            : e.npc !== null
              ? 0x9cff8a
              : 0x7fc8ff;
      minimap.dot(e.x, e.y, color, 2.5);
    }
    minimap.arrow(this.focus.x, this.focus.y, this.focus.angle, 0xffffff);
  }
}
