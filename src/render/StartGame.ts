import Phaser from 'phaser';
import { BootScene } from './BootScene';
import { DirectorScene } from './DirectorScene';
import { GroundScene } from './GroundScene';
import type { TitleInfo } from './keys';
import { PreloadScene } from './PreloadScene';
import { SpaceScene } from './SpaceScene';
import { TitleScene } from './TitleScene';
import type { GameOptions, RenderView } from './types';

export type { GameOptions, RenderView, ScreenRect, SoundSink } from './types';

/** The smallest game the scenes lay out (CSS pixels); the canvas never gets smaller. */
export const MIN_WIDTH = 320;
export const MIN_HEIGHT = 240;

export interface StartGameOptions extends TitleInfo, GameOptions {
  renderer: 'webgl' | 'canvas';
}

/**
 * What the application's frame loop asks of the renderer. Phaser's own loop is stopped once the
 * game has booted: the application measures time, reads input, advances the host, then draws.
 */
export interface RenderHandle {
  /** The controls of the scene on show turn into commands (before the host advances). */
  readInput(now: number): void;
  /** Draws the session as it stands (scene updates, interpolation, then the frame). */
  draw(now: number, elapsedMs: number): void;
  /** True while the world cannot be shown yet (its art is still being made): no time passes. */
  holding(): boolean;
  /** True once every game texture has been made (painted, or drawn from the art cache). */
  artReady(): boolean;
  /** Where the player and the minimap are on screen now (null at the title). */
  view(): RenderView | null;
  readonly game: Phaser.Game;
}

/**
 * Creates the Phaser game inside `parent` (which should be sized by CSS: the canvas follows it).
 * The only entry point into the render layer; the composition root decides what to pass.
 * Scene order is render order: the director is last, so it draws over the others (and, as the
 * top scene, updates first: the simulation is advanced before anything reads it).
 */
export function startGame(parent: HTMLElement, options: StartGameOptions): RenderHandle {
  const { renderer, title, summary, briefing, ...game } = options;
  const director = new DirectorScene(game);
  let booted = false;
  const phaser = new Phaser.Game({
    // Explicit, no AUTO: `?renderer=canvas` must really test the Canvas renderer.
    type: renderer === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL,
    parent,
    title: 'Shutdown',
    backgroundColor: '#03040a',
    scale: {
      mode: Phaser.Scale.RESIZE,
      parent,
      width: '100%',
      height: '100%',
      // Below this the layouts (the title's word wrap first) have no room and Phaser throws,
      // which stops the game: a narrower window shows part of a game this size instead.
      min: { width: MIN_WIDTH, height: MIN_HEIGHT },
    },
    render: {
      antialias: true,
      // Lets automation copy the WebGL canvas (drawImage / toDataURL) after a frame is shown.
      preserveDrawingBuffer: true,
    },
    input: { gamepad: true, keyboard: false },
    disableContextMenu: true,
    scene: [
      new BootScene(),
      new PreloadScene(),
      new TitleScene({ title, summary, briefing }),
      new SpaceScene(game),
      new GroundScene(game),
      director,
    ],
    callbacks: {
      // Runs just before Phaser starts its own frame loop: stop it straight after (the
      // application's loop calls `draw`).
      postBoot: (g) => {
        queueMicrotask(() => {
          g.loop.stop();
          booted = true;
        });
      },
    },
  });
  return {
    game: phaser,
    readInput: (now) => {
      if (booted) director.readInput(now);
    },
    draw: (now, elapsedMs) => {
      if (!booted) return;
      const loop = phaser.loop as {
        -readonly [K in keyof Phaser.Core.TimeStep]: Phaser.Core.TimeStep[K];
      };
      // Phaser's input and clocks read these; the application's measured time stands in.
      loop.time = now;
      loop.now = now;
      loop.delta = elapsedMs;
      loop.rawDelta = elapsedMs;
      loop.frame++;
      phaser.step(now, elapsedMs);
    },
    holding: () => director.holding(),
    artReady: () => director.artReady(),
    view: () => (booted ? director.view() : null),
  };
}
