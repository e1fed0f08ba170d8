/** Browser globals the game exposes for automation and modding. */
import type { RendererChoice } from '../render/rendererChoice';
import type { automationState } from '../session/facts';

/**
 * Read-only snapshot returned by `window.shutdown.state()`; `replay` while a record is
 * watched, `ghost` while a ghost is raced.
 */
export type ShutdownState = ReturnType<typeof automationState> & {
  /** In a game scene: where the player is drawn (canvas pixels; null before the camera is placed). */
  playerScreen?: { x: number; y: number } | null;
  /** In a game scene: the minimap's box on the canvas, frame included. */
  minimap?: { x: number; y: number; width: number; height: number };
  replay?: { tick: number; endTick: number; playing: boolean; speed: number };
  ghost?: { x: number; y: number; scene: string };
};

declare global {
  interface Window {
    shutdown?: {
      /**
       * Resolves once the game has loaded (it loads after the title): until then `state()`
       * gives the scene marker only, `control` waits for the game, and `renderer` and
       * `debugHud` are missing.
       */
      ready: Promise<void>;
      state(): ShutdownState | { scene: string; tick: number };
      /**
       * Switch the autopilot, change the speed, or have the autopilot hand over (speed 1) the
       * moment the objective with id `handOverAt` becomes active.
       */
      control?(c: unknown): void;
      /** The renderer in use and why it was chosen. */
      renderer?: RendererChoice;
      /**
       * Only with `?hudtest=1`: shows HUD pieces (transmission, accolade, notice, ghost
       * readout, target) for layout tests; display only, see src/app/debugHud.ts.
       */
      debugHud?(patch: unknown): void;
    };
  }
}
