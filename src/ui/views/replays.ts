/**
 * Runs as records: the replay library window (R), the viewer's controls while a record plays
 * (phase 'replay') and the ghost's split delta during play. These views only read the store and
 * call its actions; recording, playback and drawing the ghost belong to the application layer.
 */
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { type ReplayEntryView, VIEWER_SPEEDS } from '../../store/hud';
import { deltaSign, deltaText, localDate, speedLabel } from '../format';
import { noFocus, type View } from './context';
import { submitRunView } from './leaderboard';

/** What the file input offers: plain or gzipped run records. */
export const REPLAY_FILE_ACCEPT = '.json,.gz,application/json,application/gzip';

const STATUS_LABEL: Record<ReplayEntryView['status'], string> = {
  complete: 'Complete',
  reset: 'Reset',
  failed: 'Failed',
  abandoned: 'Abandoned',
};

const FLAG_LABEL: Record<string, string> = {
  autopilot: 'Autopilot',
  resumed: 'Resumed',
  practice: 'Practice',
};

const statusLabel = (status: string): string =>
  STATUS_LABEL[status as ReplayEntryView['status']] ?? status;

/** One line that tells records apart for buttons and the ghost note ("Any% · Complete · …"). */
const recordSummary = (e: ReplayEntryView): string =>
  `${e.category}, ${statusLabel(e.status)}, ${e.igt}, ${localDate(e.date)}`;

function entryView(v: View, e: ReplayEntryView) {
  const { s, ui, cmd } = v;
  const a = s.actions;
  const isGhost = s.replays.ghostId === e.id;
  const confirming = ui.confirmDelete === e.id;
  const what = recordSummary(e);
  return html`<li
    class="replay-entry is-${e.status} ${isGhost ? 'is-ghost' : ''}"
    data-testid="replay-entry"
    data-replay-id=${e.id}
    data-status=${e.status}
    data-ghost=${String(isGhost)}
  >
    <div class="replay-info">
      <div class="replay-line">
        <time class="replay-date" datetime=${e.date}>${localDate(e.date)}</time>
        <span class="replay-category" data-testid="replay-category">${e.category}</span>
        <span class="replay-difficulty" data-testid="replay-difficulty">${e.difficulty}</span>
      </div>
      <div class="replay-line">
        <span class="replay-status status-${e.status}" data-testid="replay-status">${statusLabel(e.status)}</span>
        <time class="replay-igt" data-testid="replay-igt" title="In-game time">${e.igt}</time>
        ${e.pb ? html`<span class="badge badge-pb" data-testid="replay-pb" title="Personal best">PB</span>` : nothing}
        ${e.flags.map(
          (f) =>
            html`<span class="badge badge-flag" data-testid="replay-flag" data-flag=${f}>${FLAG_LABEL[f] ?? f}</span>`,
        )}
        ${
          e.imported
            ? html`<span class="badge badge-imported" data-testid="replay-imported" title="Loaded from a file">Imported</span>`
            : nothing
        }
        ${isGhost ? html`<span class="badge badge-ghost" data-testid="replay-ghost-mark">Ghost</span>` : nothing}
      </div>
    </div>
    <div class="replay-actions">
      <button type="button" class="btn btn-small btn-primary" data-testid="replay-watch" aria-label=${`Watch: ${what}`} @click=${() => a.watchReplay(e.id)}>
        Watch
      </button>
      <button type="button" class="btn btn-small" data-testid="replay-download" aria-label=${`Download: ${what}`} @click=${() => a.downloadReplay(e.id)}>
        Download
      </button>
      ${e.status === 'complete' ? submitRunView(v, e.id) : nothing}
      <button
        type="button"
        class="btn btn-small ${isGhost ? 'is-on' : ''}"
        data-testid="replay-ghost"
        aria-pressed=${String(isGhost)}
        aria-label=${`Race as ghost: ${what}`}
        @click=${() => a.chooseGhost(isGhost ? null : e.id)}
      >
        ${isGhost ? '✓ Ghost' : 'Race as ghost'}
      </button>
      ${
        confirming
          ? html`<span class="replay-confirm" role="alert">${e.pb ? 'Delete this personal best for good?' : 'Delete for good?'}</span>`
          : nothing
      }
      <button
        type="button"
        class="btn btn-small btn-danger ${confirming ? 'is-confirming' : ''}"
        data-testid="replay-delete"
        data-confirm=${String(confirming)}
        aria-label=${confirming ? `Confirm delete: ${what}` : `Delete: ${what}`}
        @click=${() => {
          if (!confirming) {
            cmd.setConfirmDelete(e.id);
            return;
          }
          cmd.setConfirmDelete(null);
          a.deleteReplay(e.id);
        }}
      >
        ${confirming ? 'Yes, delete' : 'Delete'}
      </button>
      ${
        confirming
          ? html`<button type="button" class="btn btn-small" data-testid="replay-delete-cancel" @click=${() => cmd.setConfirmDelete(null)}>
            Keep
          </button>`
          : nothing
      }
    </div>
  </li>`;
}

