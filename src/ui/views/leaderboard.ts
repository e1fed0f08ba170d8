/**
 * The leaderboard window (B) and the "Submit to leaderboard" control of the rewards dialog and
 * the replay library. Names and reasons from the server are shown as text (lit-html escapes
 * them); the views only read the store and call its actions.
 */
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { View } from './context';

/** The submit button and, once sent, where verification has got. */
export function submitRunView({ s }: View, replayId: string | null) {
  const l = s.leaderboard;
  if (!l.server || !replayId) return nothing;
  const sub = l.submissions[replayId];
  const busy = sub?.status === 'sending' || sub?.status === 'pending';
  return html`<span class="submit-run">
    <button
      type="button"
      class="btn btn-small"
      data-testid="submit-run"
      ?disabled=${busy || sub?.status === 'verified'}
      @click=${() => s.actions.submitRun(replayId)}
    >
      Submit to leaderboard
    </button>
    ${
      sub
        ? html`<span class="submit-status is-${sub.status}" role="status" data-testid="submit-status" data-status=${sub.status}
            >${sub.message}</span
          >`
        : nothing
    }
  </span>`;
}

export function leaderboardView({ s }: View) {
  const l = s.leaderboard;
  const a = s.actions;
  return html`<div class="backdrop backdrop-window">
    <section
      class="dialog window leaderboard"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-board-title"
      data-testid="leaderboard"
      data-modal="leaderboard"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Verified by re-simulation</span>
        <h1 id="sto-board-title" class="dialog-title">Leaderboard</h1>
      </header>
      <div class="dialog-body">
        <div class="board-filters">
          <label>
            <span>Category</span>
            <select
              data-testid="board-category"
              @change=${(e: Event) => a.showBoard((e.target as HTMLSelectElement).value, l.difficulty)}
            >
              ${l.categories.map((c) => html`<option value=${c} ?selected=${c === l.category}>${c}</option>`)}
            </select>
          </label>
          <label>
            <span>Difficulty</span>
            <select
              data-testid="board-difficulty"
              @change=${(e: Event) => a.showBoard(l.category, (e.target as HTMLSelectElement).value)}
            >
              ${l.difficulties.map((d) => html`<option value=${d} ?selected=${d === l.difficulty}>${d}</option>`)}
            </select>
          </label>
          <span class="note">${l.server}</span>
        </div>
        ${l.error ? html`<p class="form-error" role="alert" data-testid="board-error">${l.error}</p>` : nothing}
        ${l.loading ? html`<p class="note" data-testid="board-loading">Loading…</p>` : nothing}
        ${
          !l.loading && !l.error && l.entries.length === 0
            ? html`<p class="replays-empty" data-testid="board-empty">No verified runs on this board yet.</p>`
            : nothing
        }
        ${
          l.entries.length > 0
            ? html`<ol class="board-list" aria-label="Ranked runs">
              ${repeat(
                l.entries,
                (e) => e.runId,
                (e) => html`<li
                  class="board-entry ${e.mine ? 'is-mine' : ''}"
                  data-testid="board-entry"
                  data-mine=${String(e.mine)}
                  data-place=${e.place}
                  aria-current=${e.mine ? 'true' : 'false'}
                >
                  <span class="board-place">${e.place}</span>
                  <span class="board-runner" data-testid="board-runner">${e.runner}</span>
                  <time class="board-igt" data-testid="board-igt">${e.igt}</time>
                  <button type="button" class="btn btn-small" data-testid="board-watch" @click=${() => a.watchBoardEntry(e.runId)}>
                    Watch
                  </button>
                  <button type="button" class="btn btn-small" data-testid="board-ghost" @click=${() => a.raceBoardEntry(e.runId)}>
                    Race as ghost
                  </button>
                </li>`,
              )}
            </ol>`
            : nothing
        }
      </div>
      <footer class="dialog-foot">
        <span class="hint">${l.total} ${l.total === 1 ? 'runner' : 'runners'}</span>
        <button type="button" class="btn" data-testid="leaderboard-close" data-autofocus @click=${() => a.openLeaderboard(false)}>
          Close
        </button>
      </footer>
    </section>
  </div>`;
}
