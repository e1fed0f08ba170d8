/**
 * The replay features in one place for the browser: the run library (every attempt kept per
 * captain), recording, the viewer, ghosts, record files (open, drop, download), and the
 * library's view in the HUD store.
 */

import type { GameHost } from '../session/host';
import { formatIgt } from '../session/Session';
import { type RunRecord, recordFileName } from '../speedrun/recordFormat';
import { compatibility, type GameEnv } from '../speedrun/verify';
import type { HudStore, ReplayEntryView, ReplayLibraryView } from '../store/hud';
import { loadChecks } from './checks';
import { Ghost } from './ghost';
import { Recording, type RecordingOptions } from './recording';
import {
  isClean,
  KEEP_LAST,
  metaOf,
  personalBests,
  type RunLibrary,
  type RunMeta,
} from './runLibrary';
import { ReplayViewer } from './viewer';

/** A gzipped record file may be at most this big before it is unzipped. */
const MAX_FILE_BYTES = 1_000_000;
const MAX_TEXT_BYTES = 1_000_000;

export interface ReplaysOptions {
  env: GameEnv;
  host: GameHost;
  store: HudStore;
  library: RunLibrary;
  /** False when records live only in memory (IndexedDB refused). */
  persistent: boolean;
  owner(): { key: string; name: string; guest: boolean };
  /** The viewer starts or stops (the controller changes phase, the recorder pauses). */
  onViewer(active: boolean): void;
  download(name: string, blob: Blob): void;
  /** Attempts as they begin, end and are kept (the speedrun splits and boards). */
  attempts?: Pick<RecordingOptions, 'category' | 'onBegin' | 'onEnd'> & {
    onKept(id: string, record: RunRecord): void;
  };
}

export class Replays {
  readonly recording: Recording;
  readonly viewer: ReplayViewer;
  readonly ghost: Ghost;
  /** Records opened from files this visit, by id. */
  private readonly imported = new Map<string, RunRecord>();
  private importSeq = 0;
  private ghostToken = 0;
  private entries: RunMeta[] = [];

  constructor(private readonly o: ReplaysOptions) {
    this.ghost = new Ghost(o.env);
    this.recording = new Recording({
      library: o.library,
      missionHash: o.env.missionHash,
      owner: () => {
        const w = o.owner();
        return { key: w.key, name: w.name };
      },
      autopilot: () => o.host.autopilot,
      now: () => performance.now(),
      isoDate: () => new Date().toISOString(),
      onKept: (id, record, error) => {
        if (error) this.patch({ error: `This attempt could not be kept: ${error}.` });
        if (id && record.result.status === 'complete') o.store.setState({ lastRunId: id });
        if (id) o.attempts?.onKept(id, record);
        void this.refresh();
      },
      ...(o.attempts?.category ? { category: o.attempts.category } : {}),
      ...(o.attempts?.onBegin ? { onBegin: o.attempts.onBegin } : {}),
      ...(o.attempts?.onEnd ? { onEnd: o.attempts.onEnd } : {}),
    });
    this.viewer = new ReplayViewer({
      env: o.env,
      host: o.host,
      store: o.store,
      onActive: (active) => {
        this.recording.enabled = !active;
        o.onViewer(active);
      },
    });
    o.host.afterTick.add(this.recording.tick);
    o.host.afterTick.add(this.ghost.tick);
  }

  private patch(p: Partial<ReplayLibraryView>) {
    const s = this.o.store.getState();
    this.o.store.setState({ replays: { ...s.replays, ...p } });
  }

  /** Re-reads the active owner's library into the store. */
  async refresh(): Promise<void> {
    const owner = this.o.owner();
    try {
      this.entries = await this.o.library.list(owner.key);
    } catch (e) {
      this.entries = [];
      this.patch({ error: `The replay library could not be read: ${(e as Error).message}` });
    }
    const pbs = personalBests(this.entries);
    const view = (m: RunMeta): ReplayEntryView => ({
      id: m.id,
      date: m.startedAt,
      category: m.category,
      difficulty: m.difficulty,
      status: m.status,
      igt: formatIgt(m.igtTicks),
      igtTicks: m.igtTicks,
      flags: m.flags,
      pb: pbs.has(m.id),
      imported: m.imported,
    });
    const importedViews = [...this.imported.entries()].map(([id, r]) =>
      view(metaOf(id, '', r, false, true)),
    );
    this.patch({
      entries: [...importedViews, ...this.entries.map(view)],
      keepNote: !this.o.persistent
        ? 'This browser refused storage: attempts are kept until the page is closed.'
        : owner.guest
          ? 'As a guest, your attempts are kept for this browser session only. Create a captain to keep them.'
          : `The last ${KEEP_LAST} attempts and every personal best are kept for ${owner.name}.`,
    });
  }

  async record(id: string): Promise<RunRecord | undefined> {
    return this.imported.get(id) ?? (await this.o.library.get(id));
  }

