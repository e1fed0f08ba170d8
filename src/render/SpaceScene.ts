/**
 * Space: the Bajor Sector around Deep Space 9, top-down. Parallax stars and Bajor behind;
 * the station; ships as pooled sprites per entity (interpolated between ticks); shield
 * flashes, beams, torpedoes with trails and explosions from the simulation's fx.
 */
import Phaser from 'phaser';
import { SHIP_LOOKS, type ShipLook } from './archetypeArt';
import { Effects } from './effects';
import type { Minimap, MinimapShape } from './hud';
import { interpolatedPose } from './interp';
import { SceneKey, TextureKey } from './keys';
import { Starfield } from './Starfield';
import type { Entity, Fx, GameOptions, Projectile } from './types';
import { type ViewPose, WorldScene } from './WorldScene';

interface ShipArt extends ShipLook {
  /** The simulation's collision radius (the archetype's), for brackets and shields. */
  radius: number;
  /** A station emplacement: drawn under the ships, leaves a dark wreck. */
  emplacement: boolean;
}

const DEFAULT_LOOK = SHIP_LOOKS['ship-galor']!;
/** The shield arc texture fits a ship about 110 units long (the player's cruiser). */
const shieldScale = (art: ShipArt) => art.length / 110;

const BAJOR_PARALLAX = 0.06;
const STATION_SIZE = 1800;
const BEAM_MS = 160;
const FED_BEAM = 0xff9a3c;
const ENEMY_BEAM = 0xb8ff3c;
const MINIMAP_RANGE = 4200;

interface ShipView {
  sprite: Phaser.GameObjects.Image;
  art: ShipArt;
  pose: ViewPose;
  seen: number;
  emplacement: boolean;
}

interface Beam {
  from: number;
  to: number;
  color: number;
  t: number;
  fx: number;
  fy: number;
  tx: number;
  ty: number;
  jitterA: number;
  jitterB: number;
}

interface Torpedo {
  sprite: Phaser.GameObjects.Image;
  px: number;
  py: number;
  cx: number;
  cy: number;
  tick: number;
  seen: number;
}

export class SpaceScene extends WorldScene {
  protected readonly mode = 'space' as const;
  protected readonly zoomRange = [0.35, 1.2] as const;
  protected readonly defaultZoom = 0.7;

  private stars!: Starfield;
  private bajor: { img: Phaser.GameObjects.Image; x: number; y: number } | null = null;
  private ships = new Map<number, ShipView>();
  /** Archetype id → its art (a new scene or session starts it afresh). */
  private arts = new Map<string, ShipArt>();
  private torpedoes = new Map<number, Torpedo>();
  private darkSpots: Phaser.GameObjects.Image[] = [];
  private playerShields: Phaser.GameObjects.Image[] = [];
  private beams: Beam[] = [];
  private beamGfx!: Phaser.GameObjects.Graphics;
  private engines!: Phaser.GameObjects.Graphics;
  private fx!: Effects;
  private frame = 0;

  constructor(opts: GameOptions) {
    super(SceneKey.space, opts);
  }

  override init(): void {
    super.init();
    this.bajor = null;
    this.ships = new Map();
    this.torpedoes = new Map();
    this.darkSpots = [];
    this.playerShields = [];
    this.beams = [];
    this.frame = 0;
  }

  protected minimapShape(): MinimapShape {
    return { kind: 'circle', width: 180, height: 180 };
  }

  protected build(): void {
    const starGfx = this.add.graphics();
    this.bgLayer.add(starGfx);
    this.stars = new Starfield(starGfx);
    const geometry = this.opts.host.session.ctx.geometry[this.world.map];
    const planet = geometry?.decor.find((d) => d.type === 'planet' || d.name === 'bajor');
    if (planet) {
      const img = this.add.image(0, 0, TextureKey.bajor);
      // Far behind: small, a little dimmed, barely moving with the camera.
      const size = Math.min(320, planet.w * 0.15);
      img.setDisplaySize(size, size).setTint(0xb4b8c4);
      this.bgLayer.add(img);
      this.bajor = { img, x: planet.x + planet.w / 2, y: planet.y + planet.h / 2 };
    }

    const station = this.add.image(0, 0, TextureKey.ds9Top);
    station.setDisplaySize(STATION_SIZE, STATION_SIZE).setDepth(0);
    this.worldLayer.add(station);

    const arc = TextureKey.shieldArc;
    for (let i = 0; i < 4; i++) {
      const img = this.add.image(0, 0, arc).setDepth(12).setBlendMode(Phaser.BlendModes.ADD);
      img.setAlpha(0).setTint(SHIP_LOOKS['ship-player']!.shield);
      this.playerShields.push(img);
      this.worldLayer.add(img);
    }

    this.beamGfx = this.add.graphics().setDepth(30).setBlendMode(Phaser.BlendModes.ADD);
    this.engines = this.add.graphics().setDepth(9).setBlendMode(Phaser.BlendModes.ADD);
    this.beamGfx.pathDetailThreshold = 1;
    this.engines.pathDetailThreshold = 1;
    this.worldLayer.add([this.engines, this.beamGfx]);
    this.fx = new Effects(this, this.worldLayer, 1 / this.defaultZoom);
  }

