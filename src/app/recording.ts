/**
 * Records every attempt in the browser. The run starts being recorded on the tick the mission
 * is accepted (or when a checkpoint is resumed); each tick adds its hash; the attempt ends as
 * complete (final objective done), reset (replaced by a new run), failed (the run stopped on an
 * error) or abandoned (the page was closed: found in progress at the next start). It is then
 * kept in the run library. Watching a replay records nothing.
 */
import type { Session, TickReport } from '../session/Session';
import { type RecorderInfo, RunRecorder } from '../speedrun/recorder';
import type { RecordStatus, RunRecord } from '../speedrun/recordFormat';
import type { RunLibrary } from './runLibrary';

/** How often a run in progress is saved for the "abandoned" case (30 s of game time). */
const SAVE_EVERY_TICKS = 60 * 30;

export interface RecordingOptions {
  library: RunLibrary;
  missionHash: string;
  /** Whose library the attempt goes to, and the runner name it carries. */
  owner(): { key: string; name: string };
  /** True while the bot sends the commands. */
  autopilot(): boolean;
  /** Real time in ms (performance.now), for RTA beside IGT. */
  now(): number;
  isoDate(): string;
  /** A finished attempt was kept (or could not be: error). */
  onKept(id: string | null, record: RunRecord, error?: string): void;
  /** The speedrun category the player chose (the bot's runs are Autopilot whatever it is). */
  category?(): string;
  /** An attempt began on `session` (at the accept, or a resumed checkpoint). */
  onBegin?(session: Session, extra: Pick<RecorderInfo, 'resumed' | 'practice'>): void;
  /** An attempt ended: its record, before the library has kept it (`onKept` follows). */
  onEnd?(record: RunRecord): void;
}

export class Recording {
  private recorder: RunRecorder | null = null;
  private session: Session | null = null;
  private owner = { key: '', name: '' };
  private startedAt = 0;
  private pausedAt: number | null = null;
  private pauseMs = 0;
  private lastSave = 0;
  /** False while a replay is watched. */
  enabled = true;

  constructor(private readonly o: RecordingOptions) {}

  get recording(): boolean {
    return this.recorder !== null;
  }

  /** To be added to the host's afterTick listeners. */
  readonly tick = (session: Session, report: TickReport): void => {
    if (!this.enabled) return;
    if (!this.recorder || this.session !== session) {
      if (!report.events.some((e) => e.type === 'accept')) return;
      this.begin(session, {});
    }
    const rec = this.recorder!;
    if (this.o.autopilot()) rec.autopilot = true;
    rec.afterTick(session);
    if (session.mission.status === 'complete') {
      this.end('complete');
      return;
    }
    if (
      session.tick - this.lastSave >= SAVE_EVERY_TICKS ||
      report.effects.some((e) => e.type === 'stepStarted')
    )
      this.saveProgress();
  };

  /** Starts recording `session` (already accepted, or resumed from a checkpoint). */
  begin(session: Session, extra: Pick<RecorderInfo, 'startedFrom' | 'resumed' | 'practice'>): void {
    if (this.recorder) this.end('reset');
    this.owner = this.o.owner();
    this.recorder = new RunRecorder({
      missionHash: this.o.missionHash,
      startedAt: this.o.isoDate(),
      runner: this.owner.name,
      ...(this.o.category ? { category: this.o.category() } : {}),
      ...extra,
    });
    if (this.o.autopilot()) this.recorder.autopilot = true;
    this.session = session;
    this.startedAt = this.o.now();
    this.pauseMs = 0;
    this.pausedAt = null;
    this.lastSave = session.tick;
    this.o.onBegin?.(session, { resumed: extra.resumed, practice: extra.practice });
  }

  /** The game was paused (true) or resumed: pause time is kept beside RTA. */
  paused(on: boolean): void {
    const now = this.o.now();
    if (on && this.pausedAt === null) this.pausedAt = now;
    if (!on && this.pausedAt !== null) {
      this.pauseMs += now - this.pausedAt;
      this.pausedAt = null;
    }
  }

  /** Ends the attempt in progress, if any, and keeps its record. */
  end(status: RecordStatus): RunRecord | null {
    const rec = this.recorder;
    const session = this.session;
    this.recorder = null;
    this.session = null;
    if (!rec || !session?.run) return null;
    const record = rec.finish(session, status, this.timing());
    this.o.onEnd?.(record);
    const owner = this.owner.key;
    void this.o.library
      .add(owner, record)
      .then(async (id) => {
        await this.o.library.clearInProgress(owner);
        this.o.onKept(id, record);
      })
      .catch((e) => this.o.onKept(null, record, describeError(e)));
    return record;
  }

  /** Saves the attempt so far, so closing the page still leaves it in the library. */
  saveProgress(): void {
    const rec = this.recorder;
    const session = this.session;
    if (!rec || !session?.run) return;
    this.lastSave = session.tick;
    const record = rec.finish(session, 'abandoned', this.timing());
    void this.o.library.saveInProgress(this.owner.key, record).catch(() => {});
  }

  private timing() {
    const now = this.o.now();
    const pause = this.pauseMs + (this.pausedAt === null ? 0 : now - this.pausedAt);
    return { rtaMs: Math.round(now - this.startedAt), pauseMs: Math.round(pause) };
  }
}

const describeError = (e: unknown) =>
  e instanceof Error
    ? e.name === 'QuotaExceededError'
      ? 'the browser refused to store it: its storage is full'
      : e.message
    : String(e);