function ghostSettings({ s }: View) {
  const r = s.replays;
  const chosen = r.ghostId === null ? null : r.entries.find((e) => e.id === r.ghostId);
  const source =
    r.ghostId === null
      ? 'your personal best of the category you run'
      : chosen
        ? recordSummary(chosen)
        : 'a chosen record';
  return html`<div class="replays-ghost" data-testid="ghost-settings">
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="ghost-toggle"
        .checked=${r.ghostEnabled}
        @change=${(e: Event) => s.actions.setGhostEnabled((e.target as HTMLInputElement).checked)}
      />
      <span>Race a ghost while playing</span>
    </label>
    <span class="note replays-ghost-source" data-testid="ghost-source">Ghost: ${source}</span>
    <button
      type="button"
      class="btn btn-small"
      data-testid="ghost-use-pb"
      ?disabled=${r.ghostId === null}
      @click=${() => s.actions.chooseGhost(null)}
    >
      Use my personal best
    </button>
  </div>`;
}

/** The file input behind a visible button; a drop on the page ends in the same action. */
function openFileButton({ s }: View) {
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) s.actions.openReplayFile(file);
  };
  return html`<label class="btn btn-file">
    Open replay file…
    <input
      type="file"
      accept=${REPLAY_FILE_ACCEPT}
      data-testid="replay-open"
      class="visually-hidden"
      @change=${pick}
    />
  </label>`;
}

/** What the `.lss` file input offers. */
export const LSS_FILE_ACCEPT = '.lss,.xml,application/xml,text/xml';

/** LiveSplit: export the captain's splits of a category, or import an `.lss` to race. */
function liveSplitFiles({ s }: View) {
  const l = s.lss;
  if (l.categories.length === 0) return nothing;
  const a = s.actions;
  const pick = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) a.importLss(file);
  };
  return html`<div class="replays-lss" data-testid="lss">
    <span class="replays-lss-title">LiveSplit</span>
    <label class="lss-choice">
      <span class="visually-hidden">Category</span>
      <select
        data-testid="lss-category"
        aria-label="Category"
        .value=${l.category}
        @change=${(e: Event) => a.chooseLss((e.target as HTMLSelectElement).value, l.difficulty)}
      >
        ${l.categories.map((c) => html`<option value=${c.id} ?selected=${c.id === l.category}>${c.name}</option>`)}
      </select>
    </label>
    <label class="lss-choice">
      <span class="visually-hidden">Difficulty</span>
      <select
        data-testid="lss-difficulty"
        aria-label="Difficulty"
        .value=${l.difficulty}
        @change=${(e: Event) => a.chooseLss(l.category, (e.target as HTMLSelectElement).value)}
      >
        ${l.difficulties.map((d) => html`<option value=${d.id} ?selected=${d.id === l.difficulty}>${d.name}</option>`)}
      </select>
    </label>
    <button
      type="button"
      class="btn btn-small"
      data-testid="export-lss"
      title="Your attempts of this category as a LiveSplit splits file (.lss)"
      @click=${() => a.exportLss()}
    >
      Export .lss
    </button>
    <label class="btn btn-small btn-file" title="Race the personal best of a LiveSplit splits file">
      Import .lss…
      <input
        type="file"
        accept=${LSS_FILE_ACCEPT}
        data-testid="import-lss"
        class="visually-hidden"
        @change=${pick}
      />
    </label>
    ${
      l.comparison
        ? html`<span class="note" data-testid="lss-comparison" data-matched=${l.comparison.matched}>
          Comparison: ${l.comparison.name} (${l.comparison.matched} of ${l.comparison.total} splits)
        </span>`
        : nothing
    }
    ${l.error ? html`<p class="form-error" role="alert" data-testid="lss-error">${l.error}</p>` : nothing}
    ${l.message ? html`<p class="replays-message" role="status" data-testid="lss-message">${l.message}</p>` : nothing}
  </div>`;
}

