/**
 * Speedrun mode in the browser: the splits of the attempt under way, the comparisons, the
 * captain's boards, and the results at the end. No renderer and no DOM: tests drive it with a
 * session and a store.
 *
 * An attempt begins when the recording does (the accept, or a resumed checkpoint) and is
 * booked on its board the moment the recording ends it (complete, reset, failed), from its run
 * record: the board is the record's category and difficulty, so a run the bot played at any
 * moment goes to Autopilot whatever was chosen. When the library has kept the record, its id
 * is written into the board (the PB's replay). Boards belong to the active captain (the
 * guest's last for this visit).
 */
import { objectiveStates } from '../mission/machine';
import type { MissionScript } from '../mission/schema';
import type { Session } from '../session/Session';
import {
  autopilotCategory,
  type Category,
  categoriesOf,
  categoryById,
  categoryFor,
  playerCategories,
} from '../speedrun/categories';
import { liveSplits } from '../speedrun/live';
import type { RunRecord } from '../speedrun/recordFormat';
import {
  applyAttempt,
  averageComparison,
  type Board,
  bestSegmentsComparison,
  boardKey,
  type Comparison,
  eligible,
  emptyBoard,
  pbComparison,
  type SplitTimes,
  segmentsOf,
  splitTimesOf,
  sumOfBest,
} from '../speedrun/splits';
import { deltaMs, formatDelta, formatTime } from '../speedrun/time';
import type {
  HudStore,
  SpeedrunResultsView,
  SpeedrunView,
  SplitGroupView,
  SplitRowView,
} from '../store/hud';
import { loadChecks } from './checks';

/** Attempts the panel lists (the board keeps more). */
const HISTORY_SHOWN = 10;

export const BUILT_IN_COMPARISONS = ['Personal Best', 'Best Segments', 'Average'] as const;

export interface SpeedrunOptions {
  script: MissionScript;
  store: HudStore;
  /** The active captain's boards. */
  boards: {
    get(key: string): Board | undefined;
    set(key: string, board: Board): void;
  };
  /** True while the bot sends the commands. */
  autopilot(): boolean;
}

interface Attempt {
  session: Session;
  category: Category;
  difficulty: string;
  flags: Set<string>;
}

export class SpeedrunTracker {
  private attempt: Attempt | null = null;
  /** The last attempt ended: its final times stay on show until the next begins. */
  private ended: {
    attempt: Attempt;
    times: SplitTimes;
    igtTicks: number;
    /** Its board before it was booked: the panel keeps showing what it showed at the end. */
    board: Board;
    n: number;
  } | null = null;
  private readonly imported: Comparison[] = [];
  private results: SpeedrunResultsView | null = null;
  /** Booked attempts waiting for their record's library id. */
  private readonly pending = new Map<RunRecord, { key: string; n: number }>();
  private visible: boolean;
  private confirming = false;

  constructor(private readonly o: SpeedrunOptions) {
    this.visible = o.store.getState().settings.speedrunMode;
  }

  /** The category the player chose, if the mission has it (else its first full-run category). */
  chosen(): string {
    const want = this.o.store.getState().settings.speedrunCategory;
    const list = playerCategories(this.o.script);
    return (list.find((c) => c.id === want) ?? list[0])?.id ?? 'any%';
  }

  /** An attempt began (the recording started it). */
  begin(session: Session, extra: { resumed?: boolean; practice?: boolean }): void {
    const flags = new Set<string>();
    if (extra.resumed) flags.add('resumed');
    if (extra.practice) flags.add('practice');
    if (this.o.autopilot()) flags.add('autopilot');
    const id = categoryFor(
      {
        autopilot: flags.has('autopilot'),
        resumed: flags.has('resumed'),
        practice: flags.has('practice'),
      },
      this.chosen(),
      this.o.script,
    );
    const category = categoryById(this.o.script, id);
    this.ended = null;
    this.results = null;
    this.confirming = false;
    this.attempt = category
      ? {
          session,
          category,
          difficulty: session.run?.difficulty ?? categoriesOf(this.o.script).difficulty.default,
          flags,
        }
      : null;
    this.publish();
  }