  protected teardown(): void {
    this.ships.clear();
    this.arts.clear();
    this.torpedoes.clear();
    this.darkSpots = [];
    this.beams = [];
  }

  protected playerTextureKey(): string | null {
    return this.ships.get(this.world.player)?.sprite.texture.key ?? null;
  }

  protected override onJump(): void {
    // Wrecks and views of the old moment go; the new world's ships are made afresh next sync.
    for (const d of this.darkSpots) d.destroy();
    this.darkSpots = [];
    for (const v of this.ships.values()) v.sprite.destroy();
    this.ships.clear();
    this.arts.clear();
    for (const t of this.torpedoes.values()) t.sprite.destroy();
    this.torpedoes.clear();
    this.beams = [];
  }

  protected radiusOf(e: Entity): number {
    return this.artOf(e).radius;
  }

  protected viewPose(id: number): ViewPose | null {
    const v = this.ships.get(id);
    return v?.sprite.visible ? v.pose : null;
  }

  protected distanceLabel(distance: number): string {
    // About ten metres to a unit in space (balance.ts).
    const km = (distance * 10) / 1000;
    return km >= 10 ? `${Math.round(km)} km` : `${km.toFixed(1)} km`;
  }

  /** An entity's art from its archetype, worked out once per archetype. */
  private artOf(e: Entity): ShipArt {
    let art = this.arts.get(e.archetype);
    if (!art) {
      const a = this.opts.host.session.ctx.archetypes.get(e.archetype);
      art = {
        ...(SHIP_LOOKS[a?.art ?? ''] ?? DEFAULT_LOOK),
        radius: a?.radius ?? 40,
        emplacement: a?.kind === 'emplacement',
      };
      this.arts.set(e.archetype, art);
    }
    return art;
  }

  private makeShip(e: Entity): ShipView {
    const art = this.artOf(e);
    const emplacement = art.emplacement;
    const sprite = this.add.image(e.x, e.y, art.key);
    // Ship art is drawn at world size (1 px = 1 unit at zoom 1): no scaling.
    sprite.setDepth(emplacement ? 5 : 10);
    if (emplacement) {
      // A live emplacement (a restarted step) replaces the wreck drawn at its spot.
      this.darkSpots = this.darkSpots.filter((d) => {
        const near = (d.x - e.x) * (d.x - e.x) + (d.y - e.y) * (d.y - e.y) < 100;
        if (near) d.destroy();
        return !near;
      });
    }
    this.worldLayer.add(sprite);
    return {
      sprite,
      art,
      pose: { x: e.x, y: e.y, angle: e.angle, radius: art.radius },
      seen: this.frame,
      emplacement,
    };
  }

  private dropShip(id: number, v: ShipView): void {
    if (v.emplacement) {
      const dark = this.add.image(v.pose.x, v.pose.y, TextureKey.emplacementDark);
      dark.setScale(v.sprite.scaleX).setRotation(v.sprite.rotation).setDepth(4);
      this.worldLayer.add(dark);
      this.darkSpots.push(dark);
    }
    v.sprite.destroy();
    this.ships.delete(id);
  }

  protected syncWorld(): void {
    this.frame++;
    const world = this.world;
    const host = this.opts.host;
    this.engines.clear();
    for (const e of world.entities) {
      if (e.kind !== 'ship' || e.map !== world.map) continue;
      let v = this.ships.get(e.id);
      if (!v) {
        v = this.makeShip(e);
        this.ships.set(e.id, v);
      }
      v.seen = this.frame;
      interpolatedPose(host, e, 300, v.pose);
      const visible = e.alive;
      v.sprite.setVisible(visible).setPosition(v.pose.x, v.pose.y).setRotation(v.pose.angle);
      if (visible && !v.emplacement && e.speed > 4) this.engineGlow(v, e.speed);
      if (e.id === world.player) {
        this.focus.x = v.pose.x;
        this.focus.y = v.pose.y;
        this.focus.angle = v.pose.angle;
        this.placePlayerShields(e, v, visible);
      }
    }
    for (const [id, v] of this.ships) if (v.seen !== this.frame) this.dropShip(id, v);
    this.syncTorpedoes();
    this.placeBackground();
  }

