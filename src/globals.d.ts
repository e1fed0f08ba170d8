/** Browser globals the game exposes for automation and modding. */
import type { automationState } from './session/facts';

/** Read-only snapshot returned by `window.shutdown.state()`. */
export type ShutdownState = ReturnType<typeof automationState>;

declare global {
  interface Window {
    shutdown?: {
      state(): ShutdownState | { scene: string; tick: number };
      control?(c: { autopilot?: boolean; speed?: number }): void;
    };
  }
}
