/**
 * The ghost: a recorded run played beside the player's, tick for tick, in a session of its own
 * (it never touches the player's world: no collisions, no effect on the simulation; an error
 * of its own drops the ghost, never the player's run). The
 * renderer draws its player translucent where it is; the HUD shows the live delta at the last
 * split (how far ahead or behind the player was when they completed an objective the ghost
 * also completed).
 */
import type { Session, TickReport } from '../session/Session';
import type { RunRecord } from '../speedrun/recordFormat';
import { Timeline } from '../speedrun/timeline';
import type { GameEnv } from '../speedrun/verify';
import { ReplaySource } from './sources';

export interface GhostPose {
  x: number;
  y: number;
  angle: number;
  /** Scene id and kind of the ghost's moment. */
  scene: string;
  kind: 'space' | 'ground';
  name: string;
}

/** Beyond this many ticks of difference, the ghost jumps (seeks) instead of stepping. */
const MAX_STEPS_PER_TICK = 120;

export class Ghost {
  private timeline: Timeline | null = null;
  private session: Session | null = null;
  private source: ReplaySource | null = null;
  private splits = new Map<string, number>();
  name = '';
  /** Signed ms at the last split (negative: the player is ahead), null before any. */
  deltaMs: number | null = null;
  /** The record raced (its id in the library, or null for a file). */
  recordId: string | null = null;

  constructor(private readonly env: GameEnv) {}

  get active(): boolean {
    return this.timeline !== null;
  }

  /** Races `record` from now on (null: no ghost). Returns why not, or null. */
  set(record: RunRecord | null, name: string, recordId: string | null = null): string | null {
    this.clear();
    if (!record) return null;
    const built = Timeline.build(record, this.env);
    if (!built.ok) return built.reason;
    this.timeline = built.timeline;
    this.source = new ReplaySource(built.timeline.commands);
    this.splits = new Map(record.result.splits);
    this.name = name;
    this.recordId = recordId;
    return null;
  }

  clear(): void {
    this.timeline = null;
    this.session = null;
    this.source = null;
    this.splits.clear();
    this.deltaMs = null;
    this.recordId = null;
  }

  /** Keeps the ghost at the player's tick; to be added to the host's afterTick listeners. */
  readonly tick = (player: Session, report: TickReport): void => {
    const t = this.timeline;
    if (!t || !this.source || !player.run || this.paused) return;
    try {
      this.follow(player.tick);
    } catch {
      // A ghost that cannot be followed is dropped; the player's run goes on untouched.
      this.clear();
      return;
    }
    for (const e of report.effects) {
      if (e.type !== 'objectiveCompleted') continue;
      const at = this.splits.get(e.objectiveId);
      if (at !== undefined) this.deltaMs = Math.round(((player.tick - at) * 1000) / 60);
    }
  };

  /** True while a replay is watched: the ghost neither follows nor shows. */
  paused = false;

  /** Brings the ghost's session to `tick` (stepping, or seeking after a jump). */
  follow(tick: number): void {
    const t = this.timeline;
    if (!t || !this.source) return;
    const target = Math.min(tick, t.endTick);
    const s = this.session;
    if (!s || s.tick > target || target - s.tick > MAX_STEPS_PER_TICK) {
      this.session = t.sessionAt(target);
      this.source.seek(this.session.tick);
      return;
    }
    while (s.tick < target) {
      for (const c of this.source.next(s)) s.queue(c);
      s.step();
    }
  }

  /** Where the ghost's player is, or null without a ghost. */
  pose(): GhostPose | null {
    const s = this.session;
    if (!s || this.paused) return null;
    const w = s.world;
    const p = w.entities.find((e) => e.id === w.player);
    if (!p) return null;
    return { x: p.x, y: p.y, angle: p.angle, scene: w.scene, kind: w.sceneKind, name: this.name };
  }
}
