/**
 * Drives desktop LiveSplit through its LiveSplit Server over WebSocket (SPEEDRUN.md, Features 6),
 * so runners keep their own layouts. Off unless the player enables it in the settings.
 *
 * Commands (LiveSplit Server's text protocol, one per message):
 * - a run starts (the accept): `starttimer`, `initgametime`, `pausegametime`, `setgametime 0:00:00.000`.
 *   `initgametime` comes after `starttimer` because LiveSplit's start clears the game-time
 *   initialisation; game time is paused so LiveSplit shows only the game's own IGT.
 *   When LiveSplit's timer may be running or ended (an earlier run, or a connection just opened:
 *   its state is unknown), `reset` comes first; LiveSplit ignores a reset of a stopped timer.
 * - every split (an objective done): `setgametime T` with the split's exact IGT, then `split`.
 * - every second of game time: `setgametime T`.
 * - the attempt ends as reset (restart, quit, a new run, practice): `reset`.
 * T is `H:MM:SS.fff`.
 *
 * The socket is made by an injected factory (tests use a fake), timers are injected too. A lost
 * or refused connection is shown as a status and retried with back-off (1 s, 2 s, 4 s … 30 s);
 * nothing here ever waits for LiveSplit or throws into the game. On (re)connecting during a
 * run, the run so far is replayed to LiveSplit (start, each split at its time, the game time now),
 * so it catches up.
 */
import { ticksToMs } from '../speedrun/time';

export const DEFAULT_LIVESPLIT_URL = 'ws://localhost:16834/livesplit';
/** Game time between two `setgametime` outside splits: one second. */
export const GAMETIME_EVERY_TICKS = 60;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** The part of a WebSocket the link uses. */
export interface LinkSocket {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
}

export type SocketFactory = (url: string) => LinkSocket;

export interface LinkTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** `invalid`: the address cannot be a LiveSplit Server's (nothing is tried until it changes). */
export type LinkStatus = 'off' | 'connecting' | 'connected' | 'retrying' | 'invalid';

export interface LinkState {
  status: LinkStatus;
  /** What went wrong, for the player (null when nothing did). */
  detail: string | null;
}

const OPEN = 1;

/** `H:MM:SS.fff` for LiveSplit's `setgametime`. */
export function liveSplitTime(ticks: number): string {
  const ms = ticksToMs(Math.max(0, ticks));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const two = (x: number) => String(x).padStart(2, '0');
  return `${h}:${two(m)}:${two(s)}.${String(ms % 1000).padStart(3, '0')}`;
}

