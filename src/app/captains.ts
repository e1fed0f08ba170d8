/**
 * Composition-root helper: joins the captains' store (with its save) to the run. It decides
 * who plays a run (level, first completion or Mission Replay), books a completed run on the
 * captain (rewards, items, tallies, accolades), saves a checkpoint when a step starts and
 * resumes from it, and does the journal's Replay and the captain file export and import.
 *
 * Without a chosen captain the game plays as a level-36 guest whose progress is not saved
 * (the attract mode, `?autopilot=1`, on a fresh browser).
 *
 * Save problems become notices; a notice can offer a file (the old data, or the captain as it
 * is now) so that what could not be saved can still be kept.
 */
import type { MissionEffect } from '../mission/events';
import type { MissionScript } from '../mission/schema';
import type { BackupStore } from '../persist/backups';
import {
  captainFile,
  type ExportFile,
  importCaptain,
  migrateSave,
  type NoticeExport,
  SAVE_KEY,
  SAVE_VERSION,
  SafeProfileStorage,
} from '../persist/profileSave';
import type { GameHost } from '../session/host';
import type { Session } from '../session/Session';
import type { HudStore } from '../store/hud';
import {
  active,
  awardDuringRun,
  type Captain,
  captainProblem,
  createProfileStore,
  isReplay,
  newCaptain,
  own,
  type ProfileStore,
  recordCompletion,
  type SpeedrunBoard,
} from '../store/profile';
import { buildProfileView } from '../store/profileView';

type Accolade = MissionScript['accolades'][number];

/**
 * The running game, once its code has loaded: the title works without it (captains are
 * created, chosen and saved), runs need it.
 */
export interface GameLink {
  host: GameHost;
  /** A fresh session for a new run (a replay); the seed is the root's business. */
  newSession(): Session;
  /** Called with the session of a new or resumed run: the run controller puts it in play. */
  onNewRun(session: Session): void;
  /**
   * Verifies an imported captain's PB replays (SPEEDRUN.md: an imported PB without a replay that
   * verifies is not a PB) and keeps those that verify in the captain's library; returns each
   * kept PB's new replay id by board, and the boards whose PB was dropped.
   */
  verifyImportedPbs?(
    captainId: string,
    boards: Captain['speedrun'],
    replays: Record<string, unknown>,
  ): Promise<{ kept: Record<string, string>; dropped: string[] }>;
  /**
   * True while a practice run is played: it saves no checkpoint and books nothing on the
   * captain (no reward, item or accolade comes from a step started half-way).
   */
  practising?(): boolean;
}

export interface CaptainsOptions extends Partial<GameLink> {
  script: MissionScript;
  store: HudStore;
  storage: Storage | undefined;
  /** Settings notices and the like, shown with the save notices. */
  initialNotices: string[];
  /** Where unreadable or outdated saves are kept (`browserBackups` in the browser). */
  backups: readonly BackupStore[];
}

export class Captains {
  readonly profile: ProfileStore;
  private readonly saveStorage: SafeProfileStorage;
  private notices: { text: string; offer: NoticeExport | null }[];
  private importError: string | null = null;
  private guest: Captain;
  private game: GameLink | null = null;
  /** Work that waits for the game's code (checking an imported captain's PB replays). */
  private readonly whenGame: (() => void)[] = [];

  constructor(private readonly o: CaptainsOptions) {
    this.notices = o.initialNotices.map((text) => ({ text, offer: null }));
    this.guest = newCaptain('guest', 'Guest', o.script.levelRange.min, new Date().toISOString());
    this.saveStorage = new SafeProfileStorage(o.storage, (m, f) => this.notice(m, f), o.backups);
    this.profile = createProfileStore({
      name: SAVE_KEY,
      version: SAVE_VERSION,
      storage: this.saveStorage,
      commit: (next) => this.saveStorage.commit(SAVE_KEY, { state: next, version: SAVE_VERSION }),
      migrate: migrateSave,
      onRehydrateError: (e) =>
        this.saveStorage.quarantineLast(SAVE_KEY, e instanceof Error ? e.message : String(e)),
      newId: () =>
        `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`.slice(0, 24),
      now: () => new Date().toISOString(),
    });
    this.profile.subscribe(() => this.publish());
    const { host, newSession, onNewRun } = o;
    if (host && newSession && onNewRun) this.attach({ host, newSession, onNewRun });
    else this.publish();
  }

  /** The game has loaded: runs are played by the current captain from now on. */
  attach(game: GameLink): void {
    this.game = game;
    game.host.onCheckpoint = (session, stepId) => this.checkpoint(session, stepId);
    this.configureRun();
    this.publish();
    for (const act of this.whenGame.splice(0)) act();
  }

