/**
 * The director runs above every other scene for the whole game. Each frame (after the
 * application has read input and advanced the host) it hands the fx of the ticks just run to
 * the sound and to the scene on show, shows the scene the session is in (title while the
 * mission is offered, then space or ground), and plays the transition the world asks for over
 * everything (warp streaks, transporter sparkle, doors, a flash), or a plain fade when the
 * player prefers reduced motion. A world replaced from outside (a restore, a seek: the host's
 * epoch moves) is drawn at once, without a transition.
 *
 * It is the top scene, so it updates first and renders last: the transition overlay covers
 * the world scenes.
 *
 * Nothing is shown before its scene is ready: a scene launched now is built on the next frame,
 * while the old one is still drawn. Until the new scene has built its whole map and drawn a
 * frame, the screen stays covered and the transition waits at its start.
 */
import Phaser from 'phaser';
import { Effects } from './effects';
import { SceneKey } from './keys';
import { ART_READY } from './PreloadScene';
import { markTransition } from './sceneMarker';
import { SoundCues } from './soundCues';
import type { GameOptions, RenderView } from './types';
import type { WorldScene } from './WorldScene';

type Shown = 'none' | 'title' | 'space' | 'ground';

interface Playing {
  kind: string;
  t: number;
  duration: number;
}

const DURATION: Record<string, number> = {
  'warp-in': 1500,
  'beam-down': 1400,
  'beam-up': 1400,
  turbolift: 1000,
  door: 800,
  respawn: 700,
  revive: 700,
  fade: 450,
};
/** Frames to wait at most for a new scene's first frame before showing whatever is there. */
const AWAIT_FRAMES = 120;
/** A transition older than this (ticks) when first seen is not played (a restored save). */
const STALE_TICKS = 120;

interface Streak {
  angle: number;
  start: number;
  speed: number;
  width: number;
}

export class DirectorScene extends Phaser.Scene {
  private readonly opts: GameOptions;
  private ready = false;
  private shown: Shown = 'none';
  private shownScene = '';
  private shownEpoch = -1;
  private readonly soundCues = new SoundCues();
  private lastTransition: number | null = null;
  private playing: Playing | null = null;
  private cover!: Phaser.GameObjects.Rectangle;
  private flash!: Phaser.GameObjects.Rectangle;
  private doors: Phaser.GameObjects.Rectangle[] = [];
  private lines!: Phaser.GameObjects.Graphics;
  private sparkle!: Effects;
  private streaks: Streak[] = [];
  /** Frames left to wait for the new scene to place the player, for the transporter sparkle. */
  private sparkleWait = 0;
  /** The world scene just launched and not yet drawn (screen covered), with frames left. */
  private awaiting: { key: SceneKey; sceneId: string; frames: number } | null = null;

  constructor(opts: GameOptions) {
    super({ key: SceneKey.director, active: true });
    this.opts = opts;
  }

  create(): void {
    this.cover = this.add.rectangle(0, 0, 10, 10, 0x000000).setOrigin(0, 0).setVisible(false);
    this.flash = this.add.rectangle(0, 0, 10, 10, 0xffffff).setOrigin(0, 0).setVisible(false);
    this.doors = [0, 1].map(() =>
      this.add.rectangle(0, 0, 10, 10, 0x0a0806).setOrigin(0, 0).setVisible(false),
    );
    this.lines = this.add.graphics().setBlendMode(Phaser.BlendModes.ADD);
    this.sparkle = new Effects(this, null, 1.5);
    this.streaks = Array.from({ length: 110 }, () => ({
      angle: Math.random() * Math.PI * 2,
      start: Math.random() * 0.5,
      speed: 0.6 + Math.random() * 1.2,
      width: 1 + Math.random() * 2.5,
    }));
  }

  /**
   * The game art is still being baked behind the title: once the player has left the title the
   * world waits (the application runs no ticks) and the title stays, rather than play with
   * missing art. Also true before the preloader has the title up.
   */
  artReady(): boolean {
    return this.ready && this.registry.get(ART_READY) === true;
  }

  holding(): boolean {
    if (!this.ready) return true;
    return !this.opts.atTitle() && this.registry.get(ART_READY) === false;
  }

