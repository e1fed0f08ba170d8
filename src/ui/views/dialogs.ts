/** Mission offer, rewards, failure notice, the stopped-run notice and the error list. */
import { html, nothing } from 'lit-html';
import { seconds } from '../format';
import type { View } from './context';
import { submitRunView } from './leaderboard';
import { resultsView } from './splits';

export function offerView({ s }: View) {
  const b = s.briefing;
  return html`<div class="backdrop backdrop-offer">
    <section
      class="dialog offer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-offer-title"
      aria-describedby="sto-offer-summary"
      data-testid="offer-panel"
      data-modal="offer"
    >
      <header class="dialog-head">
        <span class="dialog-kicker" data-testid="offer-kind">${
          s.offerReplay ? 'Mission Replay · reduced rewards' : 'Priority One · New Mission'
        }</span>
        <h1 id="sto-offer-title" class="dialog-title">${s.missionTitle}</h1>
      </header>
      <div class="dialog-body offer-body">
        ${b.offer ? html`<p class="offer-hail">${b.offer}</p>` : nothing}
        ${b.summary ? html`<p id="sto-offer-summary" class="offer-summary">${b.summary}</p>` : nothing}
        ${b.body.map((p) => html`<p class="offer-para">${p}</p>`)}
        ${b.historical ? html`<p class="note historical">${b.historical}</p>` : nothing}
      </div>
      <footer class="dialog-foot">
        <span class="hint">Press <kbd>Enter</kbd> to accept</span>
        <button type="button" class="btn" data-testid="decline-mission" @click=${() => s.actions.declineOffer()}>
          Not now
        </button>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="accept-mission"
          data-autofocus
          @click=${() => s.actions.accept()}
        >
          Accept Mission
        </button>
      </footer>
    </section>
  </div>`;
}

export function rewardsView(v: View) {
  const { s } = v;
  const r = s.rewards;
  if (!r) return nothing;
  return html`<div class="backdrop">
    <section
      class="dialog rewards"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-rewards-title"
      data-testid="rewards-dialog"
      data-kind=${r.kind}
      data-modal="rewards"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Mission Complete</span>
        <h1 id="sto-rewards-title" class="dialog-title">Mission Complete: ${s.missionTitle}</h1>
      </header>
      <div class="dialog-body">
        <p class="rewards-reason" data-testid="reward-reason">${r.reason}</p>
        <dl class="rewards-list">
          <div class="reward">
            <dt>Skill Points</dt>
            <dd data-testid="reward-sp">${r.sp}</dd>
          </div>
          <div class="reward">
            <dt>Expertise</dt>
            <dd data-testid="reward-exp">${r.exp}</dd>
          </div>
          <div class="reward reward-item">
            <dt>Item</dt>
            <dd data-testid="reward-mark">Mark ${r.mark}</dd>
          </div>
        </dl>
        <dl class="rewards-meta">
          <div><dt>Rank</dt><dd data-testid="reward-rank">${r.rank}</dd></div>
          <div><dt>Level</dt><dd data-testid="reward-level">${r.level}</dd></div>
          <div><dt>In-game time</dt><dd data-testid="reward-igt">${r.igt}</dd></div>
        </dl>
        ${
          s.lastRunId
            ? html`<div class="rewards-run" data-testid="rewards-run">
              <span class="rewards-run-label">This run is recorded</span>
              <button type="button" class="btn btn-small" data-testid="watch-replay" @click=${() => s.actions.watchLastRun()}>
                Watch replay
              </button>
              <button type="button" class="btn btn-small" data-testid="download-replay" @click=${() => s.actions.downloadLastRun()}>
                Download replay
              </button>
              ${submitRunView(v, s.lastRunId)}
            </div>`
            : nothing
        }
        ${resultsView(v)}
      </div>
      <footer class="dialog-foot">
        <button type="button" class="btn" data-testid="rewards-replay" @click=${() => s.actions.replay()}>
          Replay mission
        </button>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="rewards-close"
          data-autofocus
          @click=${() => s.actions.closeRewards()}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`;
}

export function failureView({ s }: View) {
  const f = s.failure;
  if (!f) return nothing;
  return html`<section class="panel failure" data-testid="failure-notice" role="alert">
    <div class="failure-title">Mission Failed</div>
    <p class="failure-reason">${f.reason}</p>
    <p class="failure-restart">
      Restarting from checkpoint in <strong>${seconds(f.restartIn)}</strong>
    </p>
  </section>`;
}

/** The run stopped on an error: said plainly, over whatever is on screen. */
export function runErrorView({ s }: View) {
  const e = s.runError;
  if (!e) return nothing;
  return html`<div class="run-error-layer">
    <section class="panel failure run-error" role="alert" data-testid="run-error">
      <div class="failure-title">The run has stopped</div>
      <p class="failure-reason">
        An error stopped the simulation at tick ${e.tick}: <code>${e.message}</code>
      </p>
      <p class="failure-restart">
        Nothing more will happen in this run. Reload the page to play on from your last
        checkpoint.
      </p>
    </section>
  </div>`;
}

export function errorsView({ s }: View) {
  return html`<div class="backdrop">
    <section
      class="dialog errors"
      role="alertdialog"
      aria-labelledby="sto-errors-title"
      data-testid="error-list"
      data-modal="errors"
      tabindex="-1"
    >
      <header class="dialog-head is-danger">
        <span class="dialog-kicker">System failure</span>
        <h1 id="sto-errors-title" class="dialog-title">The mission could not start</h1>
      </header>
      <div class="dialog-body">
        ${
          s.errors.length > 0
            ? html`<ul class="error-items">
              ${s.errors.map((e) => html`<li><code>${e}</code></li>`)}
            </ul>`
            : html`<p>An unknown error stopped the mission.</p>`
        }
      </div>
    </section>
  </div>`;
}
