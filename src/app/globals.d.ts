/** Browser globals the game exposes for automation and modding. */
import type { RendererChoice } from '../render/rendererChoice';
import type { automationState } from '../session/facts';

/** Read-only snapshot returned by `window.shutdown.state()`. */
export type ShutdownState = ReturnType<typeof automationState>;

declare global {
  interface Window {
    shutdown?: {
      state(): ShutdownState | { scene: string; tick: number };
      /**
       * Switch the autopilot, change the speed, or have the autopilot hand over (speed 1) the
       * moment the objective with id `handOverAt` becomes active.
       */
      control?(c: { autopilot?: boolean; speed?: number; handOverAt?: string | null }): void;
      /** The renderer in use and why it was chosen. */
      renderer?: RendererChoice;
    };
  }
}