  /** The attempt's record is made: it is booked on its board now. */
  end(record: RunRecord): void {
    const a = this.attempt;
    this.confirming = false;
    const category = categoryById(this.o.script, record.run.category);
    if (!category) {
      // Practice runs are practice's own business: nothing here is touched.
      this.attempt = null;
      this.publish();
      return;
    }
    const key = boardKey(category.id, record.run.difficulty);
    const board = this.o.boards.get(key) ?? emptyBoard();
    const flags = (['autopilot', 'resumed', 'practice'] as const).filter((f) => record.assisted[f]);
    const times = splitTimesOf(record, category.splits);
    const counts = eligible(flags, category.id, autopilotCategory(this.o.script));
    const outcome = applyAttempt(
      board,
      category.splits.map((s) => s.id),
      {
        at: record.run.startedAt,
        result: record.result.status,
        igtTicks: record.result.igtTicks,
        rtaMs: record.timing?.rtaMs ?? null,
        flags,
        splitTimes: times,
        replayId: null,
        counts,
      },
    );
    this.o.boards.set(key, outcome.board);
    this.pending.set(record, { key, n: outcome.attempt });
    if (a) {
      this.ended = {
        attempt: { ...a, category, difficulty: record.run.difficulty, flags: new Set(flags) },
        times,
        igtTicks: record.result.igtTicks,
        board,
        n: outcome.attempt,
      };
    }
    this.attempt = null;
    if (record.result.status === 'complete') {
      const ids = category.splits.map((s) => s.id);
      const segments = segmentsOf(ids, times);
      const prev = outcome.previousPb;
      const rows = category.splits.map((s, i) => {
        const t = times[s.id] ?? null;
        const c = prev?.splitTimes[s.id] ?? null;
        const d = t !== null && c !== null && c !== undefined ? t - c : null;
        return {
          id: s.id,
          title: s.title,
          time: formatTime(t),
          segment: formatTime(segments[i]),
          deltaMs: d === null ? null : deltaMs(d),
          delta: formatDelta(d),
          gold: outcome.golds.includes(s.id),
        };
      });
      this.results = {
        categoryName: category.name,
        difficultyName: this.difficultyName(record.run.difficulty),
        attempt: outcome.attempt,
        status: record.result.status,
        igt: formatTime(record.result.igtTicks),
        rta: record.timing ? formatTime(Math.round((record.timing.rtaMs * 60) / 1000)) : null,
        counts,
        flags,
        newPb: outcome.newPb,
        previousPb: prev ? formatTime(prev.igtTicks) : null,
        pbDeltaMs: prev ? deltaMs(record.result.igtTicks - prev.igtTicks) : null,
        rows,
        golds: outcome.golds.length,
      };
    }
    this.publish();
  }

  /** The library kept the record: its id goes into the board (history, and the PB if it is). */
  kept(id: string, record: RunRecord): void {
    const p = this.pending.get(record);
    if (!p) return;
    this.pending.delete(record);
    const board = this.o.boards.get(p.key);
    if (!board) return;
    this.o.boards.set(p.key, {
      ...board,
      pb: board.pb?.attempt === p.n ? { ...board.pb, replayId: id } : board.pb,
      history: board.history.map((h) => (h.n === p.n ? { ...h, replayId: id } : h)),
    });
  }

  /** Imported comparisons (an `.lss` file) join the built-in ones, replacing one of the same name. */
  addComparison(c: Comparison): void {
    const i = this.imported.findIndex((x) => x.name === c.name);
    if (i >= 0) this.imported.splice(i, 1);
    this.imported.push({
      name: c.name,
      splitTimes: { ...c.splitTimes },
      ...(c.categoryId === undefined ? {} : { categoryId: c.categoryId }),
    });
    this.publish();
  }

  comparisonNames(): string[] {
    return [...BUILT_IN_COMPARISONS, ...this.imported.map((c) => c.name)];
  }

  /** The comparison in use: the setting's, when it exists (else the Personal Best). */
  comparisonName(): string {
    const want = this.o.store.getState().settings.comparison;
    return this.comparisonNames().includes(want) ? want : 'Personal Best';
  }

  nextComparison(): string {
    const names = this.comparisonNames();
    return names[(names.indexOf(this.comparisonName()) + 1) % names.length]!;
  }

  toggle(): void {
    this.visible = !this.visible;
    this.publish();
  }

  setVisible(on: boolean): void {
    this.visible = on;
    this.publish();
  }

  /** The reset confirmation (only while an attempt is under way). */
  askReset(open: boolean): boolean {
    this.confirming = open && this.attempt !== null;
    this.publish();
    return this.confirming;
  }

