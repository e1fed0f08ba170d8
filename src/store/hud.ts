/**
 * The HUD store: low-rate facts the DOM interface shows. The composition root fills it from
 * the session a few times a second and on mission effects; the 60 Hz simulation never lives
 * here. Actions are injected by the composition root so the interface never reaches into the
 * game directly.
 */
import { createStore } from 'zustand/vanilla';
import type { Difficulty } from '../session/difficulty';

export type ObjectiveView = {
  id: string;
  stepId: string;
  title: string;
  state: 'pending' | 'active' | 'complete';
  progress: number;
  /** Counters only: the target ("(3/18)"). */
  count: number | null;
};

export type StepView = { id: string; title: string; objectives: ObjectiveView[] };

export interface VitalsView {
  name: string;
  hull: number;
  hullMax: number;
  /** Space: fore, starboard, aft, port. Ground: one. */
  shields: number[];
  shieldMax: number;
  downed: boolean;
}

export interface AbilityView {
  slot: number;
  id: string;
  name: string;
  /** Seconds until ready, 0 when ready. */
  readyIn: number;
  active: boolean;
}

export interface HelmView {
  /** 0–100. */
  throttle: number;
  /** Units a second. */
  speed: number;
  /** What 100 % throttle makes. */
  maxSpeed: number;
  fullImpulse: boolean;
}

export interface ControlsUsed {
  throttle: boolean;
  turn: boolean;
  fire: boolean;
}

export interface DialogueView {
  /** Changes with every new line, so the panel knows to show it. */
  key: number;
  speaker: string;
  lines: string[];
}

export interface RewardsView {
  kind: 'first-completion' | 'replay';
  reason: string;
  sp: number;
  exp: number;
  mark: string;
  rank: string;
  level: number;
  igt: string;
  /** The difficulty the run was played on (its label). */
  difficulty: string;
}

export interface AccoladeView {
  key: number;
  id: string;
  name: string;
  description: string;
  points: number;
}

export interface Settings {
  master: number;
  effects: number;
  music: number;
  reducedMotion: boolean;
  /** Show the first-controls hint in space until those controls have been used. */
  hints: boolean;
  /** Race a ghost (the personal best of the category, or a chosen record) while playing. */
  ghosts: boolean;
  /** Speedrun mode: the splits panel is on from the start (K still toggles it). */
  speedrunMode: boolean;
  /** The category the player runs (a full-run category of the mission). */
  speedrunCategory: string;
  /** The comparison the splits show ("Personal Best", "Best Segments", "Average", an import). */
  comparison: string;
  /** The leaderboard server's address; '' for the page's own server when it is one. */
  leaderboardServer: string;
  /** Drive desktop LiveSplit through its LiveSplit Server (off unless enabled). */
  liveSplit: boolean;
  /** The LiveSplit Server's WebSocket address. */
  liveSplitUrl: string;
  bindings: Record<string, string>;
}

export interface CaptainSummary {
  id: string;
  name: string;
  level: number;
  rank: string;
}

export interface AccoladeEntry {
  id: string;
  name: string;
  description: string;
  points: number;
  category: string;
  earned: boolean;
  earnedAt: string | null;
  progress: { value: number; target: number } | null;
}

export interface JournalMission {
  id: string;
  title: string;
  /** locked: a prerequisite or the level is missing. */
  state: 'available' | 'in-progress' | 'completed' | 'locked';
  summary: string;
  historical: string;
  prerequisites: { title: string; done: boolean }[];
  levelRange: string;
  completions: number;
  bestIgt: string | null;
  /** In progress: the step under way. */
  currentStep: string | null;
  /** What the next completion pays, and why. */
  nextReward: { reason: string; sp: number; exp: number; mark: string } | null;
}

/** A save notice; `exportLabel` names the file its button downloads (null: no button). */
export interface NoticeView {
  text: string;
  exportLabel: string | null;
}

export interface ProfileView {
  captains: CaptainSummary[];
  active:
    | (CaptainSummary & {
        accoladeScore: number;
        accolades: AccoladeEntry[];
        sp: number;
        exp: number;
        items: { mark: string; missionTitle: string; kind: 'first-completion' | 'replay' }[];
        /** A saved checkpoint to resume from. */
        checkpoint: { stepTitle: string; savedAt: string } | null;
        /** No captain chosen yet: a level-36 stand-in whose progress is not saved. */
        guest: boolean;
      })
    | null;
  journal: JournalMission[];
  /** Save problems, newest last (corrupt save, storage full, …). */
  notices: NoticeView[];
  /** The last captain import's refusal, or null. */
  importError: string | null;
}