/** Why an address cannot be a LiveSplit Server's, or null. */
export function liveSplitUrlProblem(url: string): string | null {
  if (!/^wss?:\/\/[^\s/?#]+/i.test(url))
    return 'the address must start with ws:// or wss:// and name a host';
  if (url.length > 200) return 'the address is too long';
  return null;
}

export class LiveSplitLink {
  private enabled = false;
  private url = DEFAULT_LIVESPLIT_URL;
  private socket: LinkSocket | null = null;
  private retryHandle: unknown = null;
  private retryMs = RETRY_FIRST_MS;
  /** The run LiveSplit should be showing: null when none is under way. */
  private run: { splits: number[]; igt: number; finished: boolean } | null = null;
  private lastSent = 0;
  /** LiveSplit's timer may be running or ended (started by us and not reset since). */
  private timerUsed = false;
  state: LinkState = { status: 'off', detail: null };

  constructor(
    private readonly o: {
      socket: SocketFactory;
      timers: LinkTimers;
      onState(state: LinkState): void;
    },
  ) {}

  /** Turns the connection on or off, or moves it to another address. */
  configure(enabled: boolean, url: string): void {
    if (enabled === this.enabled && url === this.url) return;
    this.enabled = enabled;
    this.url = url;
    this.disconnect();
    if (enabled) this.connect();
    else this.setState({ status: 'off', detail: null });
  }

  /** A run starts from the accept. */
  start(): void {
    this.run = { splits: [], igt: 0, finished: false };
    this.lastSent = 0;
    this.sendRunStart();
  }

  /** An objective was done at this game time. */
  split(igtTicks: number): void {
    const run = this.run;
    if (!run || run.finished) return;
    run.splits.push(igtTicks);
    run.igt = igtTicks;
    this.send(`setgametime ${liveSplitTime(igtTicks)}`);
    this.send('split');
    this.lastSent = igtTicks;
  }

  /** The run's game time now (after every tick): sent once a second of game time. */
  progress(igtTicks: number): void {
    const run = this.run;
    if (!run || run.finished) return;
    run.igt = igtTicks;
    if (igtTicks - this.lastSent >= GAMETIME_EVERY_TICKS) {
      this.lastSent = igtTicks;
      this.send(`setgametime ${liveSplitTime(igtTicks)}`);
    }
  }

  /** The run is complete: LiveSplit ended with the last split; nothing more is sent for it. */
  finish(): void {
    if (this.run) this.run.finished = true;
  }

  /** The attempt ends as reset (or stops): LiveSplit resets, when it timed this run. */
  reset(): void {
    const run = this.run;
    this.run = null;
    if (run && !run.finished && this.timerUsed) {
      this.send('reset');
      this.timerUsed = false;
    }
  }

  /** Stops for good (the page closes). */
  dispose(): void {
    this.enabled = false;
    this.disconnect();
  }

  private sendRunStart(): void {
    if (!this.connected) return;
    if (this.timerUsed) this.send('reset');
    this.send('starttimer');
    this.send('initgametime');
    this.send('pausegametime');
    this.send(`setgametime ${liveSplitTime(0)}`);
    this.timerUsed = true;
  }

  private get connected(): boolean {
    return (
      this.socket !== null && this.socket.readyState === OPEN && this.state.status === 'connected'
    );
  }

  private send(command: string): void {
    if (!this.connected) return;
    try {
      this.socket!.send(command);
    } catch {
      // A socket that fails to send is closing: its close event starts the retry.
    }
  }

  private connect(): void {
    if (!this.enabled) return;
    const problem = liveSplitUrlProblem(this.url);
    if (problem) {
      this.setState({ status: 'invalid', detail: problem });
      return;
    }
    this.setState({ status: 'connecting', detail: null });
    let socket: LinkSocket;
    try {
      socket = this.o.socket(this.url);
    } catch (e) {
      this.lost(`the address was refused (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.retryMs = RETRY_FIRST_MS;
      this.setState({ status: 'connected', detail: null });
      // LiveSplit may hold a timer from before the connection was lost: start it afresh.
      this.timerUsed = true;
      this.catchUp();
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lost(
        this.state.status === 'connected'
          ? 'the connection to LiveSplit was lost'
          : 'LiveSplit did not answer (is its server started?)',
      );
    });
    // An error is always followed by a close event: the retry starts there.
  }

  /** Replays the run so far to a LiveSplit that has just connected. */
  private catchUp(): void {
    const run = this.run;
    if (!run || run.finished) return;
    this.sendRunStart();
    for (const t of run.splits) {
      this.send(`setgametime ${liveSplitTime(t)}`);
      this.send('split');
    }
    this.send(`setgametime ${liveSplitTime(run.igt)}`);
    this.lastSent = run.igt;
  }

  private lost(detail: string): void {
    if (!this.enabled) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    this.setState({
      status: 'retrying',
      detail: `${detail}; trying again in ${Math.round(wait / 1000)} s`,
    });
    this.retryHandle = this.o.timers.set(() => {
      this.retryHandle = null;
      this.connect();
    }, wait);
  }

  private disconnect(): void {
    if (this.retryHandle !== null) this.o.timers.clear(this.retryHandle);
    this.retryHandle = null;
    this.retryMs = RETRY_FIRST_MS;
    const s = this.socket;
    this.socket = null;
    if (s) {
      // Its events are ignored from now on (`this.socket` is no longer it).
      try {
        s.close();
      } catch {
        // Already closed.
      }
    }
  }

  private setState(state: LinkState): void {
    this.state = state;
    try {
      this.o.onState(state);
    } catch {
      // The interface's problem, never the link's.
    }
  }
}
