/**
 * Speedrun mode's views: the splits panel (K) in LiveSplit's manner, the question before a
 * reset, and the results of a finished run in the rewards dialog. They only read the store and
 * call its actions; timing, comparisons and boards belong to the application layer.
 */
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { SplitGroupView, SplitRowView } from '../../store/hud';
import { keyLabel, localDate } from '../format';
import { noFocus, type View } from './context';

const FLAG_LABEL: Record<string, string> = {
  autopilot: 'Autopilot',
  resumed: 'Resumed',
  practice: 'Practice',
};

function rowView(r: SplitRowView, head?: SplitGroupView) {
  const title = head ? head.title : r.title;
  return html`<li
    class="split is-${r.state} ${r.colour ? `is-${r.colour}` : ''} ${r.gold ? 'is-gold' : ''} ${head ? 'is-group' : ''}"
    data-testid="split"
    data-split-id=${r.id}
    data-state=${r.state}
    data-delta-ms=${r.deltaMs === null ? nothing : String(r.deltaMs)}
    data-gold=${r.gold ? 'true' : 'false'}
    data-colour=${r.colour ?? nothing}
  >
    <span class="split-title" title=${title}>${title}</span>
    <span class="split-delta">${r.delta}</span>
    <span class="split-time">${r.state === 'done' ? r.time : r.comparison}</span>
  </li>`;
}

/** A step: its rows when open; one row (its last split) when collapsed, like a subsplit group. */
function groupView(g: SplitGroupView) {
  if (g.collapsed) {
    const last = g.rows.at(-1)!;
    return html`<li class="split-group is-collapsed" data-testid="split-group" data-group-id=${g.id} data-collapsed="true">
      <ul class="split-rows">${rowView(last, g)}</ul>
      <ul class="split-rows is-hidden" hidden>
        ${repeat(
          g.rows.slice(0, -1),
          (r) => r.id,
          (r) => rowView(r),
        )}
      </ul>
    </li>`;
  }
  return html`<li class="split-group" data-testid="split-group" data-group-id=${g.id} data-collapsed="false">
    ${g.rows.length > 1 ? html`<div class="split-group-title">${g.title}</div>` : nothing}
    <ul class="split-rows">
      ${repeat(
        g.rows,
        (r) => r.id,
        (r) => rowView(r),
      )}
    </ul>
  </li>`;
}

export function splitsView({ s }: View) {
  const v = s.speedrun;
  if (!v?.visible || s.phase === 'replay') return nothing;
  const a = s.actions;
  const b = s.settings.bindings;
  const f = v.footer;
  const sign =
    f.previousSegmentMs === null ? '' : f.previousSegmentMs > 0 ? 'is-behind' : 'is-ahead';
  return html`<section
    class="panel splits"
    data-testid="splits"
    data-category=${v.category}
    data-attempt=${v.attempt}
    data-running=${v.running ? 'true' : 'false'}
    aria-label="Speedrun splits"
  >
    <header class="splits-head">
      <span class="splits-category" data-testid="splits-category">${v.categoryName}</span>
      <span class="splits-difficulty">${v.difficultyName}</span>
      <span class="splits-attempt" data-testid="splits-attempt" title="Attempt number">#${v.attempt}</span>
    </header>
    ${
      v.counts
        ? nothing
        : html`<p class="splits-flags" data-testid="splits-flags">
          ${v.flags.map((x) => FLAG_LABEL[x] ?? x).join(', ')}: this run is kept, but it sets no
          personal best and no gold.
        </p>`
    }
    <label class="splits-comparison">
      <span>Compare with (${keyLabel(b.comparison)})</span>
      <select
        data-testid="comparison"
        @change=${(e: Event) => a.setComparison((e.target as HTMLSelectElement).value)}
      >
        ${v.comparisons.map(
          (name) => html`<option value=${name} ?selected=${name === v.comparison}>${name}</option>`,
        )}
      </select>
    </label>
    <ul class="split-list">
      ${repeat(
        v.groups,
        (g) => g.id,
        (g) => groupView(g),
      )}
    </ul>
    <div class="splits-timer" data-testid="splits-timer" data-igt-ticks=${v.igtTicks}>${v.igt}</div>
    <dl class="splits-final">
      <div class=${`${sign} ${f.previousGold ? 'is-gold' : ''}`}>
        <dt>Previous segment</dt><dd data-testid="previous-segment">${f.previousSegment}</dd>
      </div>
      <div><dt>Possible time save</dt><dd data-testid="possible-time-save">${f.possibleTimeSave}</dd></div>
      <div><dt>Sum of Best</dt><dd data-testid="sum-of-best">${f.sumOfBest}</dd></div>
      <div><dt>Best possible time</dt><dd data-testid="best-possible">${f.bestPossible}</dd></div>
    </dl>
    ${historyView(v)}
    ${
      v.running
        ? html`<button
          type="button"
          class="btn btn-small splits-reset"
          data-testid="reset-run"
          @mousedown=${noFocus}
          @click=${() => a.askReset()}
        >
          Reset (${keyLabel(b.reset)})
        </button>`
        : nothing
    }
  </section>`;
}

