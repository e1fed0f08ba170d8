/**
 * The fixed-step runner that joins the simulation and the mission machine.
 *
 * Each `step()` is one tick: the queued commands are logged and applied, the world advances,
 * its events go through `reduce`, and the machine's effects go back into the world. A failed
 * step is restarted from its checkpoint after a short delay, counted in ticks. `snapshot()` and
 * `restore()` move the whole state as JSON-safe data; `hash()` is the canonical state hash that
 * replays and tests compare.
 */

import { internStrings } from '../core/intern';
import { fail, ok, type Result } from '../core/result';
import type { MissionEffect, MissionEvent } from '../mission/events';
import { initialState, type MissionState, reduce } from '../mission/machine';
import type { MissionScript } from '../mission/schema';
import { type Difficulty, SIM_VERSION } from '../sim/balance';
import { type AcceptCommand, type Command, type RunParams, sanitizeCommand } from '../sim/commands';
import { contextFor, type SimContext } from '../sim/context';
import type { MapGeometry } from '../sim/maps';
import { applyEffect, changeScene } from '../sim/spawn';
import { stepWorld } from '../sim/step';
import { createWorld, type World } from '../sim/world';
import { formatProblem, SNAPSHOT_VERSION, snapshotCheck } from './snapshotCheck';
import { stateHash } from './stateHash';

export { formatIgt } from './igt';

export { SNAPSHOT_VERSION };
/** Ticks between a step failing and its restart (3 s). */
export const RESTART_DELAY = 180;

export interface SessionOptions {
  script: MissionScript;
  geometry: Record<string, MapGeometry>;
  /** The seed of the world before the mission is accepted, and the default of the run's. */
  seed: number;
  difficulty?: Difficulty;
  captainLevel?: number;
  replay?: boolean;
}

export type { RunParams };

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
  /** The tick's events and effects, in order: lists of the report's own (read-only). */
  events: readonly MissionEvent[];
  effects: readonly MissionEffect[];
}

/** The lists of a tick without events or effects (most ticks): one shared, frozen list. */
const NONE: readonly never[] = Object.freeze([]);

export class Session {
  readonly ctx: SimContext;
  world: World;
  mission: MissionState;
  /**
   * Every command with the tick it was applied on, in order. Accepting the mission starts the
   * run afresh, so the log then begins again with the full accept command on tick 1.
   */
  log: [number, Command][] = [];
  /**
   * Whether `log` is kept (it is unless turned off). Verification re-simulates a record whose
   * commands it already holds and never reads the log: it turns it off, so a long run does not
   * pile up thousands of entries that the garbage collector copies again and again.
   */
  keepLog = true;
  /** What an `accept` without parameters is filled with (set while the mission is offered). */
  private defaults: RunParams;
  private runParams: RunParams | null = null;
  private queued: Command[] = [];
  /** Where a tick's events and effects are gathered (emptied at every step; copied out if any). */
  private readonly tickEvents: MissionEvent[] = [];
  private readonly tickEffects: MissionEffect[] = [];