  /** Where the game scene on show draws the player and the minimap; null at the title. */
  view(): RenderView | null {
    if (!this.ready || this.shown === 'title' || this.shown === 'none') return null;
    const key = this.shown === 'space' ? SceneKey.space : SceneKey.ground;
    if (!this.scene.isActive(key)) return null;
    const scene = this.scene.get(key) as WorldScene;
    return { playerScreen: scene.playerOnScreen(), minimap: scene.minimapBox() };
  }

  /** The scene on show reads its controls (called by the application before it advances). */
  readInput(time: number): void {
    if (!this.ready || this.shown === 'title' || this.shown === 'none') return;
    const key = this.shown === 'space' ? SceneKey.space : SceneKey.ground;
    if (this.scene.isActive(key)) (this.scene.get(key) as WorldScene).readInput(time);
  }

  override update(_time: number, delta: number): void {
    if (!this.ready) {
      // Nothing to direct before the preloader has the title on screen.
      if (!this.scene.isActive(SceneKey.title)) return;
      this.ready = true;
    }
    const host = this.opts.host;
    const session = host.session;
    const atTitle = this.opts.atTitle();
    const holding = this.holding();
    const world = session.world;
    const jumped = host.epoch !== this.shownEpoch;
    this.shownEpoch = host.epoch;
    const fx = host.drainFx();

    const want: Shown = atTitle || holding ? 'title' : world.sceneKind;
    let switched = false;
    if (want === 'title') {
      this.awaiting = null;
      if (this.shown !== 'title') {
        this.show('title');
        switched = true;
      }
    } else if (this.shown !== want || this.shownScene !== world.scene) {
      this.show(want);
      this.shownScene = world.scene;
      switched = true;
      this.awaiting = {
        key: want === 'space' ? SceneKey.space : SceneKey.ground,
        sceneId: world.scene,
        frames: AWAIT_FRAMES,
      };
    } else if (this.awaiting) {
      const a = this.awaiting;
      const scene = this.scene.isActive(a.key) ? (this.scene.get(a.key) as WorldScene) : null;
      if (scene?.drawn(a.sceneId) || --a.frames <= 0) this.awaiting = null;
    }

    if (want !== 'title') {
      const t = world.transition;
      if (jumped) {
        // A restore or a seek: the new world is simply drawn (its transition, if any, is past).
        this.lastTransition = t?.startTick ?? null;
        this.playing = null;
        switched = false;
        fx.length = 0;
      } else if (t && t.startTick !== this.lastTransition) {
        this.lastTransition = t.startTick;
        if (world.tick - t.startTick <= STALE_TICKS) this.play(t.kind);
        else if (switched) this.play('fade');
      } else if (switched) {
        this.play('fade');
      }
      const player = world.entities.find((e) => e.id === world.player);
      const listener = { x: player?.x ?? 0, y: player?.y ?? 0 };
      if (jumped) this.soundCues.reset();
      for (const cue of this.soundCues.cues(fx, world, session.ctx))
        this.opts.sound.play(cue, listener);
      const key = want === 'space' ? SceneKey.space : SceneKey.ground;
      const scene = this.scene.isActive(key) ? (this.scene.get(key) as WorldScene) : null;
      if (!switched && fx.length > 0) scene?.receiveFx(fx);
      if (this.sparkleWait > 0) {
        this.sparkleWait--;
        const at = scene?.playerOnScreen() ?? null;
        if (at || this.sparkleWait === 0) {
          const { width, height } = this.scale;
          this.sparkle.sparkle(at?.x ?? width / 2, at?.y ?? height / 2, 60, 110, 900);
          this.sparkleWait = 0;
        }
      }
    }
    this.animate(delta);
  }

  private show(kind: Exclude<Shown, 'none'>): void {
    const keys = { title: SceneKey.title, space: SceneKey.space, ground: SceneKey.ground };
    for (const [k, key] of Object.entries(keys)) {
      if (k !== kind && this.scene.isActive(key)) this.scene.stop(key);
    }
    const key = keys[kind];
    // `launch` restarts a running scene: a new map or a restored world is built afresh.
    if (kind !== 'title' || !this.scene.isActive(key)) this.scene.launch(key);
    this.scene.bringToTop();
    if (this.shown !== kind) this.opts.sound.startAmbient(kind);
    this.shown = kind;
  }