/** One recorded attempt as the replay library lists it. */
export interface ReplayEntryView {
  id: string;
  /** ISO date of the attempt's start. */
  date: string;
  category: string;
  difficulty: string;
  status: 'complete' | 'reset' | 'failed' | 'abandoned';
  igt: string;
  igtTicks: number;
  /** What helped: 'autopilot', 'resumed', 'practice' (empty for a clean run). */
  flags: string[];
  /** The captain's personal best of its category (kept whatever the limit). */
  pb: boolean;
  /** Loaded from a file this visit rather than recorded by the captain. */
  imported: boolean;
}

export interface ReplayLibraryView {
  open: boolean;
  entries: ReplayEntryView[];
  /** What is kept, in words ("the last 50 attempts and every personal best…"). */
  keepNote: string;
  /** The last problem (a bad file, storage refused), shown until the next action. */
  error: string | null;
  /** A short confirmation (file loaded, record deleted). */
  message: string | null;
  ghostEnabled: boolean;
  /** The record chosen as the ghost; null: the personal best of the run's category. */
  ghostId: string | null;
}

/** A record sent to the leaderboard server, as far as it has got. */
export interface SubmissionView {
  status: 'sending' | 'pending' | 'verified' | 'rejected' | 'failed';
  /** In words: the verified time, the reason it was rejected, or why it could not be sent. */
  message: string;
}

export interface BoardEntryView {
  place: number;
  runId: string;
  /** Shown as text only. */
  runner: string;
  igt: string;
  igtTicks: number;
  /** The active captain's own entry (highlighted). */
  mine: boolean;
}

