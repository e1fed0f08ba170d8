/**
 * The run controller: the game's flow from the title to the sector, the offer, the run, the
 * rewards, and back, with no browser or renderer in it (tests drive it headless).
 *
 * Each frame (`frame`) it advances the host by the time given, hands the ticks' mission events
 * and effects to the effect bus, opens the offer when the ship nears the station, and keeps the
 * HUD store's facts fresh a few times a second. It decides who sends commands: the player's
 * input, or the bot (the autopilot demo and tests), and remembers when the bot was used.
 */
import type { MissionScript } from '../mission/schema';
import { automationState, hudFacts, trackerFacts } from '../session/facts';
import type { GameHost, RunCrash } from '../session/host';
import type { Session } from '../session/Session';
import type { Command } from '../sim/commands';
import type { HudStore } from '../store/hud';
import type { EffectBus } from './effectBus';
import type { BotSource, PlayerSource } from './sources';

/** How often the HUD's facts are refreshed without a mission effect to prompt it. */
const SYNC_MS = 100;

export type Phase = 'title' | 'offer' | 'playing' | 'complete';

export interface RunControllerOptions {
  script: MissionScript;
  host: GameHost;
  store: HudStore;
  bus: EffectBus;
  player: PlayerSource;
  bot: BotSource;
  /** True when the active captain has already completed the mission (the offer is a replay). */
  missionDone(): boolean;
  /** Before a run starts: who plays it (the captain's level, Mission Replay) as session defaults. */
  configureRun(session: Session): void;
  /** A tick threw and the host stopped the run (called once per crash). */
  onCrash?(crash: RunCrash): void;
  /** The replay viewer: while it is active the frames play the record and book nothing. */
  viewer?: { readonly active: boolean; publish(): void };
}

export class RunController {
  /** Past the title: the world runs. */
  launched = false;
  /** The bot sent commands at some moment of the current run. */
  autopilotUsed = false;
  private sinceSync = 0;

  constructor(private readonly o: RunControllerOptions) {
    o.host.onHandOver = () => this.takeOver();
  }

  get host(): GameHost {
    return this.o.host;
  }

  get session(): Session {
    return this.o.host.session;
  }

  /** One frame: advance by `elapsedMs` (0 while the art is still being made), then publish. */
  frame(elapsedMs: number): void {
    const host = this.o.host;
    if (this.o.viewer?.active) {
      // Watching a record: its mission effects are history, not news (no dialogue, rewards,
      // accolades or bookings); the tracker and timer show the run as it was.
      host.advance(elapsedMs);
      host.drainMission();
      this.sinceSync += elapsedMs;
      if (this.sinceSync >= SYNC_MS) {
        this.sinceSync = 0;
        this.sync();
        this.o.viewer.publish();
      }
      return;
    }
    if (!this.launched) return;
    if (host.autopilot && this.session.mission.status !== 'offered') this.autopilotUsed = true;
    host.advance(elapsedMs);
    // A tick threw: the host has stopped the run (and kept it). Say so, once, and read nothing
    // more from a session that may be half-updated.
    if (host.crash) {
      if (this.o.store.getState().runError === null) {
        this.o.store.setState({ runError: host.crash });
        this.o.onCrash?.(host.crash);
      }
      return;
    }
    if (host.autopilot) this.autopilotUsed ||= this.session.mission.status !== 'offered';
    const { effects, events } = host.drainMission();
    const script = this.o.script;
    for (const e of events)
      if (
        e.type === 'enteredZone' &&
        e.zone === script.offer.zone &&
        this.session.mission.status === 'offered'
      )
        // A captain who has done it is offered a Mission Replay, as the first time.
        this.o.store.setState({ phase: 'offer', offerReplay: this.o.missionDone() });
    this.o.bus.publish(events, effects);
    this.sinceSync += elapsedMs;
    if (effects.length > 0 || this.sinceSync >= SYNC_MS) {
      this.sinceSync = 0;
      this.sync();
    }
  }