  private play(kind: string): void {
    const reduced = this.opts.reducedMotion();
    const k = reduced ? 'fade' : kind in DURATION ? kind : 'fade';
    this.playing = { kind: k, t: 0, duration: DURATION[k] ?? 450 };
    markTransition(this, k);
    // The sparkle goes over the player, once the new scene has placed its camera.
    if (k === 'beam-down' || k === 'beam-up') this.sparkleWait = 30;
  }

  private animate(delta: number): void {
    const p = this.playing;
    this.cover.setVisible(false);
    this.flash.setVisible(false);
    for (const d of this.doors) d.setVisible(false);
    this.lines.clear();
    this.sparkle.update(delta);
    const { width, height } = this.scale;
    if (this.awaiting) {
      // The old scene is still drawn underneath: keep it hidden, and the transition at its start.
      this.cover.setPosition(0, 0).setSize(width, height).setAlpha(1).setVisible(true);
      return;
    }
    if (!p) return;
    p.t += delta;
    const k = Math.min(1, p.t / p.duration);
    const full = (r: Phaser.GameObjects.Rectangle, alpha: number) => {
      r.setPosition(0, 0)
        .setSize(width, height)
        .setAlpha(Math.max(0, Math.min(1, alpha)))
        .setVisible(alpha > 0.001);
    };
    switch (p.kind) {
      case 'warp-in':
        this.warp(k, width, height);
        full(this.cover, 1 - k * 1.6);
        full(this.flash, k < 0.45 ? 0 : 0.7 * (1 - (k - 0.45) / 0.25));
        break;
      case 'beam-down':
      case 'beam-up': {
        // The sparkle shows through as the picture fades in.
        full(this.cover, k < 0.3 ? 0.85 : 0.85 * (1 - (k - 0.3) / 0.55));
        break;
      }
      case 'door': {
        const open = Phaser.Math.Easing.Cubic.InOut(k);
        const half = width / 2;
        this.doors[0]!.setPosition(-half * open, 0)
          .setSize(half, height)
          .setVisible(true);
        this.doors[1]!.setPosition(half + half * open, 0)
          .setSize(half, height)
          .setVisible(true);
        this.lines.lineStyle(4, 0xffb347, 0.9 * (1 - k));
        this.lines.lineBetween(half - half * open, 0, half - half * open, height);
        this.lines.lineBetween(half + half * open, 0, half + half * open, height);
        break;
      }
      case 'turbolift': {
        full(this.cover, k < 0.35 ? 1 : 1 - (k - 0.35) / 0.65);
        // Light bands sweeping past, the car still moving.
        const bands = 5;
        for (let i = 0; i < bands; i++) {
          const y = ((i / bands + k * 2.2) % 1) * height;
          this.lines.lineStyle(10, 0xffb347, 0.35 * (1 - k));
          this.lines.lineBetween(0, height - y, width, height - y);
        }
        break;
      }
      case 'respawn':
      case 'revive':
        full(this.flash, 0.85 * (1 - k));
        break;
      default:
        full(this.cover, 1 - k);
        break;
    }
    if (k >= 1) {
      this.playing = null;
      markTransition(this, null);
    }
  }

  private warp(k: number, width: number, height: number): void {
    const cx = width / 2;
    const cy = height / 2;
    const reach = Math.sqrt(cx * cx + cy * cy);
    const g = this.lines;
    for (const s of this.streaks) {
      const d = (s.start + k * s.speed) * reach;
      const len = reach * 0.45 * (1 - k) * s.speed;
      if (len < 1) continue;
      const c = Math.cos(s.angle);
      const sn = Math.sin(s.angle);
      g.lineStyle(s.width, 0xcfe4ff, 0.85 * (1 - k));
      g.lineBetween(cx + c * d, cy + sn * d, cx + c * (d + len), cy + sn * (d + len));
    }
  }
}
