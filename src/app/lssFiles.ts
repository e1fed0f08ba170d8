/**
 * LiveSplit files in the browser: the `.lss` of the captain's attempts of a category and
 * difficulty (attempt history, personal best split times, best segments, segment history, from
 * the run library's records), and an `.lss` chosen by the player read as a comparison.
 *
 * The export uses each record's own result: the game recorded those runs itself, and
 * re-simulating fifty of them in the page would take a minute (`npm run lss` verifies each one).
 */
import type { MissionScript } from '../mission/schema';
import type { Category } from '../speedrun/categories';
import { categoriesOf, categoryById } from '../speedrun/categories';
import type { LssComparison } from '../speedrun/lss';
import type { Board } from '../speedrun/splits';
import type { HudState, HudStore } from '../store/hud';
import type { RunLibrary } from './runLibrary';

/** The `.lss` reader and writer (with its XML code), loaded when a file is made or read. */
const loadLss = async () => {
  const [lss, runs] = await Promise.all([import('../speedrun/lss'), import('../speedrun/lssRuns')]);
  return { ...lss, ...runs };
};

/** An `.lss` bigger than this is refused before it is read. */
export const MAX_LSS_BYTES = 8_000_000;

export interface LssFilesOptions {
  script: MissionScript;
  store: HudStore;
  library: RunLibrary;
  owner(): { key: string };
  download(name: string, blob: Blob): void;
  /** The captain's board of a category and difficulty (attempt count, best segments), if any. */
  board?(category: string, difficulty: string): Board | undefined;
}

/** The comparison read from an `.lss`, with the category it was matched to. */
export interface ImportedComparison extends LssComparison {
  categoryId: string;
}

export class LssFiles {
  /** The last `.lss` read as a comparison (the splits panel races it when chosen). */
  comparison: ImportedComparison | null = null;

  constructor(private readonly o: LssFilesOptions) {}

  /** Puts the choices (categories, difficulties) and the current one in the store. */
  publish(): void {
    const all = categoriesOf(this.o.script);
    const had = this.o.store.getState().lss;
    const category = all.list.some((c) => c.id === had.category) ? had.category : all.list[0]!.id;
    const difficulty = all.difficulty.values.some((v) => v.id === had.difficulty)
      ? had.difficulty
      : all.difficulty.default;
    this.patch({
      categories: all.list.map((c) => ({ id: c.id, name: c.name })),
      difficulties: all.difficulty.values.map((v) => ({ id: v.id, name: v.name })),
      category,
      difficulty,
    });
  }

  choose(category: string, difficulty: string): void {
    this.patch({ category, difficulty, message: null, error: null });
    this.publish();
  }

  private current(): Category | undefined {
    return categoryById(this.o.script, this.o.store.getState().lss.category);
  }

  /** The `.lss` of the chosen category and difficulty, or null with the reason. */
  async build(): Promise<{ name: string; text: string; attempts: number } | { problem: string }> {
    const category = this.current();
    const { difficulty } = this.o.store.getState().lss;
    if (!category) return { problem: 'Choose a category first.' };
    const script = this.o.script;
    const owner = this.o.owner().key;
    const { lssAttemptOf, lssFileName, lssOfAttempts, recordMisfit } = await loadLss();
    const attempts = [];
    for (const meta of await this.o.library.list(owner)) {
      if (meta.imported) continue;
      const record = await this.o.library.get(meta.id);
      if (!record || recordMisfit(script, category, record, difficulty) !== null) continue;
      const started = Date.parse(record.run.startedAt);
      const ended =
        record.timing && Number.isFinite(started)
          ? new Date(started + record.timing.rtaMs).toISOString()
          : undefined;
      attempts.push(
        lssAttemptOf(
          category,
          record,
          { ...record.result, complete: record.result.status === 'complete' },
          ended,
        ),
      );
    }
    const level = categoriesOf(script).difficulty.values.find((v) => v.id === difficulty);
    if (attempts.length === 0)
      return {
        problem: `No attempt of ${category.name} on ${level?.name ?? difficulty} is kept yet: there is nothing to export.`,
      };
    // The board counts every attempt and keeps the best segments of all of them; the library
    // keeps only the newest 50 records and every PB.
    const board = this.o.board?.(category.id, difficulty);
    const attemptCount = Math.max(attempts.length, board?.attempts ?? 0);
    return {
      name: lssFileName(script, category),
      text: lssOfAttempts(
        script,
        category,
        difficulty,
        attempts,
        board ? { attemptCount, bestSegments: board.bestSegments } : undefined,
      ),
      attempts: attemptCount,
    };
  }

  async exportFile(): Promise<void> {
    try {
      const built = await this.build();
      if ('problem' in built) {
        this.patch({ error: built.problem, message: null });
        return;
      }
      this.o.download(built.name, new Blob([built.text], { type: 'application/xml' }));
      this.patch({
        error: null,
        message: `${built.name} saved with ${built.attempts} attempt${built.attempts === 1 ? '' : 's'}. Open it in LiveSplit with Open Splits.`,
      });
    } catch (e) {
      this.patch({ error: `The splits file could not be made: ${errorText(e)}.`, message: null });
    }
  }

  /** Reads an `.lss` as a comparison for the chosen category; a file that is not one is refused. */
  async importFile(file: Blob & { name?: string }): Promise<void> {
    const name = file.name ?? 'The file';
    const category = this.current();
    if (!category) return;
    if (file.size > MAX_LSS_BYTES) {
      this.patch({ error: `${name} is too big to be a splits file.`, message: null });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.patch({ error: `${name} could not be read: ${errorText(e)}.`, message: null });
      return;
    }
    const { readLss, lssComparison } = await loadLss();
    const read = readLss(text);
    if (!read.ok) {
      this.patch({ error: `${name} was not loaded. ${read.message}`, message: null });
      return;
    }
    const cmp = lssComparison(read.run, category.splits);
    const matched = category.splits.filter((s) => cmp.splitTimes[s.id] != null).length;
    if (matched === 0) {
      this.patch({
        error: `${name} was not loaded: none of its segments matches a split of ${category.name}.`,
        message: null,
      });
      return;
    }
    this.comparison = { ...cmp, categoryId: category.id };
    this.patch({
      error: null,
      message: `${name} loaded as a comparison for ${category.name}${read.run.realTimeOnly ? ' (it has real time only: those times are used)' : ''}.`,
      comparison: {
        name: cmp.name,
        categoryId: category.id,
        splitTimes: cmp.splitTimes,
        matched,
        total: category.splits.length,
      },
    });
  }

  private patch(patch: Partial<HudState['lss']>): void {
    this.o.store.setState({ lss: { ...this.o.store.getState().lss, ...patch } });
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