  /**
   * Whether an objective's completion is one of the splits of the attempt under way (its
   * category's split list, which need not be one per objective). With no attempt, every
   * objective is.
   */
  isSplit(objectiveId: string): boolean {
    const a = this.attempt;
    return a === null || a.category.splits.some((s) => s.objective === objectiveId);
  }

  get running(): boolean {
    return this.attempt !== null;
  }

  closeResults(): void {
    this.results = null;
    this.publish();
  }

  /** What the panel lists of a board: PB, Sum of Best, attempts and the newest ones. */
  private boardView(c: Category | undefined, difficulty: string): SpeedrunView['board'] {
    const board = c ? this.o.boards.get(boardKey(c.id, difficulty)) : undefined;
    const ids = c?.splits.map((x) => x.id) ?? [];
    return {
      attempts: board?.attempts ?? 0,
      pb: board?.pb ? formatTime(board.pb.igtTicks) : null,
      pbReplayId: board?.pb?.replayId ?? null,
      sumOfBest: formatTime(board ? sumOfBest(ids, board.bestSegments) : null),
      history: (board?.history ?? [])
        .slice(-HISTORY_SHOWN)
        .reverse()
        .map((h) => ({
          n: h.n,
          date: h.at,
          result: h.result,
          igt: formatTime(h.igtTicks),
          rta: h.rtaMs === null ? null : formatTime(Math.round((h.rtaMs * 60) / 1000)),
          flags: [...h.flags],
        })),
    };
  }

  private difficultyName(id: string): string {
    return categoriesOf(this.o.script).difficulty.values.find((v) => v.id === id)?.name ?? id;
  }

  private comparisonFor(category: Category, board: Board): Comparison {
    const name = this.comparisonName();
    const ids = category.splits.map((s) => s.id);
    const bot = autopilotCategory(this.o.script);
    if (name === 'Best Segments') return bestSegmentsComparison(ids, board);
    if (name === 'Average')
      return averageComparison(ids, board, (a) => eligible(a.flags, category.id, bot));
    // An imported comparison races only the category it was loaded for; elsewhere the PB.
    const imported = this.imported.find(
      (c) => c.name === name && (c.categoryId === undefined || c.categoryId === category.id),
    );
    return imported ?? pbComparison(board);
  }

  /** Publishes the panel's view (call a few times a second and on every change). */
  publish(): void {
    const a = this.attempt ?? this.ended?.attempt ?? null;
    if (!a) {
      this.o.store.setState({ speedrun: this.view(null) });
      return;
    }
    // The bot took over mid-run: the attempt is the Autopilot category's from now on.
    if (this.attempt && this.o.autopilot() && !a.flags.has('autopilot')) {
      a.flags.add('autopilot');
      const bot = categoryById(this.o.script, autopilotCategory(this.o.script));
      if (bot) a.category = bot;
    }
    const running = this.attempt !== null;
    const board = running
      ? (this.o.boards.get(boardKey(a.category.id, a.difficulty)) ?? emptyBoard())
      : this.ended!.board;
    const session = a.session;
    let times: SplitTimes;
    let elapsed: number;
    if (running) {
      const origin = session.mission.acceptedAt ?? session.tick;
      const done = new Map(
        objectiveStates(session.ctx.script, session.mission).map((o) => [o.id, o.completedAtTick]),
      );
      times = {};
      for (const s of a.category.splits) {
        const t = done.get(s.objective);
        times[s.id] = t === null || t === undefined ? null : t - origin;
      }
      elapsed = session.igtTicks();
    } else {
      times = this.ended!.times;
      elapsed = this.ended!.igtTicks;
    }
    const flags = [...a.flags].sort();
    const counts = eligible(flags, a.category.id, autopilotCategory(this.o.script));
    // The attempt under way is the next one on its board; an ended one is already booked.
    const attempt = running ? board.attempts + 1 : this.ended!.n;
    const comparison = this.comparisonFor(a.category, board);
    const live = liveSplits({
      splits: a.category.splits,
      times,
      elapsed,
      running,
      comparison,
      bestSegments: board.bestSegments,
      counts,
    });
    const rows: SplitRowView[] = live.rows.map((r) => ({
      id: r.id,
      title: r.title,
      group: r.group,
      state: r.state,
      comparison: formatTime(r.comparison),
      time: r.time === null ? '' : formatTime(r.time),
      deltaMs: r.delta === null ? null : deltaMs(r.delta),
      delta: r.delta === null ? '' : formatDelta(r.delta),
      gold: r.gold,
      colour: r.colour,
    }));
    const groups: SplitGroupView[] = [];
    for (const r of rows) {
      const last = groups.at(-1);
      const split = a.category.splits.find((s) => s.id === r.id)!;
      if (last && last.id === r.group) last.rows.push(r);
      else
        groups.push({
          id: r.group,
          title: split.groupTitle,
          collapsed: true,
          state: 'pending',
          rows: [r],
        });
    }
    for (const g of groups) {
      g.state = g.rows.some((r) => r.state === 'current')
        ? 'current'
        : g.rows.every((r) => r.state === 'done')
          ? 'done'
          : 'pending';
      // Like LiveSplit's subsplits: only the current step is open; the others show one row.
      g.collapsed = g.state !== 'current' && g.rows.length > 1;
    }
    const f = live.footer;
    this.o.store.setState({
      speedrun: {
        ...this.view(a),
        attempt,
        running,
        igt: formatTime(elapsed),
        igtTicks: elapsed,
        flags,
        counts,
        groups,
        footer: {
          previousSegment: formatDelta(f.previousSegment),
          previousSegmentMs: f.previousSegment === null ? null : deltaMs(f.previousSegment),
          previousGold: f.previousGold,
          possibleTimeSave: formatTime(f.possibleTimeSave),
          sumOfBest: formatTime(f.sumOfBest),
          bestPossible: formatTime(f.bestPossible),
        },
      },
    });
  }

