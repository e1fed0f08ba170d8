/**
 * The fixed-step runner that joins the simulation and the mission machine.
 *
 * Each `step()` is one tick: the queued commands are logged and applied, the world advances,
 * its events go through `reduce`, and the machine's effects go back into the world. A failed
 * step is restarted from its checkpoint after a short delay, counted in ticks. `snapshot()` and
 * `restore()` move the whole state as JSON-safe data; `hash()` is the canonical state hash that
 * replays and tests compare.
 */
import { hashValue } from '../core/hash';
import { fail, ok, type Result } from '../core/result';
import type { MissionEffect, MissionEvent } from '../mission/events';
import { initialState, type MissionState, reduce } from '../mission/machine';
import type { MissionScript } from '../mission/schema';
import { type Difficulty, SIM_VERSION } from '../sim/balance';
import { type Command, sanitizeCommand } from '../sim/commands';
import { createContext, type SimContext } from '../sim/context';
import type { MapGeometry } from '../sim/maps';
import { applyEffect, changeScene } from '../sim/spawn';
import { stepWorld } from '../sim/step';
import { createWorld, type World } from '../sim/world';

export const SNAPSHOT_VERSION = 1;
/** Ticks between a step failing and its restart (3 s). */
export const RESTART_DELAY = 180;

export interface SessionOptions {
  script: MissionScript;
  geometry: Record<string, MapGeometry>;
  seed: number;
  difficulty?: Difficulty;
  captainLevel?: number;
  replay?: boolean;
}

export interface SessionSnapshot {
  version: number;
  simVersion: number;
  missionId: string;
  seed: number;
  captainLevel: number;
  replay: boolean;
  world: World;
  mission: MissionState;
}

export interface TickReport {
  tick: number;
  events: MissionEvent[];
  effects: MissionEffect[];
}

export class Session {
  readonly ctx: SimContext;
  readonly seed: number;
  /** Set by `configureRun` before the mission is accepted; the accept event carries them. */
  captainLevel: number;
  replay: boolean;
  world: World;
  mission: MissionState;
  /** Every command with the tick it was applied on, in order. */
  log: [number, Command][] = [];
  private queued: Command[] = [];

  constructor(options: SessionOptions) {
    this.ctx = createContext(options.script, options.geometry);
    this.seed = options.seed;
    this.captainLevel = options.captainLevel ?? options.script.levelRange.min;
    this.replay = options.replay ?? false;
    this.world = createWorld(options.seed, options.difficulty ?? 'normal');
    this.mission = initialState(options.script);
    // Before the mission is accepted the ship is already in the first step's scene, where the
    // offer zone is watched.
    changeScene(this.world, this.ctx, options.script.steps[0]!.scene, 'none');
    applyEffect(
      this.world,
      this.ctx,
      { type: 'watchZone', zone: options.script.offer.zone, actor: 'player' },
      RESTART_DELAY,
    );
  }

  get tick(): number {
    return this.world.tick;
  }

  /**
   * Sets who plays the run (the captain's level) and whether it is a Mission Replay. Allowed
   * only while the mission is still offered: the accept event records both for good.
   */
  configureRun(run: {
    captainLevel: number;
    replay: boolean;
  }): Result<void, { path: string; message: string }> {
    if (this.mission.status !== 'offered')
      return fail([{ path: '$', message: 'the run is already under way' }]);
    const { min, max } = this.ctx.script.levelRange;
    if (!Number.isInteger(run.captainLevel) || run.captainLevel < min || run.captainLevel > max)
      return fail([{ path: '$.captainLevel', message: `must be from ${min} to ${max}` }]);
    this.captainLevel = run.captainLevel;
    this.replay = run.replay;
    return ok(undefined);
  }

  /** Queues a command for the next tick; malformed commands are dropped. */
  queue(command: unknown): boolean {
    const c = sanitizeCommand(command);
    if (c) this.queued.push(c);
    return c !== null;
  }

  step(): TickReport {
    const commands = this.queued;
    // Most ticks have no command: keep the empty queue instead of making a new one.
    if (commands.length > 0) this.queued = [];
    const tick = this.world.tick + 1;
    let accept = false;
    for (const c of commands) {
      this.log.push([tick, c]);
      if (c.type === 'accept') accept = true;
    }
    const effects: MissionEffect[] = [];
    const events: MissionEvent[] = [];
    if (accept) {
      this.feed(
        { type: 'accept', tick, captainLevel: this.captainLevel, replay: this.replay },
        events,
        effects,
      );
    }
    for (const e of stepWorld(this.world, this.ctx, commands)) this.feed(e, events, effects);
    if (this.world.restartAt !== 0 && this.world.tick >= this.world.restartAt) {
      this.world.restartAt = 0;
      this.feed({ type: 'restartStep', tick: this.world.tick }, events, effects);
    }
    return { tick: this.world.tick, events, effects };
  }

  private feed(event: MissionEvent, events: MissionEvent[], effects: MissionEffect[]) {
    events.push(event);
    const t = reduce(this.ctx.script, this.mission, event);
    this.mission = t.state;
    for (const effect of t.effects) {
      effects.push(effect);
      applyEffect(this.world, this.ctx, effect, RESTART_DELAY);
    }
  }

  snapshot(): SessionSnapshot {
    return structuredClone({
      version: SNAPSHOT_VERSION,
      simVersion: SIM_VERSION,
      missionId: this.ctx.script.id,
      seed: this.seed,
      captainLevel: this.captainLevel,
      replay: this.replay,
      world: this.world,
      mission: this.mission,
    });
  }

  /**
   * Restores a snapshot taken from a session of the same mission and simulation version.
   * A snapshot that does not fit is refused with the reason; the session is left unchanged.
   */
  restore(snapshot: SessionSnapshot): Result<true, string> {
    if (snapshot?.version !== SNAPSHOT_VERSION || snapshot.simVersion !== SIM_VERSION) {
      return fail([
        `the snapshot is of version ${snapshot?.version}/${snapshot?.simVersion}; this game restores ${SNAPSHOT_VERSION}/${SIM_VERSION}`,
      ]);
    }
    if (snapshot.missionId !== this.ctx.script.id) {
      return fail([
        `the snapshot is of mission '${snapshot.missionId}', not '${this.ctx.script.id}'`,
      ]);
    }
    this.world = structuredClone(snapshot.world);
    this.mission = structuredClone(snapshot.mission);
    this.captainLevel = snapshot.captainLevel;
    this.replay = snapshot.replay;
    this.queued = [];
    this.log = this.log.filter(([t]) => t <= this.world.tick);
    return ok(true);
  }

  /** Canonical hash of the world and mission state. */
  hash(): string {
    return hashValue({ world: this.world, mission: this.mission });
  }

  /** In-game time in ticks: from the tick the mission was accepted to completion (or now). */
  igtTicks(): number {
    const start = this.mission.acceptedAt;
    if (start === null) return 0;
    return (this.mission.completedAtTick ?? this.world.tick) - start;
  }
}

export function formatIgt(ticks: number): string {
  const ms = Math.round((ticks * 1000) / 60);
  const m = Math.floor(ms / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const f = ms % 1000;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}
