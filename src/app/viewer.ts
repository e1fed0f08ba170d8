/**
 * The replay viewer: plays a run record on the real game, with play/pause, speeds from 0.25× to
 * 8×, seeking (through the timeline's keyframes), single ticks, jumps to the next split and a
 * free or following camera. While watching, the host's session is the replay's and its command
 * source the record: the player's input cannot change it, nothing is recorded or booked, and
 * closing the viewer puts the live session back as it was (paused if a run was under way).
 */
import { objectiveStates } from '../mission/machine';
import type { CommandSource, GameHost } from '../session/host';
import { formatIgt, type Session } from '../session/Session';
import type { RunRecord } from '../speedrun/recordFormat';
import { Timeline } from '../speedrun/timeline';
import type { GameEnv } from '../speedrun/verify';
import type { HudStore, ViewerView } from '../store/hud';
import { ReplaySource } from './sources';

interface Saved {
  session: Session;
  /** A live run that had stopped on an error stays stopped after watching. */
  crash: GameHost['crash'];
  source: CommandSource;
  speed: number;
  paused: boolean;
  handOverAt: string | null;
}

export class ReplayViewer {
  private timeline: Timeline | null = null;
  private source: ReplaySource | null = null;
  private saved: Saved | null = null;
  private title = '';
  playing = false;
  speed = 1;
  camera: 'follow' | 'free' = 'follow';

  constructor(
    private readonly o: {
      env: GameEnv;
      host: GameHost;
      store: HudStore;
      /** Called when watching starts (true) or stops (false). */
      onActive(active: boolean): void;
    },
  ) {}

  get active(): boolean {
    return this.timeline !== null;
  }

  /** Starts watching; returns why not (the record cannot be laid out), or null. */
  open(record: RunRecord, title: string): string | null {
    let built: ReturnType<typeof Timeline.build>;
    try {
      built = Timeline.build(record, this.o.env);
    } catch (e) {
      return `the replay could not be played: ${(e as Error).message}`;
    }
    if (!built.ok) return `the replay could not be played: ${built.reason}`;
    // The first picture is made before anything of the live game is touched.
    let first: Session;
    try {
      first = built.timeline.sessionAt(built.timeline.startTick);
    } catch (e) {
      return `the replay could not be played: ${(e as Error).message}`;
    }
    const host = this.o.host;
    if (!this.saved)
      this.saved = {
        session: host.session,
        crash: host.crash,
        source: host.source,
        speed: host.speed,
        paused: host.paused,
        handOverAt: host.handOverAt,
      };
    this.timeline = built.timeline;
    this.source = new ReplaySource(built.timeline.commands);
    this.title = title;
    this.playing = true;
    this.speed = 1;
    host.handOverAt = null;
    host.source = this.source;
    host.stopAtTick = built.timeline.endTick;
    host.setSpeed(1);
    host.replaceSession(first);
    this.source.seek(first.tick);
    host.paused = false;
    this.o.onActive(true);
    this.publish();
    return null;
  }

  close(): void {
    if (!this.saved) return;
    const host = this.o.host;
    const s = this.saved;
    this.saved = null;
    this.timeline = null;
    this.source = null;
    host.stopAtTick = null;
    host.replaceSession(s.session);
    host.crash = s.crash;
    host.source = s.source;
    host.setSpeed(s.speed);
    host.handOverAt = s.handOverAt;
    // A run under way waits in the pause menu rather than jump back into play.
    host.paused = s.paused || (s.session.mission.status === 'active' && s.source.kind === 'player');
    this.o.store.setState({ viewer: null, paused: host.paused });
    this.o.onActive(false);
  }

  play(on: boolean): void {
    if (!this.timeline) return;
    if (on && this.o.host.session.tick >= this.timeline.endTick) this.seek(this.timeline.startTick);
    this.playing = on;
    this.o.host.paused = !on;
    this.publish();
  }

  setSpeed(speed: number): void {
    if (!Number.isFinite(speed)) return;
    this.speed = Math.min(8, Math.max(0.25, speed));
    this.o.host.setSpeed(this.speed);
    this.publish();
  }

  seek(tick: number): void {
    const t = this.timeline;
    if (!t || !this.source || !Number.isFinite(tick)) return;
    let session: Session;
    try {
      session = t.sessionAt(tick);
    } catch {
      // A keyframe that no longer restores (it was validated when made): stay where we are.
      return;
    }
    this.o.host.replaceSession(session);
    this.source.seek(session.tick);
    this.publish();
  }

  step(ticks: number): void {
    if (!this.timeline) return;
    this.play(false);
    this.seek(this.o.host.session.tick + Math.sign(ticks));
  }

  nextSplit(): void {
    const t = this.timeline;
    if (!t) return;
    const now = this.o.host.session.tick;
    const next = t.splits.find(([, tick]) => tick > now);
    this.seek(next ? next[1] : t.endTick);
  }

  setCamera(mode: 'follow' | 'free'): void {
    this.camera = mode;
    this.publish();
  }

  /** For `window.shutdown.state().replay`. */
  state(): { tick: number; endTick: number; playing: boolean; speed: number } | null {
    const t = this.timeline;
    if (!t) return null;
    const tick = this.o.host.session.tick;
    return {
      tick,
      endTick: t.endTick,
      playing: this.playing && tick < t.endTick,
      speed: this.speed,
    };
  }

  /** Puts the viewer's facts in the store (called a few times a second and on every action). */
  publish(): void {
    const t = this.timeline;
    if (!t) return;
    const session = this.o.host.session;
    const titles = new Map(
      objectiveStates(session.ctx.script, session.mission).map((o) => [o.id, o.title]),
    );
    const view: ViewerView = {
      title: this.title,
      tick: session.tick,
      startTick: t.startTick,
      endTick: t.endTick,
      playing: this.playing && session.tick < t.endTick,
      speed: this.speed,
      camera: this.camera,
      marks: t.splits.map(([id, tick]) => ({ id, title: titles.get(id) ?? id, tick })),
      igt: formatIgt(session.igtTicks()),
    };
    this.o.store.setState({ viewer: view });
  }
}
