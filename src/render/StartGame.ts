import Phaser from 'phaser';
import { BootScene } from './BootScene';
import { DirectorScene } from './DirectorScene';
import { GroundScene } from './GroundScene';
import type { TitleInfo } from './keys';
import { PreloadScene } from './PreloadScene';
import { SpaceScene } from './SpaceScene';
import { TitleScene } from './TitleScene';
import type { GameOptions } from './types';

export type { GameOptions, SoundSink } from './types';

/** The smallest game the scenes lay out (CSS pixels); the canvas never gets smaller. */
export const MIN_WIDTH = 320;
export const MIN_HEIGHT = 240;

export interface StartGameOptions extends TitleInfo, GameOptions {
  renderer: 'webgl' | 'canvas';
}

/**
 * Creates the Phaser game inside `parent` (which should be sized by CSS: the canvas follows it).
 * The only entry point into the render layer; the composition root decides what to pass.
 * Scene order is render order: the director is last, so it draws over the others (and, as the
 * top scene, updates first: the simulation is advanced before anything reads it).
 */
export function startGame(parent: HTMLElement, options: StartGameOptions): Phaser.Game {
  const { renderer, title, summary, briefing, ...game } = options;
  return new Phaser.Game({
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
    input: { gamepad: true },
    disableContextMenu: true,
    scene: [
      new BootScene(),
      new PreloadScene(),
      new TitleScene({ title, summary, briefing }),
      new SpaceScene(game),
      new GroundScene(game),
      new DirectorScene(game),
    ],
  });
}