export function replayLibraryView(v: View) {
  const { s } = v;
  const r = s.replays;
  return html`<div class="backdrop backdrop-window">
    <section
      class="dialog window replays"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-replays-title"
      data-testid="replays"
      data-modal="replays"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Runs as records</span>
        <h1 id="sto-replays-title" class="dialog-title">Replays</h1>
      </header>
      <div class="dialog-body">
        ${r.keepNote ? html`<p class="note replays-keep" data-testid="replays-keep">${r.keepNote}</p>` : nothing}
        ${r.error ? html`<p class="form-error replays-error" role="alert" data-testid="replays-error">${r.error}</p>` : nothing}
        <div class="replays-status" role="status">
          ${r.message ? html`<p class="replays-message" data-testid="replays-message">${r.message}</p>` : nothing}
        </div>
        ${ghostSettings(v)}
        ${liveSplitFiles(v)}
        ${
          r.entries.length > 0
            ? html`<ul class="replay-list" aria-label="Recorded runs">
              ${repeat(
                r.entries,
                (e) => e.id,
                (e) => entryView(v, e),
              )}
            </ul>`
            : html`<p class="replays-empty" data-testid="replays-empty">
              No runs recorded yet. Every attempt you play is kept here, finished or not; you can
              also open a replay file.
            </p>`
        }
      </div>
      <footer class="dialog-foot">
        <span class="hint">or drop a <code>.replay.json(.gz)</code> file on the page</span>
        ${openFileButton(v)}
        <button
          type="button"
          class="btn"
          data-testid="replays-close"
          data-autofocus
          @click=${() => s.actions.openReplays(false)}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`;
}

/** The next or previous playback speed from VIEWER_SPEEDS, or null at either end. */
export function nextSpeed(current: number, direction: 1 | -1): number | null {
  const speeds: readonly number[] = VIEWER_SPEEDS;
  if (direction > 0) return speeds.find((x) => x > current) ?? null;
  return [...speeds].reverse().find((x) => x < current) ?? null;
}