  /** The captain playing: the chosen one, or the guest. */
  get captain(): Captain {
    return active(this.profile.getState()) ?? this.guest;
  }

  /** A practice run is under way (see `CaptainsOptions.practising`). */
  get practising(): boolean {
    return (this.game?.practising ?? this.o.practising)?.() ?? false;
  }

  get isGuest(): boolean {
    return active(this.profile.getState()) === null;
  }

  /** Shows a notice (once: a repeated problem is not stacked). */
  notice(text: string, offer: NoticeExport | null = null) {
    if (this.notices.some((n) => n.text === text)) return;
    this.notices = [...this.notices, { text, offer }];
    this.publish();
  }

  /** The file notice `index` offers, or null. */
  noticeFile(index: number): ExportFile | null {
    const offer = this.notices[index]?.offer ?? null;
    return offer === 'active-captain' ? this.exportFile() : offer;
  }

  private exportLabel(offer: NoticeExport | null): string | null {
    if (offer === null) return null;
    if (offer !== 'active-captain') return 'Download a copy';
    return this.isGuest ? null : 'Export this captain';
  }

  /** Pushes the profile view into the HUD store. */
  publish() {
    // The save is read while the store is being made; notices from then wait for the store.
    if (!this.profile) return;
    const mission = this.game?.host.session.mission;
    const step = mission ? this.o.script.steps[mission.step] : undefined;
    this.o.store.setState({
      profile: buildProfileView(
        this.profile.getState(),
        this.captain,
        this.isGuest,
        this.o.script,
        { status: mission?.status ?? 'offered', stepTitle: step?.title ?? null },
        this.notices.map((n) => ({ text: n.text, exportLabel: this.exportLabel(n.offer) })),
        this.importError,
      ),
    });
  }

  /** Before the mission is accepted: the run is played by the current captain. */
  configureRun(session: Session | undefined = this.game?.host.session): void {
    if (!session) return;
    const c = this.captain;
    session.configureRun({
      captainLevel: c.level,
      missionReplay: isReplay(c, this.o.script.id),
    });
  }

  create(name: string, level: number): string | null {
    const problem = captainProblem(name, level);
    if (problem) return problem;
    const r = this.profile.getState().create(name, level);
    if (!r.ok) return r.problem;
    this.configureRun();
    return null;
  }

  select(id: string) {
    this.profile.getState().select(id);
    this.configureRun();
  }

  setLevel(level: number) {
    if (this.isGuest) return;
    this.profile.getState().setLevel(this.captain.id, level);
    this.configureRun();
  }

  dismissNotice(index: number) {
    this.notices = this.notices.filter((_, i) => i !== index);
    this.publish();
  }

  /** Books mission effects on the captain; returns the accolades newly earned (for toasts). */
  onEffects(effects: readonly MissionEffect[]): Accolade[] {
    if (this.practising) return [];
    const reward = effects.find((e) => e.type === 'grantReward');
    const session = this.game?.host.session;
    if (!session) return [];
    const tallies: Record<string, number> = {};
    this.o.script.tallies.forEach((t, i) => {
      const counts = session.mission.tallies[i]?.counts ?? [];
      tallies[t.id] = counts.reduce((a, b) => a + b, 0);
    });
    if (reward?.type !== 'grantReward') {
      // Mid-run: tally accolades are awarded the moment they are reached.
      if (session.mission.status !== 'active') return [];
      const { captain, earned } = awardDuringRun(
        this.captain,
        tallies,
        this.o.script.accolades,
        new Date().toISOString(),
      );
      if (earned.length === 0) return [];
      if (this.isGuest) this.guest = captain;
      else this.profile.getState().put(captain);
      this.publish();
      return earned;
    }
    const { captain, earned } = recordCompletion(
      this.captain,
      {
        missionId: this.o.script.id,
        igtTicks: session.igtTicks(),
        tallies,
        reward: { kind: reward.kind, sp: reward.sp, exp: reward.exp, mark: reward.mark },
      },
      this.o.script.accolades,
      new Date().toISOString(),
    );
    if (this.isGuest) this.guest = captain;
    else this.profile.getState().put(captain);
    this.publish();
    return earned;
  }

  private checkpoint(session: Session, stepId: string) {
    if (this.isGuest || this.practising) return;
    const step = this.o.script.steps.find((s) => s.id === stepId);
    this.profile.getState().setCheckpoint(this.captain.id, {
      missionId: this.o.script.id,
      stepId,
      stepTitle: step?.title ?? stepId,
      savedAt: new Date().toISOString(),
      snapshot: session.snapshot(),
    });
  }

  /** Starts a new run as a Mission Replay (or first run), accepted at once. */
  replay() {
    if (!this.game) return;
    const session = this.game.newSession();
    this.configureRun(session);
    session.queue({ type: 'accept' });
    this.game.onNewRun(session);
    this.publish();
  }

