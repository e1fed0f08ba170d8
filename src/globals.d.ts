/** Browser globals the game exposes for automation and modding (extended as features land). */

/** Read-only snapshot returned by `window.shutdown.state()`. */
export interface ShutdownState {
  /** Active scene key: 'none' | 'boot' | 'preload' | 'title' | 'error'. */
  scene: string;
  /** Simulation tick (60 per second); 0 until a session runs. */
  tick: number;
}

declare global {
  interface Window {
    shutdown?: {
      state(): ShutdownState;
    };
  }
}