/** The viewer's control bar: seek bar with objective marks, transport, speed and camera. */
export function replayViewerView({ s }: View) {
  const v = s.viewer;
  if (!v) return nothing;
  const a = s.actions;
  const span = Math.max(1, v.endTick - v.startTick);
  const at = (tick: number) => Math.min(1, Math.max(0, (tick - v.startTick) / span)).toFixed(4);
  return html`<section
    class="panel replay-viewer"
    data-testid="replay-viewer"
    data-modal="viewer"
    data-playing=${String(v.playing)}
    aria-label=${`Replay controls: ${v.title}`}
  >
    <header class="viewer-head">
      <span class="viewer-kicker">Replay</span>
      <span class="viewer-title" data-testid="replay-title">${v.title}</span>
      <span class="viewer-time" data-testid="replay-time">
        <span class="viewer-igt">${v.igt}</span>
        <span class="viewer-tick">tick ${v.tick}</span>
      </span>
      <button
        type="button"
        class="viewer-close"
        data-testid="replay-close"
        aria-label="Close replay"
        aria-keyshortcuts="Escape"
        title="Close replay (Esc)"
        @mousedown=${noFocus}
        @click=${() => a.closeViewer()}
      >
        ×
      </button>
    </header>
    <div class="viewer-track">
      <div class="viewer-marks">
        ${v.marks.map(
          (m) => html`<button
            type="button"
            class="viewer-mark"
            data-testid="replay-mark"
            data-tick=${m.tick}
            style=${`--at:${at(m.tick)}`}
            title=${m.title}
            aria-label=${m.title}
            tabindex="-1"
            @mousedown=${noFocus}
            @click=${() => a.viewerSeek(m.tick)}
          ></button>`,
        )}
      </div>
      <input
        type="range"
        class="viewer-seek"
        data-testid="replay-seek"
        aria-label="Seek"
        min=${v.startTick}
        max=${v.endTick}
        step="1"
        .value=${String(v.tick)}
        aria-valuetext=${`${v.igt}, tick ${v.tick}`}
        @input=${(e: Event) => a.viewerSeek(Number((e.target as HTMLInputElement).value))}
      />
    </div>
    <div class="viewer-controls">
      <button
        type="button"
        class="btn btn-small viewer-btn"
        data-testid="replay-step-back"
        aria-label="Step back one tick"
        aria-keyshortcuts="ArrowLeft"
        title="Step back one tick (←; Shift+← 5 s)"
        @mousedown=${noFocus}
        @click=${() => a.viewerStep(-1)}
      >
        ◂ Step
      </button>
      <button
        type="button"
        class="btn btn-small btn-primary viewer-play"
        data-testid="replay-play"
        data-autofocus
        aria-label=${v.playing ? 'Pause' : 'Play'}
        aria-keyshortcuts="Space"
        title=${v.playing ? 'Pause (Space)' : 'Play (Space)'}
        @mousedown=${noFocus}
        @click=${() => a.viewerPlay(!v.playing)}
      >
        ${v.playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        class="btn btn-small viewer-btn"
        data-testid="replay-step-forward"
        aria-label="Step forward one tick"
        aria-keyshortcuts="ArrowRight"
        title="Step forward one tick (→; Shift+→ 5 s)"
        @mousedown=${noFocus}
        @click=${() => a.viewerStep(1)}
      >
        Step ▸
      </button>
      <button
        type="button"
        class="btn btn-small"
        data-testid="replay-next-split"
        aria-keyshortcuts="N"
        title="Jump to the next split (N)"
        @mousedown=${noFocus}
        @click=${() => a.viewerNextSplit()}
      >
        Next split
      </button>
      <label class="viewer-speed" title="Playback speed (+ / −)">
        <span class="viewer-label">Speed</span>
        <select
          data-testid="replay-speed"
          .value=${String(v.speed)}
          @change=${(e: Event) => a.viewerSpeed(Number((e.target as HTMLSelectElement).value))}
        >
          ${VIEWER_SPEEDS.map(
            (x) => html`<option value=${x} ?selected=${x === v.speed}>${speedLabel(x)}</option>`,
          )}
        </select>
      </label>
      <button
        type="button"
        class="btn btn-small"
        data-testid="replay-camera"
        data-camera=${v.camera}
        aria-keyshortcuts="C"
        title="Camera: follow the ship or look around freely (C)"
        @mousedown=${noFocus}
        @click=${() => a.viewerCamera(v.camera === 'follow' ? 'free' : 'follow')}
      >
        Camera: ${v.camera === 'follow' ? 'Follow' : 'Free'}
      </button>
    </div>
  </section>`;
}

/** The ghost's name and the split delta, in LiveSplit's ahead/behind colours. */
export function ghostDeltaView({ s }: View) {
  const g = s.ghost;
  if (!g) return nothing;
  const sign = deltaSign(g.deltaMs);
  const words = { behind: 'behind', ahead: 'ahead', even: 'even', none: 'no split yet' }[sign];
  return html`<section
    class="panel ghost-delta is-${sign}"
    data-testid="ghost-delta"
    data-sign=${sign}
    aria-label="Ghost"
  >
    <span class="ghost-kicker">Ghost</span>
    <span class="ghost-name" data-testid="ghost-name">${g.name}</span>
    <span class="ghost-value" data-testid="ghost-value" title="Delta at the last split">${deltaText(g.deltaMs)}</span>
    <span class="visually-hidden">${words}</span>
    ${g.elsewhere ? html`<span class="ghost-where" data-testid="ghost-elsewhere">(elsewhere)</span>` : nothing}
  </section>`;
}