  /** Impulse engines: a glow behind the ship, brighter with speed (flat circles, see effects.ts). */
  private engineGlow(v: ShipView, speed: number): void {
    const k = Math.min(1, speed / 200);
    const back = v.art.length * 0.46;
    const x = v.pose.x - Math.cos(v.pose.angle) * back;
    const y = v.pose.y - Math.sin(v.pose.angle) * back;
    const r = v.art.length * (0.05 + 0.07 * k);
    this.engines.fillStyle(v.art.engine, 0.12 + 0.15 * k);
    this.engines.fillCircle(x, y, r * 1.9);
    this.engines.fillStyle(v.art.engine, 0.35 + 0.35 * k);
    this.engines.fillCircle(x, y, r);
  }

  /** The player's shield bubble: four faint arcs, brighter the fuller each facing. */
  private placePlayerShields(e: Entity, v: ShipView, visible: boolean): void {
    const scale = shieldScale(v.art);
    for (let i = 0; i < 4; i++) {
      const img = this.playerShields[i]!;
      const frac = e.shieldMax > 0 ? (e.shields[i] ?? 0) / e.shieldMax : 0;
      img
        .setVisible(visible && frac > 0.02)
        .setPosition(v.pose.x, v.pose.y)
        .setRotation(v.pose.angle + (i * Math.PI) / 2)
        .setScale(scale)
        .setAlpha(0.08 + 0.14 * frac);
    }
  }

  private syncTorpedoes(): void {
    const world = this.world;
    const list: readonly Projectile[] = world.projectiles;
    const alpha = this.opts.host.alpha;
    const key = TextureKey.torpedo;
    for (const p of list) {
      let t = this.torpedoes.get(p.id);
      if (!t) {
        const sprite = this.add.image(p.x, p.y, key).setDepth(20);
        sprite.setBlendMode(Phaser.BlendModes.ADD).setScale(24 / sprite.width);
        this.worldLayer.add(sprite);
        t = { sprite, px: p.x, py: p.y, cx: p.x, cy: p.y, tick: world.tick, seen: 0 };
        this.torpedoes.set(p.id, t);
      } else if (t.tick !== world.tick) {
        // Keep one tick of history, like the host does for entities.
        const ticks = Math.max(1, world.tick - t.tick);
        t.px = p.x - (p.x - t.cx) / ticks;
        t.py = p.y - (p.y - t.cy) / ticks;
        t.cx = p.x;
        t.cy = p.y;
        t.tick = world.tick;
      }
      t.seen = this.frame;
      const x = t.px + (t.cx - t.px) * alpha;
      const y = t.py + (t.cy - t.py) * alpha;
      t.sprite.setPosition(x, y).setRotation(p.angle);
      this.fx.trail(x, y);
    }
    for (const [id, t] of this.torpedoes) {
      if (t.seen === this.frame) continue;
      t.sprite.destroy();
      this.torpedoes.delete(id);
    }
  }

  private placeBackground(): void {
    const { width, height } = this.scale;
    this.stars.update(this.camX, this.camY, width, height);
    if (this.bajor) {
      this.bajor.img.setPosition(
        width / 2 + (this.bajor.x - this.camX) * BAJOR_PARALLAX,
        height / 2 + (this.bajor.y - this.camY) * BAJOR_PARALLAX,
      );
    }
  }