const RESULT_LABEL: Record<string, string> = {
  complete: 'Complete',
  reset: 'Reset',
  failed: 'Not complete',
  abandoned: 'Abandoned',
};

/** The board: attempts, PB, Sum of Best, and the newest attempts (date, result, IGT, RTA). */
function historyView(v: NonNullable<View['s']['speedrun']>) {
  const b = v.board;
  return html`<details class="splits-board" data-testid="attempt-history" data-attempts=${b.attempts}>
    <summary>
      ${b.attempts} attempt${b.attempts === 1 ? '' : 's'} · PB
      <span data-testid="board-pb">${b.pb ?? '—'}</span> · Sum of Best ${b.sumOfBest}
    </summary>
    ${
      b.history.length === 0
        ? html`<p class="note">No attempts in this category yet.</p>`
        : html`<table class="history-table">
          <thead><tr><th>#</th><th>Date</th><th>Result</th><th>IGT</th><th>RTA</th></tr></thead>
          <tbody>
            ${b.history.map(
              (h) => html`<tr data-testid="attempt" data-n=${h.n} data-result=${h.result}>
                <td>${h.n}</td>
                <td>${localDate(h.date)}</td>
                <td>${RESULT_LABEL[h.result] ?? h.result}${h.flags.length > 0 ? ` (${h.flags.map((f) => FLAG_LABEL[f] ?? f).join(', ')})` : ''}</td>
                <td>${h.igt}</td>
                <td>${h.rta ?? '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
  </details>`;
}

/** The question before a reset: the attempt would end and the mission start over. */
export function resetConfirmView({ s }: View) {
  const v = s.speedrun;
  if (!v?.confirmReset) return nothing;
  const a = s.actions;
  return html`<section
    class="panel reset-confirm"
    role="alertdialog"
    aria-labelledby="sto-reset-title"
    data-testid="reset-confirm"
  >
    <h2 id="sto-reset-title" class="reset-title">Reset attempt #${v.attempt}?</h2>
    <p>
      This attempt ends here and is kept as a reset; the mission starts again from its start at
      once.
    </p>
    <div class="reset-buttons">
      <button type="button" class="btn btn-primary" data-testid="reset-yes" @click=${() => a.confirmReset(true)}>
        Reset (Enter)
      </button>
      <button type="button" class="btn" data-testid="reset-no" @click=${() => a.confirmReset(false)}>
        Keep running (Esc)
      </button>
    </div>
  </section>`;
}

/** The finished run's splits in the rewards dialog: times, segments, deltas, golds, PB. */
export function resultsView({ s }: View) {
  const r = s.speedrun?.results;
  if (!r) return nothing;
  return html`<section class="results" data-testid="results" data-new-pb=${r.newPb ? 'true' : 'false'} data-attempt=${r.attempt}>
    <h2 class="results-title">
      ${r.categoryName} · ${r.difficultyName} · attempt #${r.attempt}
    </h2>
    <p class="results-time">
      <span data-testid="results-igt">${r.igt}</span>
      ${r.rta ? html`<span class="results-rta">(real time ${r.rta})</span>` : nothing}
      ${
        r.newPb
          ? html`<strong class="results-pb" data-testid="results-new-pb">New personal best${r.previousPb ? html` (was ${r.previousPb})` : nothing}</strong>`
          : r.previousPb
            ? html`<span class="results-prev">Personal best ${r.previousPb}</span>`
            : nothing
      }
    </p>
    ${
      r.counts
        ? nothing
        : html`<p class="results-flags">
          ${r.flags.map((x) => FLAG_LABEL[x] ?? x).join(', ')}: this run is kept with its flag and
          sets no personal best and no gold.
        </p>`
    }
    <table class="results-table">
      <thead>
        <tr><th>Split</th><th>Time</th><th>Segment</th><th>Delta</th></tr>
      </thead>
      <tbody>
        ${r.rows.map(
          (row) => html`<tr
            data-testid="result-split"
            data-split-id=${row.id}
            data-gold=${row.gold ? 'true' : 'false'}
            data-delta-ms=${row.deltaMs === null ? nothing : String(row.deltaMs)}
            class=${row.gold ? 'is-gold' : row.deltaMs === null ? '' : row.deltaMs > 0 ? 'is-behind' : 'is-ahead'}
          >
            <td>${row.title}</td><td>${row.time}</td><td>${row.segment}</td><td>${row.delta}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="results-golds" data-testid="results-golds">
      ${r.golds === 0 ? 'No gold segments' : `${r.golds} gold segment${r.golds === 1 ? '' : 's'}`}
    </p>
  </section>`;
}
