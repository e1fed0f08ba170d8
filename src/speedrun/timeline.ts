/**
 * A recorded run laid out for watching: one re-simulation pass keeps a keyframe snapshot every
 * `interval` ticks (2 s), so any tick is reached by restoring the keyframe before it and running at
 * most `interval` ticks on (well under 200 ms for a full run; `npm run bench` measures it).
 */
import type { Session, SessionSnapshot } from '../session/Session';
import type { Command } from '../sim/commands';
import { absoluteCommands, type RunRecord } from './recordFormat';
import { type GameEnv, startSession } from './verify';

export const KEYFRAME_INTERVAL = 120;

export class Timeline {
  readonly commands: [number, Command][];
  readonly startTick: number;
  readonly endTick: number;
  /** Objective completions as they happened: [objectiveId, tick]. */
  readonly splits: [string, number][];
  private readonly keyframes: SessionSnapshot[] = [];

  private constructor(
    readonly record: RunRecord,
    private readonly env: GameEnv,
    first: Session,
    private readonly interval: number,
  ) {
    this.commands = absoluteCommands(record);
    this.startTick = first.tick;
    this.endTick = Math.max(record.result.endTick, first.tick);
    this.splits = record.result.splits.map(([id, t]) => [id, t]);
    // One pass over the whole run, keeping a snapshot at the start and every `interval` ticks.
    const s = first;
    let ci = 0;
    this.keyframes.push(s.snapshot());
    while (s.tick < this.endTick) {
      const tick = s.tick + 1;
      while (ci < this.commands.length && this.commands[ci]![0] < tick) ci++;
      while (ci < this.commands.length && this.commands[ci]![0] === tick)
        s.queue(this.commands[ci++]![1]);
      s.step();
      if ((s.tick - this.startTick) % interval === 0) this.keyframes.push(s.snapshot());
      if (s.mission.status === 'complete' && s.tick >= this.endTick) break;
    }
  }

  /** Lays out a record (already parsed and compatible); null with the reason when it cannot start. */
  static build(
    record: RunRecord,
    env: GameEnv,
    interval = KEYFRAME_INTERVAL,
  ): { ok: true; timeline: Timeline } | { ok: false; reason: string } {
    const started = startSession(record, env);
    if (!started.ok) return started;
    return { ok: true, timeline: new Timeline(record, env, started.session, interval) };
  }

  /** A new session standing exactly at `tick` (clamped to the run). */
  sessionAt(tick: number): Session {
    const target = Math.min(this.endTick, Math.max(this.startTick, Math.round(tick)));
    const k = Math.min(
      this.keyframes.length - 1,
      Math.floor((target - this.startTick) / this.interval),
    );
    const started = startSession(this.record, this.env);
    if (!started.ok) throw new Error(started.reason);
    const s = started.session;
    // Keyframes are this timeline's own snapshots, made above: no need to check them again.
    s.restoreOwn(this.keyframes[k]!);
    let ci = this.firstCommandAfter(s.tick);
    while (s.tick < target) {
      const t = s.tick + 1;
      while (ci < this.commands.length && this.commands[ci]![0] === t)
        s.queue(this.commands[ci++]![1]);
      s.step();
    }
    return s;
  }

  /** Index of the first command after `tick`. */
  firstCommandAfter(tick: number): number {
    let lo = 0;
    let hi = this.commands.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.commands[mid]![0] <= tick) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