/** The leaderboard window (B): one board per category and difficulty. */
export interface LeaderboardView {
  open: boolean;
  /** The server in use; '' when none is set and the page was not served by one. */
  server: string;
  categories: string[];
  difficulties: string[];
  category: string;
  difficulty: string;
  entries: BoardEntryView[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Submissions by library record id. */
  submissions: Record<string, SubmissionView>;
}

/** The replay viewer while a record is watched (phase 'replay'). */
export interface ViewerView {
  title: string;
  tick: number;
  startTick: number;
  endTick: number;
  playing: boolean;
  speed: number;
  camera: 'follow' | 'free';
  /** Objective completions on the seek bar. */
  marks: { id: string; title: string; tick: number }[];
  igt: string;
}

/** The ghost raced in this run. */
export interface GhostView {
  name: string;
  /** Signed ms at the last split: negative = the player is ahead of the ghost. */
  deltaMs: number | null;
  /** The ghost is in another scene than the player just now. */
  elsewhere: boolean;
}

/** One split row of the splits panel (times already formatted; ticks for automation). */
export interface SplitRowView {
  id: string;
  title: string;
  group: string;
  state: 'pending' | 'current' | 'done';
  /** The comparison's split time ("—" when it has none). */
  comparison: string;
  /** This attempt's split time (done rows) or "". */
  time: string;
  /** The signed delta shown, in ms (null: none shown). */
  deltaMs: number | null;
  delta: string;
  gold: boolean;
  colour: 'ahead-gaining' | 'ahead-losing' | 'behind-gaining' | 'behind-losing' | null;
}

/** A step's splits: collapsed to one row (its last split) unless it is the current step. */
export interface SplitGroupView {
  id: string;
  title: string;
  collapsed: boolean;
  state: 'pending' | 'current' | 'done';
  rows: SplitRowView[];
}

export interface SpeedrunResultsView {
  categoryName: string;
  difficultyName: string;
  attempt: number;
  status: 'complete' | 'reset' | 'failed' | 'abandoned';
  igt: string;
  rta: string | null;
  /** The run may set a PB and golds (not assisted). */
  counts: boolean;
  flags: string[];
  newPb: boolean;
  /** The PB it was compared with, or null (the first complete run). */
  previousPb: string | null;
  /** Final delta against the previous PB (ms), or null. */
  pbDeltaMs: number | null;
  rows: {
    id: string;
    title: string;
    time: string;
    segment: string;
    deltaMs: number | null;
    delta: string;
    gold: boolean;
  }[];
  golds: number;
}

/** The speedrun timer and splits for the attempt under way (or the last one). */
export interface SpeedrunView {
  /** The splits panel is shown (K, on by default in speedrun mode). */
  visible: boolean;
  category: string;
  categoryName: string;
  difficulty: string;
  difficultyName: string;
  /** This attempt's number on its board (1 for the first). */
  attempt: number;
  running: boolean;
  igt: string;
  igtTicks: number;
  comparison: string;
  comparisons: string[];
  /** Assisted or practice: kept with its flags, never a PB or a gold. */
  flags: string[];
  counts: boolean;
  groups: SplitGroupView[];
  footer: {
    previousSegment: string;
    previousSegmentMs: number | null;
    previousGold: boolean;
    possibleTimeSave: string;
    sumOfBest: string;
    bestPossible: string;
  };
  /** The reset confirmation is open. */
  confirmReset: boolean;
  /** The finished attempt's results (complete runs). */
  results: SpeedrunResultsView | null;
  /** The player's full-run categories, to choose from. */
  categories: { id: string; name: string; rules: string }[];
  /** The category chosen for the player's next runs. */
  chosen: string;
  /** The captain's board of this category and difficulty. */
  board: {
    attempts: number;
    pb: string | null;
    /** The PB's record in the replay library, or null. */
    pbReplayId: string | null;
    sumOfBest: string;
    /** Newest first. */
    history: {
      n: number;
      date: string;
      result: 'complete' | 'reset' | 'failed' | 'abandoned';
      igt: string;
      rta: string | null;
      flags: string[];
    }[];
  };
}

/** Practice: every step with the captain's best time, and the practice run under way. */
export interface PracticeView {
  steps: { id: string; title: string; best: string | null }[];
  /** The step whose start state the bot is making, or null. */
  preparing: string | null;
  /** The practice run under way: its step, and its time once the step is done. */
  active: {
    stepId: string;
    title: string;
    time: string | null;
    newBest: boolean;
    /** The bot played some of it: the time is shown, never kept as a best. */
    autopilot: boolean;
  } | null;
  /** Why the last practice could not start, or null. */
  error: string | null;
}

/** LiveSplit files in the replay library: the export's choice and the imported comparison. */
export interface LssView {
  categories: { id: string; name: string }[];
  difficulties: { id: string; name: string }[];
  /** The category and difficulty exported, and that an import is matched to. */
  category: string;
  difficulty: string;
  /**
   * The comparison read from an `.lss` (the splits panel's "imported" comparison): its split
   * times (ticks from the start, by split id), and how many of the category's splits it has.
   */
  comparison: {
    name: string;
    categoryId: string;
    splitTimes: Record<string, number | null>;
    matched: number;
    total: number;
  } | null;
  message: string | null;
  error: string | null;
}

export const VIEWER_SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

export { DIFFICULTY_CHOICES, type Difficulty, difficultyLabel } from '../session/difficulty';

export interface HudActions {
  accept(): void;
  /** Chooses the difficulty in the offer dialog. */
  setDifficulty(d: Difficulty): void;
  setPaused(paused: boolean): void;
  updateSettings(patch: Partial<Settings>): void;
  closeRewards(): void;
  hail(contact: string): void;
  /** Creates and selects a captain; returns why not, or null. */
  createCaptain(name: string, level: number): string | null;
  selectCaptain(id: string): void;
  setCaptainLevel(level: number): void;
  /** Leaves the title for the Bajor Sector; the offer comes on approaching DS9. */
  launch(): void;
  /** Closes the offer without accepting (the journal can still accept). */
  declineOffer(): void;
  /** Starts the run from the saved checkpoint. */
  resume(): void;
  /** Plays a completed mission again as a Mission Replay. */
  replay(): void;
  exportCaptain(): void;
  importCaptain(text: string): void;
  dismissNotice(index: number): void;
  /** The replay library window (key R on the title, or from the journal). */
  openReplays(open: boolean): void;
  watchReplay(id: string): void;
  downloadReplay(id: string): void;
  deleteReplay(id: string): void;
  /** A record file chosen with the file input or dropped on the page (gzip or plain JSON). */
  openReplayFile(file: Blob & { name?: string }): void;
  setGhostEnabled(on: boolean): void;
  /** Races this record's ghost (null: the personal best of the category). */
  chooseGhost(id: string | null): void;
  viewerPlay(playing: boolean): void;
  viewerSpeed(speed: number): void;
  viewerSeek(tick: number): void;
  /** One tick back (-1) or forward (+1), paused. */
  viewerStep(ticks: number): void;
  viewerNextSplit(): void;
  viewerCamera(mode: 'follow' | 'free'): void;
  closeViewer(): void;
  /** The leaderboard window (key B). */
  openLeaderboard(open: boolean): void;
  showBoard(category: string, difficulty: string): void;
  /** Sends a library record to the leaderboard server and follows its verification. */
  submitRun(replayId: string): void;
  /** A board entry: watch its replay, or race it as a ghost. */
  watchBoardEntry(runId: string): void;
  raceBoardEntry(runId: string): void;
  /** The rewards dialog: the run just finished. */
  watchLastRun(): void;
  downloadLastRun(): void;
  /** Downloads the file notice `index` offers (the old data, or the captain as it is now). */
  exportNotice(index: number): void;
  /** Pause menu: the mission from its start at once (the attempt under way ends as reset). */
  restartMission(): void;
  /** Pause menu: gives the mission up; free flight in the sector, the offer comes again. */
  abandonMission(): void;
  /** Pause menu: back to the title (the attempt under way ends as reset). */
  quitToTitle(): void;
  /** K: shows or hides the splits panel. */
  toggleSplits(): void;
  /** The comparison the splits show (by name); `next` steps to the following one. */
  setComparison(name: string): void;
  nextComparison(): void;
  /** The reset key: asks first (open), then resets; `confirmReset(false)` keeps running. */
  askReset(): void;
  confirmReset(yes: boolean): void;
  /** The category of the player's next runs. */
  chooseCategory(id: string): void;
  closeResults(): void;
  /** Journal: plays the step from its start state as practice (the attempt under way ends as reset). */
  practiceStep(stepId: string): void;
  /** The category and difficulty of the LiveSplit export (and of an import's comparison). */
  chooseLss(category: string, difficulty: string): void;
  /** Downloads `Shutdown - <category>.lss` of the captain's attempts. */
  exportLss(): void;
  /** Reads a chosen `.lss` as a comparison (refused with a message when it is not one). */
  importLss(file: Blob & { name?: string }): void;
}

export interface HudState {
  /** title: choosing a captain; offer: the mission offer is open over the sector. */
  phase: 'loading' | 'title' | 'offer' | 'playing' | 'complete' | 'replay' | 'error';
  missionTitle: string;
  briefing: { summary: string; body: string[]; offer: string; historical: string };
  status: 'offered' | 'active' | 'failed' | 'complete';
  stepId: string;
  steps: StepView[];
  sceneKind: 'space' | 'ground';
  sceneTitle: string;
  igt: string;
  player: VitalsView | null;
  /** Seconds until the ship respawns or the captain gets up; 0 when not waiting. */
  respawnIn: number;
  team: VitalsView[];
  target: (VitalsView & { faction: string }) | null;
  abilities: AbilityView[];
  /** What pressing F would do here, and how far a hold has got (0..1). */
  interaction: { label: string; progress: number } | null;
  /** Contacts the player can hail now: the id a hail sends, the name the prompt shows. */
  hails: { id: string; name: string }[];
  /** Space: the throttle set (%), the speed made, and whether Full Impulse is engaged. */
  helm: HelmView | null;
  /** The first controls the player has used in space this visit (the hint fades after). */
  controlsUsed: ControlsUsed;
  dialogue: DialogueView | null;
  accolade: AccoladeView | null;
  rewards: RewardsView | null;
  failure: { reason: string; restartIn: number } | null;
  /** The run stopped because a tick threw: what happened, and on which tick. */
  runError: { tick: number; message: string } | null;
  paused: boolean;
  helpOpen: boolean;
  settings: Settings;
  errors: string[];
  profile: ProfileView;
  replays: ReplayLibraryView;
  leaderboard: LeaderboardView;
  viewer: ViewerView | null;
  ghost: GhostView | null;
  /** The record of the run just finished (the rewards dialog's Watch and Download), or null. */
  lastRunId: string | null;
  /** The offer on show is a Mission Replay (the captain has completed the mission before). */
  offerReplay: boolean;
  speedrun: SpeedrunView | null;
  practice: PracticeView;
  lss: LssView;
  /** The difficulty chosen in the offer (what the next accept carries). */
  difficulty: Difficulty;
  /** The accepted run's difficulty, null before the mission is accepted. */
  runDifficulty: Difficulty | null;
  /** The LiveSplit Server connection: off, connecting, connected, retrying (with why), invalid. */
  liveSplit: {
    status: 'off' | 'connecting' | 'connected' | 'retrying' | 'invalid';
    detail: string | null;
  };
  actions: HudActions;
}

export const DEFAULT_BINDINGS: Record<string, string> = {
  forward: 'KeyW',
  back: 'KeyS',
  left: 'KeyA',
  right: 'KeyD',
  fire: 'Space',
  torpedo: 'KeyQ',
  interact: 'KeyF',
  target: 'Tab',
  hail: 'KeyH',
  fullImpulse: 'ShiftLeft',
  pause: 'Escape',
  help: 'F1',
  journal: 'KeyJ',
  accolades: 'KeyL',
  replays: 'KeyR',
  splits: 'KeyK',
  comparison: 'KeyC',
  reset: 'Backspace',
  leaderboard: 'KeyB',
};

export const DEFAULT_SETTINGS: Settings = {
  master: 0.8,
  effects: 0.8,
  music: 0.5,
  reducedMotion: false,
  hints: true,
  ghosts: true,
  speedrunMode: false,
  speedrunCategory: 'any%',
  comparison: 'Personal Best',
  leaderboardServer: '',
  liveSplit: false,
  liveSplitUrl: 'ws://localhost:16834/livesplit',
  bindings: { ...DEFAULT_BINDINGS },
};

const noop = () => {};

export function initialHud(): Omit<HudState, 'actions'> {
  return {
    phase: 'loading',
    missionTitle: '',
    briefing: { summary: '', body: [], offer: '', historical: '' },
    status: 'offered',
    stepId: '',
    steps: [],
    sceneKind: 'space',
    sceneTitle: '',
    igt: '00:00.000',
    player: null,
    respawnIn: 0,
    team: [],
    target: null,
    abilities: [],
    interaction: null,
    hails: [],
    helm: null,
    controlsUsed: { throttle: false, turn: false, fire: false },
    dialogue: null,
    accolade: null,
    rewards: null,
    failure: null,
    runError: null,
    paused: false,
    helpOpen: false,
    settings: structuredClone(DEFAULT_SETTINGS),
    errors: [],
    profile: { captains: [], active: null, journal: [], notices: [], importError: null },
    replays: {
      open: false,
      entries: [],
      keepNote: '',
      error: null,
      message: null,
      ghostEnabled: true,
      ghostId: null,
    },
    leaderboard: {
      open: false,
      server: '',
      categories: [],
      difficulties: [],
      category: '',
      difficulty: 'normal',
      entries: [],
      total: 0,
      loading: false,
      error: null,
      submissions: {},
    },
    viewer: null,
    ghost: null,
    lastRunId: null,
    offerReplay: false,
    speedrun: null,
    practice: { steps: [], preparing: null, active: null, error: null },
    liveSplit: { status: 'off', detail: null },
    lss: {
      categories: [],
      difficulties: [],
      category: '',
      difficulty: '',
      comparison: null,
      message: null,
      error: null,
    },
    difficulty: 'normal',
    runDifficulty: null,
  };
}

export const createHudStore = () =>
  createStore<HudState>()(() => ({
    ...initialHud(),
    actions: {
      accept: noop,
      setDifficulty: noop,
      setPaused: noop,
      updateSettings: noop,
      closeRewards: noop,
      hail: noop,
      createCaptain: () => null,
      selectCaptain: noop,
      setCaptainLevel: noop,
      launch: noop,
      declineOffer: noop,
      resume: noop,
      replay: noop,
      exportCaptain: noop,
      importCaptain: noop,
      dismissNotice: noop,
      openReplays: noop,
      watchReplay: noop,
      downloadReplay: noop,
      deleteReplay: noop,
      openReplayFile: noop,
      setGhostEnabled: noop,
      chooseGhost: noop,
      viewerPlay: noop,
      viewerSpeed: noop,
      viewerSeek: noop,
      viewerStep: noop,
      viewerNextSplit: noop,
      viewerCamera: noop,
      closeViewer: noop,
      openLeaderboard: noop,
      showBoard: noop,
      submitRun: noop,
      watchBoardEntry: noop,
      raceBoardEntry: noop,
      watchLastRun: noop,
      downloadLastRun: noop,
      exportNotice: noop,
      restartMission: noop,
      abandonMission: noop,
      quitToTitle: noop,
      toggleSplits: noop,
      setComparison: noop,
      nextComparison: noop,
      askReset: noop,
      confirmReset: noop,
      chooseCategory: noop,
      closeResults: noop,
      practiceStep: noop,
      chooseLss: noop,
      exportLss: noop,
      importLss: noop,
    },
  }));

export type HudStore = ReturnType<typeof createHudStore>;
