/**
 * GameHost: runs a Session against wall time for a browser (or any host with a clock).
 *
 * The host is given elapsed milliseconds by its caller and never reads a clock itself. A fixed
 * step accumulator turns them into ticks (speed × 60 a second), capped per call so a slow frame
 * cannot snowball (no spiral of death). It keeps the previous position of every entity and the
 * leftover fraction of a tick, so a renderer can interpolate; and it collects the effects,
 * events and visual fx of the ticks run, for the interface and the renderer to drain.
 *
 * A tick that throws stops the run instead of the page: the host records the error
 * (`crash`), runs no further tick, and keeps the session as it was, command log included,
 * so the failure can be looked at and replayed. A new session (replay, resume) starts afresh.
 */

import type { MissionEffect, MissionEvent } from '../mission/events';
import type { Command } from '../sim/commands';
import type { Fx } from '../sim/world';
import type { Session, TickReport } from './Session';
import { MAX_SPEED } from './speed';

export const TICK_MS = 1000 / 60;

/**
 * Who sends the commands of the coming tick: the player's input, the bot or a recorded run.
 * The session cannot tell them apart; the application layer knows which one it used.
 */
export interface CommandSource {
  readonly kind: 'player' | 'bot' | 'replay';
  /** The commands for the tick about to run (called once per tick, before it). */
  next(session: Session): readonly Command[];
}

/** Everything held is let go: what the player's controls start from after the bot. */
export const RELEASE: readonly Command[] = [
  { type: 'throttle', value: 0 },
  { type: 'turn', value: 0 },
  { type: 'fullImpulse', on: false },
  { type: 'move', x: 0, y: 0 },
  { type: 'fire', on: false },
  { type: 'interact', on: false },
];
export { MAX_SPEED } from './speed';
/** Replays may be watched slower than real time. */
export const MIN_SPEED = 0.25;

/** Why the run stopped: the tick that threw and its message. */
export interface RunCrash {
  tick: number;
  message: string;
}

export interface Pose {
  x: number;
  y: number;
  angle: number;
}

/** A source that sends nothing (until the application gives the host a real one). */
const SILENT: CommandSource = { kind: 'player', next: () => [] };

export class GameHost {
  session: Session;
  speed = 1;
  paused = false;
  /** Sends each tick's commands; swapped by the application (player, bot, replay). */
  source: CommandSource = SILENT;
  /**
   * Counts the times the world was replaced from outside the tick loop (a new run, a restore,
   * a seek): a renderer that sees it change draws the new world at once, without transitions
   * or interpolation from the old one.
   */
  epoch = 0;
  /**
   * When the objective with this id becomes active, the autopilot hands the controls over
   * (tests, practice of one part of a run): speed drops to 1 and no further tick runs in the
   * same `advance` call.
   */
  handOverAt: string | null = null;
  /**
   * Called right after a tick in which a step started afresh (not a restart after a failure),
   * with the session as it stands then: the composition root saves it as the run's checkpoint.
   */
  onCheckpoint: ((session: Session, stepId: string) => void) | null = null;
  /** Ticks stop once the session reaches this tick (the end of a watched record), or never. */
  stopAtTick: number | null = null;
  /** Called after every tick with the session as it stands (the run recorder, the ghost). */
  readonly afterTick = new Set<(session: Session, report: TickReport) => void>();
  /** Called when `handOverAt` is reached: the application gives the controls to the player. */
  onHandOver: (() => void) | null = null;
  /** Set when a tick threw: the run is stopped and `advance` and `stepOnce` do nothing. */
  crash: RunCrash | null = null;
  /** Leftover fraction of a tick, 0..1: how far to interpolate from previous to current. */
  alpha = 0;
  private acc = 0;
  private previous = new Map<number, Pose>();
  private pendingEffects: MissionEffect[] = [];
  private pendingEvents: MissionEvent[] = [];
  private pendingFx: Fx[] = [];
  private handedOver = false;

  constructor(session: Session) {
    this.session = session;
  }

  get autopilot(): boolean {
    return this.source.kind === 'bot';
  }