  /**
   * Resumes the saved checkpoint. The snapshot is tried on a scratch session first (restored,
   * which validates it, and stepped once); one that does not fit or breaks is dropped for
   * good, with a notice naming what is wrong.
   */
  resume(): boolean {
    const run = this.captain.run;
    const game = this.game;
    if (!run || this.isGuest || !game) return false;
    const problem = (() => {
      try {
        const trial = game.newSession();
        // `restore` copies the snapshot: the saved one is not touched.
        const r = trial.restore(run.snapshot);
        if (!r.ok) {
          const more = r.problems.length - 3;
          return `${r.problems.slice(0, 3).join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
        }
        trial.step();
        return null;
      } catch (e) {
        return `it could not be played (${(e as Error).message})`;
      }
    })();
    if (problem) {
      this.profile.getState().setCheckpoint(this.captain.id, null);
      this.notice(`The saved checkpoint could not be resumed: ${problem}. It has been discarded.`);
      return false;
    }
    const session = game.newSession();
    session.restore(run.snapshot);
    game.onNewRun(session);
    this.publish();
    return true;
  }

  /** The active captain's speedrun board (the guest's last for this visit). */
  board(key: string): SpeedrunBoard | undefined {
    return own(this.captain.speedrun, key);
  }

  setBoard(key: string, board: SpeedrunBoard): void {
    if (this.isGuest)
      this.guest = { ...this.guest, speedrun: { ...this.guest.speedrun, [key]: board } };
    else this.profile.getState().setBoard(this.captain.id, key, board);
  }

  /** The captain's file; `replays` are its PBs' records, by the ids its boards give. */
  exportFile(replays: Record<string, unknown> = {}): ExportFile | null {
    if (this.isGuest) return null;
    const r = captainFile(this.captain, replays);
    if (r.ok) return r.file;
    this.notice(`“${this.captain.name}” could not be exported: ${r.problem}`);
    return null;
  }

  /** Adds the captain in the file (as a copy with a new id if that id is taken). */
  /**
   * Adds the captain in the file (as a copy with a new id if that id is taken). Its personal
   * bests are left out until their replays verify; then each comes back with its replay.
   */
  importText(text: string): Promise<void> {
    const r = importCaptain(text);
    if (!r.ok) {
      this.importError = r.message;
      this.publish();
      return Promise.resolve();
    }
    const boards = r.captain.speedrun;
    const unproven = Object.fromEntries(
      Object.entries(boards).map(([k, b]) => [k, { ...b, pb: null }]),
    );
    const id = this.addImported({ ...r.captain, speedrun: unproven });
    if (id === null || Object.values(boards).every((b) => b.pb === null)) return Promise.resolve();
    const restore = () => this.restorePbs(id, r.captain.name, boards, r.replays);
    // Replays are checked by the game's simulation: an import on the title waits for it.
    if (this.verifier()) return restore();
    return new Promise((resolve) => this.whenGame.push(() => resolve(restore())));
  }

  private verifier() {
    return this.game?.verifyImportedPbs ?? this.o.verifyImportedPbs;
  }

  /** Puts back each imported PB whose replay verifies; a notice names those left out. */
  private restorePbs(
    id: string,
    name: string,
    boards: Captain['speedrun'],
    replays: Record<string, unknown>,
  ): Promise<void> {
    const withPbs = Object.keys(boards).filter((k) => boards[k]!.pb !== null);
    const dropNotice = (keys: string[], why: string) =>
      this.notice(
        `“${name}” was imported without the personal best${keys.length === 1 ? '' : 's'} of ${keys.join(', ')}: ${why}. A personal best stands only on a replay that verifies.`,
      );
    const verify = this.verifier();
    if (!verify) {
      dropNotice(withPbs, 'replays cannot be checked here');
      return Promise.resolve();
    }
    return verify(id, boards, replays).then(
      ({ kept, dropped }) => {
        for (const [key, replayId] of Object.entries(kept)) {
          const pb = boards[key]?.pb;
          const now = this.profile.getState().captains.find((c) => c.id === id);
          const board = now && own(now.speedrun, key);
          if (pb && board)
            this.profile.getState().setBoard(id, key, { ...board, pb: { ...pb, replayId } });
        }
        if (dropped.length > 0) dropNotice(dropped, 'their replays did not verify here');
      },
      (e) => dropNotice(withPbs, `they could not be checked (${(e as Error).message})`),
    );
  }

  /** The captain's id once added (it may differ from the file's), or null when refused. */
  private addImported(c: Captain): string | null {
    const added = this.profile.getState().add(c);
    this.importError = added.ok ? null : added.problem;
    if (added.ok) this.configureRun();
    this.publish();
    return added.ok ? added.captain.id : null;
  }
}