  protected handleFx(fx: Fx): void {
    switch (fx.type) {
      case 'beam': {
        if (this.beams.length > 48) return;
        const from = this.world.entities.find((e) => e.id === fx.from);
        const to = this.world.entities.find((e) => e.id === fx.to);
        if (!from || !to) return;
        this.beams.push({
          from: fx.from,
          to: fx.to,
          color: from.faction === 'player' || from.faction === 'ally' ? FED_BEAM : ENEMY_BEAM,
          t: 0,
          fx: from.x,
          fy: from.y,
          tx: to.x,
          ty: to.y,
          jitterA: Math.random() - 0.5,
          jitterB: Math.random() - 0.5,
        });
        return;
      }
      case 'shieldHit': {
        const v = this.ships.get(fx.target);
        if (!v) return;
        const id = fx.target;
        const arcKey = TextureKey.shieldArc;
        const scale = shieldScale(v.art);
        this.fx.shield(
          arcKey,
          () => this.viewPose(id),
          v.pose.angle + (fx.facing * Math.PI) / 2,
          scale,
          v.art.shield,
        );
        return;
      }
      case 'telegraph': {
        // An Undine heavy attack charging: a glow that grows on the attacker until it fires.
        const p = this.viewPose(fx.who);
        if (!p) return;
        const ms = (fx.ticks * 1000) / 60;
        this.fx.ring(p.x, p.y, 120, 30, 0xc8ff40, ms);
        this.fx.flash(p.x, p.y, 160, 0xd8ff80, ms);
        return;
      }
      case 'explosion': {
        const size = fx.size;
        if (size >= 2) {
          const big = size >= 3;
          this.fx.bigBlast(fx.x, fx.y, big ? 60 : 36);
          this.fx.flash(fx.x, fx.y, big ? 300 : 200, 0xffc890, 650);
          this.fx.ring(fx.x, fx.y, 30, big ? 420 : 280, 0xffa060, 650);
          if (big && !this.opts.reducedMotion()) this.worldCam.shake(350, 0.008);
        } else {
          this.fx.blast(fx.x, fx.y, 14);
          this.fx.flash(fx.x, fx.y, 90, 0xffb070, 260);
        }
        return;
      }
      case 'torpedo': {
        const p = this.viewPose(this.world.player);
        if (p) {
          const nose = p.radius;
          this.fx.flash(
            p.x + Math.cos(p.angle) * nose,
            p.y + Math.sin(p.angle) * nose,
            70,
            0xff9a50,
            220,
          );
        }
        return;
      }
      case 'ability': {
        const p = this.viewPose(fx.who);
        if (!p) return;
        const tint =
          fx.ability === 'epts' ? 0x7fc8ff : fx.ability === 'hazard' ? 0x9cff8a : 0xffffff;
        this.fx.ring(p.x, p.y, p.radius, p.radius * 4, tint, 700);
        return;
      }
      default:
        return;
    }
  }

  protected animate(delta: number): void {
    const g = this.beamGfx;
    g.clear();
    for (let i = this.beams.length - 1; i >= 0; i--) {
      const b = this.beams[i]!;
      b.t += delta;
      if (b.t >= BEAM_MS) {
        this.beams.splice(i, 1);
        continue;
      }
      const a = 1 - b.t / BEAM_MS;
      const from = this.viewPose(b.from);
      const to = this.viewPose(b.to);
      if (from) {
        b.fx = from.x + Math.cos(from.angle) * from.radius * 0.5 * b.jitterA;
        b.fy = from.y + Math.sin(from.angle) * from.radius * 0.5 * b.jitterA;
      }
      if (to) {
        b.tx = to.x + to.radius * 0.5 * b.jitterB;
        b.ty = to.y - to.radius * 0.5 * b.jitterA;
      }
      g.lineStyle(10, b.color, 0.18 * a);
      g.lineBetween(b.fx, b.fy, b.tx, b.ty);
      g.lineStyle(4, b.color, 0.7 * a);
      g.lineBetween(b.fx, b.fy, b.tx, b.ty);
      g.lineStyle(1.5, 0xffffff, 0.9 * a);
      g.lineBetween(b.fx, b.fy, b.tx, b.ty);
      g.fillStyle(b.color, 0.5 * a);
      g.fillCircle(b.tx, b.ty, 9);
    }
    this.fx.update(delta);
  }

  protected drawMinimap(minimap: Minimap, screenWidth: number): void {
    minimap.begin(screenWidth, this.focus.x, this.focus.y, minimap.shape.width / 2 / MINIMAP_RANGE);
    const station = this.opts.host.session.ctx.geometry[this.world.map]?.hulls[0];
    if (station) minimap.station(station.x, station.y, 845, station.r);
    for (const e of this.world.entities) {
      if (!e.alive || e.map !== this.world.map || e.id === this.world.player) continue;
      const emplacement = this.artOf(e).emplacement;
      const color = e.faction === 'enemy' ? (emplacement ? 0xff7a5a : 0xff3b30) : 0x7fc8ff;
      minimap.contact(e.x, e.y, color, emplacement ? 1.6 : 3);
    }
    const me = this.player();
    if (me?.alive) minimap.arrow(this.focus.x, this.focus.y, this.focus.angle, 0xffffff);
  }
}
