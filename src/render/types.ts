/**
 * Simulation and mission types the render layer reads, derived from the session's public shape.
 * The layer rules let render/ import session/ and core/ only, so the world's types are reached
 * through the session instead of imported from sim/ or mission/.
 */
import type { GameHost } from '../session/host';
import type { Session } from '../session/Session';
import type { SoundCue } from './soundRecipes';

export type World = Session['world'];
export type Entity = World['entities'][number];
export type Projectile = World['projectiles'][number];
export type Fx = ReturnType<GameHost['drainFx']>[number];
export type Command = Session['log'][number][1];
type SimContext = Session['ctx'];
export type MapGeometry = SimContext['geometry'][string];
export type ZoneShape = NonNullable<ReturnType<SimContext['zones']['get']>>['shape'];
/** An archetype as the mission describes it (art key, sounds, radius, kind), resolved. */
export type Archetype = NonNullable<ReturnType<SimContext['archetypes']['get']>>;

/** Where sound goes; `SoundBoard` in audio.ts has this shape (the composition root passes it). */
export interface SoundSink {
  /** One sound (soundCues.ts picks them from the world's effects), placed for the listener. */
  play(cue: SoundCue, listener: { x: number; y: number }): void;
  ui(name: 'click' | 'objective' | 'accolade' | 'fail' | 'hail'): void;
  setVolumes(v: { master: number; effects: number; music: number }): void;
  startAmbient(kind: 'space' | 'ground' | 'title'): void;
  resume(): void;
}

/** What the game scenes need from the composition root (the title facts aside). */
export interface GameOptions {
  /** Read only: the session to draw, the interpolation state. Render never advances it. */
  host: GameHost;
  sound: SoundSink;
  /** Where the controls' commands go (the application decides whether they count). */
  command(c: Command): void;
  /** Action name → `KeyboardEvent.code` (forward, back, left, right, fire, torpedo, …). */
  bindings(): Record<string, string>;
  reducedMotion(): boolean;
  /** False while a dialog, the pause menu or the autopilot has the controls. */
  inputEnabled(): boolean;
  /** The gamepad's Start button. */
  onPauseRequest(): void;
  /** True while the title (captain choice) is up: no ticks run and the title scene shows. */
  atTitle(): boolean;
  /** The ghost's player to draw translucent this frame, or null. */
  ghost(): GhostPose | null;
  /** While watching a replay the camera may be free (pans with WASD/arrows or a drag). */
  camera(): 'follow' | 'free';
  /**
   * The part of the canvas no interface panel covers (canvas pixels), or null for all of it.
   * The camera keeps the player in its middle; the waypoint arrow stays inside it. Read every
   * frame: it should be cheap.
   */
  freeArea(): ScreenRect | null;
}

/** What the scene on show has placed on screen this frame, for automation. */
export interface RenderView {
  /** The player on screen, null until the scene has placed its camera. */
  playerScreen: { x: number; y: number } | null;
  /** The minimap's box, frame included. */
  minimap: ScreenRect;
}

/** A rectangle on screen, in canvas (CSS) pixels. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GhostPose {
  x: number;
  y: number;
  angle: number;
  scene: string;
  name: string;
}