  /** Speed factor, 0.25 to 16 in quarter steps; anything not a finite number is ignored. */
  setSpeed(speed: number) {
    if (typeof speed !== 'number' || !Number.isFinite(speed)) return;
    this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, Math.round(speed * 4) / 4));
  }

  /** Runs the ticks that `elapsedMs` of wall time is worth; returns how many ran. */
  advance(elapsedMs: number): number {
    // A finished mission stops the clock: its final state (and hash) stays as it ended.
    if (this.finished || this.crash) return 0;
    if (this.paused || !Number.isFinite(elapsedMs) || elapsedMs <= 0) return 0;
    // At most a quarter second of game time per call (times the speed): a long stall is
    // dropped rather than caught up, so the game never spirals.
    this.acc += Math.min(elapsedMs, 250) * this.speed;
    const cap = Math.ceil(250 / TICK_MS) * this.speed;
    let ran = 0;
    while (this.acc >= TICK_MS && ran < cap && !this.finished) {
      if (!this.stepOnce()) {
        this.acc = 0;
        break;
      }
      this.acc -= TICK_MS;
      ran++;
      if (this.handedOver) {
        this.handedOver = false;
        this.acc = 0;
        break;
      }
    }
    if (ran === cap) this.acc = Math.min(this.acc, TICK_MS);
    this.alpha = this.acc / TICK_MS;
    return ran;
  }

  /** No more ticks: the mission is complete, or the watched record has ended. */
  get finished(): boolean {
    return (
      this.session.mission.status === 'complete' ||
      (this.stopAtTick !== null && this.session.tick >= this.stopAtTick)
    );
  }

  /** Starts over with another session (a replay, a resumed checkpoint); drops what was pending. */
  replaceSession(session: Session, jump = true) {
    this.session = session;
    if (jump) this.jumped();
    else this.forget();
  }

  /**
   * The world was changed from outside the tick loop (a restore, a seek): forget the poses and
   * the pending output of the old one.
   */
  jumped() {
    this.epoch++;
    this.forget();
  }

  private forget() {
    this.acc = 0;
    this.alpha = 0;
    this.previous.clear();
    this.pendingEffects = [];
    this.pendingEvents = [];
    this.pendingFx = [];
    this.handedOver = false;
    this.crash = null;
  }

  /**
   * One tick, now (tests and step-by-step tools). Returns false, running nothing more, once a
   * tick has thrown (see `crash`).
   */
  stepOnce(): boolean {
    if (this.crash) return false;
    try {
      this.tickOnce();
      return true;
    } catch (e) {
      this.crash = {
        tick: this.session.tick,
        message: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      };
      return false;
    }
  }

  private tickOnce() {
    const world = this.session.world;
    this.previous.clear();
    for (const e of world.entities) this.previous.set(e.id, { x: e.x, y: e.y, angle: e.angle });
    for (const c of this.source.next(this.session)) this.session.queue(c);
    const report = this.session.step();
    if (
      this.handOverAt !== null &&
      report.effects.some(
        (e) => e.type === 'objectiveActivated' && e.objectiveId === this.handOverAt,
      )
    ) {
      this.handOverAt = null;
      this.handedOver = true;
      this.onHandOver?.();
      this.setSpeed(1);
    }
    if (this.onCheckpoint)
      for (const e of report.effects)
        if (e.type === 'stepStarted' && !e.restart) this.onCheckpoint(this.session, e.stepId);
    for (const fn of this.afterTick) {
      // A listener's own failure (the recorder, the ghost) is theirs: it never stops the run.
      try {
        fn(this.session, report);
      } catch {
        // Listeners handle and report their own problems.
      }
    }
    this.pendingEffects.push(...report.effects);
    this.pendingEvents.push(...report.events);
    this.pendingFx.push(...this.session.world.fx);
  }

  /** Where an entity was one tick ago (for interpolation); undefined if it just appeared. */
  previousPose(id: number): Pose | undefined {
    return this.previous.get(id);
  }

  /** Mission effects and events since the last call (for the interface), then forgets them. */
  drainMission(): { effects: MissionEffect[]; events: MissionEvent[] } {
    const out = { effects: this.pendingEffects, events: this.pendingEvents };
    this.pendingEffects = [];
    this.pendingEvents = [];
    return out;
  }

  /** Visual and sound fx of the ticks run since the last call (for the renderer), then forgets them. */
  drainFx(): Fx[] {
    const out = this.pendingFx;
    this.pendingFx = [];
    return out;
  }
}

/** What `window.shutdown.control` may change: the autopilot, the speed, a hand-over point. */
export interface HostControl {
  autopilot?: boolean;
  speed?: number;
  handOverAt?: string | null;
}