  constructor(options: SessionOptions) {
    this.ctx = contextFor(options.script, options.geometry);
    this.defaults = {
      seed: options.seed,
      difficulty: options.difficulty ?? 'normal',
      captainLevel: options.captainLevel ?? options.script.levelRange.min,
      missionReplay: options.replay ?? false,
    };
    this.world = createWorld(options.seed, this.defaults.difficulty);
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

  /** The run's seed (the accepted one once the mission is accepted). */
  get seed(): number {
    return this.run?.seed ?? this.defaults.seed;
  }

  /** The parameters of the accepted run (its accept command's), null before. */
  get run(): RunParams | null {
    return this.mission.acceptedAt !== null ? this.runParams : null;
  }

  /** The run parameters an accept without them would get. */
  get runDefaults(): RunParams {
    return { ...this.defaults };
  }

  /**
   * Sets what an `accept` without parameters is filled with (who plays, the seed, the
   * difficulty). Allowed only while the mission is still offered.
   */
  configureRun(run: Partial<RunParams>): Result<void, { path: string; message: string }> {
    if (this.mission.status !== 'offered')
      return fail([{ path: '$', message: 'the run is already under way' }]);
    const next = { ...this.defaults, ...run };
    const problem = this.runProblem(next);
    if (problem) return fail([problem]);
    this.defaults = next;
    return ok(undefined);
  }

  private runProblem(run: RunParams): { path: string; message: string } | null {
    const { min, max } = this.ctx.script.levelRange;
    if (!Number.isInteger(run.captainLevel) || run.captainLevel < min || run.captainLevel > max)
      return { path: '$.captainLevel', message: `must be from ${min} to ${max}` };
    if (!Number.isInteger(run.seed) || run.seed < 0 || run.seed > 0xffffffff)
      return { path: '$.seed', message: 'must be a whole number from 0 to 4294967295' };
    return null;
  }

  /**
   * Queues a command for the next tick; malformed commands are dropped (an accept whose
   * parameters do not fit the mission too). Never throws: what is queued is the sanitizer's
   * fresh copy, so a hostile object (a getter, a Proxy) is read once, there, and never again.
   */
  queue(command: unknown): boolean {
    let c = sanitizeCommand(command);
    if (c?.type === 'accept') {
      const full: Required<AcceptCommand> = { ...this.defaults, ...c, type: 'accept' };
      c = this.runProblem(full) ? null : full;
    }
    if (c) this.queued.push(c);
    return c !== null;
  }

  /** One tick (see the header): the queued commands applied, the world and the mission advanced. */
  step(): TickReport {
    this.advance();
    const events = this.tickEvents;
    const effects = this.tickEffects;
    return {
      tick: this.world.tick,
      events: events.length === 0 ? NONE : events.slice(),
      effects: effects.length === 0 ? NONE : effects.slice(),
    };
  }

  /**
   * `step` without its report, for whoever does not read it (verification, the bot's headless
   * runs): the same tick, nothing allocated for the report.
   */
  advance(): void {
    const commands = this.queued;
    // Most ticks have no command: keep the empty queue instead of making a new one.
    if (commands.length > 0) this.queued = [];
    const effects = this.tickEffects;
    const events = this.tickEvents;
    // Emptied here, not after the tick: a tick that threw leaves what it gathered behind.
    if (effects.length !== 0) effects.length = 0;
    if (events.length !== 0) events.length = 0;
    const accept =
      this.mission.status === 'offered'
        ? (commands.find((c) => c.type === 'accept') as Required<AcceptCommand> | undefined)
        : undefined;
    if (accept) this.startRun(accept);
    const tick = this.world.tick + 1;
    // The accept is logged first on its tick (the world ignores its order among the tick's
    // commands), so a run's log always begins with it; other accepts are dropped.
    if (accept && this.keepLog) this.log.push([tick, accept]);
    for (let i = 0; i < commands.length && this.keepLog; i++) {
      const c = commands[i]!;
      if (c.type !== 'accept') this.log.push([tick, c]);
    }
    if (accept) {
      this.feed(
        {
          type: 'accept',
          tick,
          captainLevel: accept.captainLevel,
          replay: accept.missionReplay,
        },
        events,
        effects,
      );
    }
    // The world's events go straight into the report's list, then through the machine in order.
    const first = events.length;
    stepWorld(this.world, this.ctx, commands, events);
    const last = events.length;
    for (let i = first; i < last; i++) this.reduceEvent(events[i]!, effects);
    if (this.world.restartAt !== 0 && this.world.tick >= this.world.restartAt) {
      this.world.restartAt = 0;
      this.feed({ type: 'restartStep', tick: this.world.tick }, events, effects);
    }
  }

  /**
   * The run starts from the mission's start state: a new world from the accepted seed and
   * difficulty at tick 0, in the first step's scene. Nothing done before accepting carries in.
   */
  private startRun(run: RunParams) {
    this.world = createWorld(run.seed, run.difficulty);
    this.mission = initialState(this.ctx.script);
    changeScene(this.world, this.ctx, this.ctx.script.steps[0]!.scene, 'none');
    this.log = [];
    const { seed, difficulty, captainLevel, missionReplay } = run;
    this.runParams = { seed, difficulty, captainLevel, missionReplay };
  }

  private feed(event: MissionEvent, events: MissionEvent[], effects: MissionEffect[]) {
    events.push(event);
    this.reduceEvent(event, effects);
  }

  private reduceEvent(event: MissionEvent, effects: MissionEffect[]) {
    const t = reduce(this.ctx.script, this.mission, event);
    this.mission = t.state;
    const list = t.effects;
    for (let i = 0; i < list.length; i++) {
      const effect = list[i]!;
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
      captainLevel: this.mission.captainLevel,
      replay: this.mission.replay,
      world: this.world,
      mission: this.mission,
    });
  }

  /**
   * Restores a snapshot taken from a session of the same mission and simulation version.
   * Whatever it is given is validated first (`validateSnapshot`: shape, bounds, references,
   * indices); a snapshot that does not fit is refused with every problem as `path: message`,
   * and the session is left unchanged. The check is loaded apart (`snapshotCheck.ts`): until
   * `validateSnapshot.ts` has been imported, every snapshot is refused.
   */
  restore(snapshot: unknown): Result<true, string> {
    const check = snapshotCheck();
    if (!check)
      return fail([
        '$: the snapshot checks are not loaded (import session/validateSnapshot first)',
      ]);
    const checked = check(this.ctx, snapshot);
    if (!checked.ok) return fail(checked.problems.map(formatProblem));
    this.restoreOwn(checked.value);
    return ok(true);
  }

  /**
   * Restores a snapshot this program took itself (`snapshot()`, kept in memory: a replay's
   * keyframes), without checking it again. Anything read from storage or a file goes through
   * `restore`.
   */
  restoreOwn(s: SessionSnapshot): void {
    // Copies with internalized strings, as the script's are (see core/intern.ts).
    this.world = internStrings(structuredClone(s.world));
    this.mission = internStrings(structuredClone(s.mission));
    this.runParams = {
      seed: s.seed,
      difficulty: this.world.difficulty,
      captainLevel: this.mission.captainLevel,
      missionReplay: this.mission.replay,
    };
    this.queued = [];
    this.log = this.log.filter(([t]) => t <= this.world.tick);
  }

  /** Canonical hash of the world and mission state (defined in stateHash.ts). */
  hash(): string {
    return stateHash(this.world, this.mission);
  }

  /** In-game time in ticks: from the tick the mission was accepted to completion (or now). */
  igtTicks(): number {
    const start = this.mission.acceptedAt;
    if (start === null) return 0;
    return (this.mission.completedAtTick ?? this.world.tick) - start;
  }
}
