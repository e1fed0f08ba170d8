/**
 * The browser's frame loop, owned by the application (not by the renderer): each animation
 * frame it measures the time since the last one itself, then calls `frame` which reads input,
 * advances the host by that time and asks the renderer to draw. Render engines smooth and clamp
 * their own delta (Phaser clamps it to one 60 Hz frame when the page lacks focus, which ran the
 * game at 80 % speed on a 48 Hz display); measuring it here keeps game time equal to real time.
 */
export interface FrameScheduler {
  now(): number;
  request(fn: (time: number) => void): number;
  cancel(id: number): void;
}

export const browserScheduler = (): FrameScheduler => ({
  now: () => performance.now(),
  request: (fn) => requestAnimationFrame(fn),
  cancel: (id) => cancelAnimationFrame(id),
});

export class FrameLoop {
  private last: number | null = null;
  private id: number | null = null;

  constructor(
    private readonly scheduler: FrameScheduler,
    private readonly frame: (elapsedMs: number, now: number) => void,
  ) {}

  get running(): boolean {
    return this.id !== null;
  }

  start(): void {
    if (this.id !== null) return;
    this.last = null;
    this.id = this.scheduler.request(this.tick);
  }

  stop(): void {
    if (this.id !== null) this.scheduler.cancel(this.id);
    this.id = null;
  }

  private readonly tick = () => {
    const now = this.scheduler.now();
    const elapsed = this.last === null ? 0 : Math.max(0, now - this.last);
    this.last = now;
    this.id = this.scheduler.request(this.tick);
    this.frame(elapsed, now);
  };
}
