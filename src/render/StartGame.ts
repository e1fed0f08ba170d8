import Phaser from 'phaser';
import { BootScene } from './BootScene';
import type { TitleInfo } from './keys';
import { PreloadScene } from './PreloadScene';
import { TitleScene } from './TitleScene';

export interface StartGameOptions extends TitleInfo {
  renderer: 'webgl' | 'canvas';
}

/**
 * Creates the Phaser game inside `parent` (which should be sized by CSS: the canvas follows it).
 * The only entry point into the render layer; the composition root decides what to pass.
 */
export function startGame(parent: HTMLElement, options: StartGameOptions): Phaser.Game {
  const { renderer, ...info } = options;
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
    },
    render: {
      antialias: true,
      // Lets automation copy the WebGL canvas (drawImage / toDataURL) after a frame is shown.
      preserveDrawingBuffer: true,
    },
    disableContextMenu: true,
    scene: [new BootScene(), new PreloadScene(), new TitleScene(info)],
  });
}