  async watch(id: string): Promise<void> {
    const r = await this.record(id);
    if (!r) {
      this.patch({ error: 'That record is no longer in the library.' });
      return;
    }
    // A record that starts from a saved state (practice) restores it: that needs the checks.
    await loadChecks();
    const problem = compatibility(r, this.o.env);
    const error = problem
      ? `This replay cannot be played: ${problem}.`
      : this.viewer.open(r, titleOf(r));
    if (error) this.patch({ error });
    else this.patch({ open: false, error: null, message: null });
  }

  async download(id: string): Promise<void> {
    const r = await this.record(id);
    if (!r) return;
    this.o.download(recordFileName(r), await gzip(JSON.stringify(r)));
  }

  async remove(id: string): Promise<void> {
    if (this.imported.delete(id)) {
      await this.refresh();
      return;
    }
    await this.o.library.remove(this.o.owner().key, id);
    if (this.o.store.getState().lastRunId === id) this.o.store.setState({ lastRunId: null });
    if (this.o.store.getState().replays.ghostId === id) this.patch({ ghostId: null });
    this.patch({ message: 'The record was deleted.', error: null });
    await this.refresh();
  }

  /** A file from the file input or a drop: checked in full before anything changes. */
  async openFile(file: Blob & { name?: string }): Promise<void> {
    const name = file.name ?? 'the file';
    const text = await readRecordBlob(file);
    if (typeof text !== 'string') {
      this.patch({ error: `${name}: ${text.problem}`, message: null });
      return;
    }
    const { parseRecordText } = await loadChecks();
    const parsed = parseRecordText(text);
    if (!parsed.ok) {
      const p = parsed.problems[0]!;
      this.patch({ error: `${name}: ${p.path}: ${p.message}`, message: null });
      return;
    }
    const problem = compatibility(parsed.record, this.o.env);
    if (problem) {
      this.patch({ error: `${name}: this replay cannot be played: ${problem}.`, message: null });
      return;
    }
    const id = `file-${++this.importSeq}`;
    this.imported.set(id, parsed.record);
    this.patch({ error: null, message: `${name} loaded: watch it or race it as a ghost.` });
    await this.refresh();
  }

  /** A record from elsewhere (a leaderboard) joins the library as imported; returns its id. */
  async addRecord(id: string, record: RunRecord): Promise<string | null> {
    const problem = compatibility(record, this.o.env);
    if (problem) return `this replay cannot be played: ${problem}`;
    this.imported.set(id, record);
    await this.refresh();
    return null;
  }

  /**
   * At the start of a run: races the chosen record, or the captain's best complete run of the
   * same category and difficulty. Loading is asynchronous; the ghost joins at the current tick.
   */
  async chooseGhostFor(category: string, difficulty: string): Promise<void> {
    this.ghost.clear();
    const token = ++this.ghostToken;
    const s = this.o.store.getState().replays;
    if (!s.ghostEnabled) return;
    let id = s.ghostId;
    if (!id) {
      const best = this.entries
        .filter(
          (m) =>
            m.category === category && m.difficulty === difficulty && isClean(m) && !m.imported,
        )
        .sort((a, b) => a.igtTicks - b.igtTicks)[0];
      id = best?.id ?? null;
    }
    if (!id) return;
    const r = await this.record(id);
    if (r?.start) await loadChecks();
    // A later choice (or the setting turned off) while this one was loading wins.
    if (token !== this.ghostToken || !this.o.store.getState().replays.ghostEnabled) return;
    if (!r || compatibility(r, this.o.env)) return;
    const name = `${r.run.runner ?? 'Ghost'} · ${formatIgt(r.result.igtTicks)}`;
    this.ghost.set(r, name, id);
    this.ghost.follow(this.o.host.session.tick);
  }
}

const titleOf = (r: RunRecord) =>
  `${r.run.runner ?? 'Guest'} · ${r.run.category} · ${r.run.difficulty} · ${r.result.status} · ${formatIgt(r.result.igtTicks)}`;

/** Gzip in the browser (CompressionStream); plain text where it is missing. */
export async function gzip(text: string): Promise<Blob> {
  if (typeof CompressionStream === 'undefined')
    return new Blob([text], { type: 'application/json' });
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Blob([await new Response(stream).arrayBuffer()], { type: 'application/gzip' });
}

/**
 * A record file's text: gzip (told by its magic bytes) is unzipped with a running byte count,
 * so a zip bomb stops at the limit; the text must be valid UTF-8.
 */
export async function readRecordBlob(file: Blob): Promise<string | { problem: string }> {
  if (file.size > MAX_FILE_BYTES) return { problem: 'the file is larger than any replay (1 MB)' };
  let bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    if (typeof DecompressionStream === 'undefined')
      return { problem: 'this browser cannot unzip files; open the plain .replay.json instead' };
    try {
      const reader = new Blob([bytes])
        .stream()
        .pipeThrough(new DecompressionStream('gzip'))
        .getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > MAX_TEXT_BYTES) {
          await reader.cancel();
          return { problem: 'it unzips to more than 1 MB, more than any replay (refused)' };
        }
        chunks.push(value);
      }
      bytes = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
    } catch {
      return { problem: 'not a valid gzip file' };
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'not valid UTF-8 text' };
  }
}