  private view(a: Attempt | null): SpeedrunView {
    const chosen = this.chosen();
    const c = a?.category ?? categoryById(this.o.script, chosen);
    const difficulty = a?.difficulty ?? categoriesOf(this.o.script).difficulty.default;
    return {
      visible: this.visible,
      category: c?.id ?? chosen,
      categoryName: c?.name ?? chosen,
      difficulty,
      difficultyName: this.difficultyName(difficulty),
      attempt: (this.o.boards.get(boardKey(c?.id ?? chosen, difficulty))?.attempts ?? 0) + 1,
      running: false,
      igt: formatTime(0),
      igtTicks: 0,
      comparison: this.comparisonName(),
      comparisons: this.comparisonNames(),
      flags: [],
      counts: true,
      groups: [],
      footer: {
        previousSegment: '—',
        previousSegmentMs: null,
        previousGold: false,
        possibleTimeSave: '—',
        sumOfBest: '—',
        bestPossible: '—',
      },
      confirmReset: this.confirming,
      results: this.results,
      categories: playerCategories(this.o.script).map((x) => ({
        id: x.id,
        name: x.name,
        rules: x.rules,
      })),
      chosen,
      board: this.boardView(c, difficulty),
    };
  }
}

/**
 * Checks an imported captain's PB replays: each PB stands only when the file holds its replay,
 * the replay is of that board (category and difficulty), complete in the PB's time, and
 * verifies by re-simulation here. Those that do are kept in the captain's library (`keep`
 * returns the new id); the boards of the others are named in `dropped`.
 */
export async function verifyPbReplays(
  boards: Readonly<Record<string, Pick<Board, 'pb'>>>,
  replays: Record<string, unknown>,
  verify: (record: RunRecord) => boolean,
  keep: (record: RunRecord) => Promise<string>,
): Promise<{ kept: Record<string, string>; dropped: string[] }> {
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  const { parseRecord } = await loadChecks();
  for (const key of Object.keys(boards).sort()) {
    const pb = boards[key]!.pb;
    if (!pb) continue;
    const raw =
      pb.replayId !== null && Object.hasOwn(replays, pb.replayId)
        ? replays[pb.replayId]
        : undefined;
    const parsed = raw === undefined ? null : parseRecord(raw);
    const r = parsed?.ok ? parsed.record : null;
    const fits =
      r !== null &&
      boardKey(r.run.category, r.run.difficulty) === key &&
      r.result.status === 'complete' &&
      r.result.igtTicks === pb.igtTicks &&
      verify(r);
    if (fits) kept[key] = await keep(r);
    else dropped.push(key);
  }
  return { kept, dropped };
}