  /** Refreshes the HUD store's facts from the session now. */
  sync(): void {
    const store = this.o.store;
    const session = this.session;
    const t = trackerFacts(session);
    const phase = store.getState().phase;
    store.setState({
      ...t,
      ...hudFacts(session),
      phase: this.o.viewer?.active
        ? 'replay'
        : phase === 'complete'
          ? 'complete'
          : !this.launched
            ? 'title'
            : t.status === 'offered' && phase === 'offer'
              ? 'offer'
              : 'playing',
    });
  }

  /** Leaves the title for the sector (the run played by the current captain). */
  launch(): void {
    this.o.configureRun(this.session);
    this.launched = true;
    this.sync();
  }

  /** Accepts the mission: the run starts from the mission's start state on the next tick. */
  accept(params: Omit<Extract<Command, { type: 'accept' }>, 'type'> = {}): boolean {
    if (this.session.mission.status !== 'offered') return false;
    if (!this.launched) this.launch();
    else this.o.configureRun(this.session);
    this.autopilotUsed = this.o.host.autopilot;
    if (this.o.host.autopilot) this.session.queue({ type: 'accept', ...params });
    else this.o.player.push({ type: 'accept', ...params });
    this.o.store.setState({ phase: 'playing' });
    return true;
  }

  declineOffer(): void {
    this.o.store.setState({ phase: 'playing' });
  }

  /**
   * Free flight: a fresh session in the sector with the mission offered again (after the
   * rewards are closed, or the mission is abandoned); `toTitle` goes back to the title.
   */
  freeFlight(session: Session, toTitle = false): void {
    this.newRun(session);
    if (toTitle) {
      this.launched = false;
      this.o.store.setState({ phase: 'title', paused: false });
      this.o.host.paused = false;
      this.sync();
    }
  }

  /** A new session replaces the current one (a new run, a resumed checkpoint). */
  newRun(session: Session): void {
    // Not a jump: a new run's arrival plays as the world asks (the warp-in).
    this.o.host.replaceSession(session, false);
    this.o.player.clear();
    this.autopilotUsed = this.o.host.autopilot;
    this.launched = true;
    this.o.store.setState({
      phase: 'playing',
      rewards: null,
      accolade: null,
      dialogue: null,
      failure: null,
      runError: null,
      paused: false,
    });
    this.o.host.paused = false;
    this.sync();
  }

  /** The bot plays (true) or the player takes over, with everything the bot held let go. */
  setAutopilot(on: boolean): void {
    if (on === this.o.host.autopilot) return;
    if (on) {
      this.o.host.source = this.o.bot;
      if (this.session.mission.status !== 'offered') this.autopilotUsed = true;
      if (!this.launched) this.launch();
    } else this.takeOver();
  }

  private takeOver(): void {
    if (!this.o.host.autopilot) return;
    this.o.host.source = this.o.player;
    this.o.player.clear();
    this.o.player.release();
  }

  /**
   * A command from the player's controls or interface; dropped while paused or not theirs.
   * The first use of the helm, the turn and the weapons is noted for the controls hint.
   */
  command(c: Command): void {
    if (this.o.host.paused || this.o.host.source !== this.o.player) return;
    this.o.player.push(c);
    this.noteControl(c);
  }

  private noteControl(c: Command): void {
    const used = this.o.store.getState().controlsUsed;
    const control =
      c.type === 'throttle' || (c.type === 'fullImpulse' && c.on)
        ? 'throttle'
        : c.type === 'turn' && c.value !== 0
          ? 'turn'
          : c.type === 'fire' && c.on
            ? 'fire'
            : null;
    if (control && !used[control])
      this.o.store.setState({ controlsUsed: { ...used, [control]: true } });
  }

  setPaused(paused: boolean): void {
    this.o.host.paused = paused;
    if (paused) this.o.player.clear();
    this.o.store.setState({ paused });
  }

  /** The read-only view `window.shutdown.state()` gives automation. */
  automation(scene: string) {
    return automationState(this.session, scene);
  }
}
