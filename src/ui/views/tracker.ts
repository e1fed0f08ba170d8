/** Mission tracker: mission name, finished steps collapsed, the current step's objectives. */
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ObjectiveView, PracticeView, StepView } from '../../store/hud';
import type { View } from './context';
import { liveSplitStatus } from './menus';

const MARK: Record<ObjectiveView['state'], string> = {
  complete: '✓',
  active: '▸',
  pending: '○',
};

export function objectiveText(o: ObjectiveView): string {
  return o.count !== null ? `${o.title} (${o.progress}/${o.count})` : o.title;
}

const stepDone = (step: StepView): boolean =>
  step.objectives.length > 0 && step.objectives.every((o) => o.state === 'complete');

function objective(o: ObjectiveView) {
  return html`<li
    class="objective is-${o.state}"
    data-testid="objective"
    data-objective-id=${o.id}
    data-state=${o.state}
  >
    <span class="objective-mark" aria-hidden="true">${MARK[o.state]}</span>
    <span class="objective-title">${objectiveText(o)}</span>
    ${o.state === 'complete' ? html`<span class="visually-hidden">(complete)</span>` : nothing}
  </li>`;
}

/** While practising: the step, and its time once done (and whether it beat the best). */
function practiceLine(p: PracticeView) {
  if (p.preparing !== null)
    return html`<div class="tracker-practice" data-testid="practice-run" data-state="preparing">
      Preparing the practice…
    </div>`;
  const a = p.active;
  if (!a) return nothing;
  return html`<div
    class="tracker-practice ${a.newBest ? 'is-best' : ''}"
    data-testid="practice-run"
    data-step-id=${a.stepId}
    data-state=${a.time === null ? 'running' : 'done'}
    data-new-best=${String(a.newBest)}
  >
    <span class="practice-kicker">Practice</span> ${a.title}${
      a.time === null
        ? nothing
        : html`: done in <time data-testid="practice-time">${a.time}</time>${a.newBest ? html` <strong>(new best)</strong>` : nothing}${a.autopilot ? ' (the autopilot helped: not kept as a best)' : nothing}`
    }
  </div>`;
}

export function trackerView({ s }: View) {
  const index = s.steps.findIndex((st) => st.id === s.stepId);
  const current = index >= 0 ? s.steps[index] : undefined;
  const missionDone = s.status === 'complete';
  // Nothing accepted: no step or objective is shown (none is under way).
  const offered = s.status === 'offered';
  // A finished mission lists every step as done, the last one included.
  const done = offered
    ? []
    : missionDone
      ? s.steps
      : s.steps.filter((st, i) => st !== current && (i < index || stepDone(st)));
  const showCurrent = current && !missionDone && !offered;

  return html`<section
    class="panel tracker"
    data-testid="mission-tracker"
    aria-label="Mission tracker"
  >
    <header class="tracker-head">
      <span class="tracker-mission">${s.missionTitle}</span>
      <time class="igt" data-testid="igt" title="In-game time">${s.igt}</time>
    </header>
    ${s.sceneTitle ? html`<div class="tracker-scene">${s.sceneTitle}</div>` : nothing}
    ${
      done.length > 0
        ? html`<ol class="tracker-done" aria-label="Completed steps">
          ${repeat(
            done,
            (st) => st.id,
            (st) =>
              html`<li class="step-done" data-step-id=${st.id}>
                <span class="objective-mark" aria-hidden="true">✓</span>${st.title}
              </li>`,
          )}
        </ol>`
        : nothing
    }
    ${
      showCurrent
        ? html`<div class="tracker-step" data-step-id=${current.id}>
          <h2 class="step-title">${current.title}</h2>
          <ul class="objectives">
            ${repeat(current.objectives, (o) => o.id, objective)}
          </ul>
        </div>`
        : nothing
    }
    ${practiceLine(s.practice)}
    ${
      s.settings.liveSplit && s.liveSplit.status !== 'connected'
        ? liveSplitStatus(s.liveSplit, true, 'livesplit-hud')
        : nothing
    }
    ${missionDone ? html`<div class="tracker-complete">Mission complete</div>` : nothing}
    ${
      s.status === 'offered'
        ? html`<div class="tracker-offered" data-testid="tracker-offered">
          Not accepted: fly to Deep Space 9 for the offer, or accept it from the journal (J).
        </div>`
        : nothing
    }
  </section>`;
}
