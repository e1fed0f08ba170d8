/**
 * Captains on the title, the mission journal (J), the accolade window (L) and save notices.
 */
import { html, nothing } from 'lit-html';
import type { AccoladeEntry, JournalMission } from '../../store/hud';
import { LEVELS, NAME_MAX, rankFor } from '../../store/profile';
import { keyLabel } from '../format';
import type { View } from './context';

function levelSelect(value: number, onChange: (level: number) => void, label: string) {
  return html`<label class="field">
    <span class="field-label">${label}</span>
    <select
      data-testid="captain-level"
      .value=${String(value)}
      @change=${(e: Event) => onChange(Number((e.target as HTMLSelectElement).value))}
    >
      ${LEVELS.map(
        (l) => html`<option value=${l} ?selected=${l === value}>${l} · ${rankFor(l)}</option>`,
      )}
    </select>
  </label>`;
}

function createForm({ s, ui, cmd }: View) {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = (form.elements.namedItem('captain-name') as HTMLInputElement).value;
    const level = Number((form.elements.namedItem('captain-level') as HTMLSelectElement).value);
    const problem = s.actions.createCaptain(name, level);
    cmd.setCreateError(problem);
    if (!problem) cmd.setCreating(false);
  };
  return html`<form class="captain-create" data-testid="captain-create" @submit=${submit}>
    <h2 class="panel-title">New captain</h2>
    <label class="field">
      <span class="field-label">Name</span>
      <input
        name="captain-name"
        data-testid="captain-name"
        maxlength=${NAME_MAX}
        autocomplete="off"
        required
        data-autofocus
      />
    </label>
    <label class="field">
      <span class="field-label">Level</span>
      <select name="captain-level" data-testid="captain-level">
        ${LEVELS.map((l) => html`<option value=${l}>${l} · ${rankFor(l)}</option>`)}
      </select>
    </label>
    <p class="hint">Every captain from level 36 has finished “War Games”, the episode before.</p>
    <div class="form-error-slot" data-testid="create-error-slot">
      ${ui.createError ? html`<p class="form-error" role="alert" data-testid="create-error">${ui.createError}</p>` : nothing}
    </div>
    <div class="row">
      <button type="submit" class="btn btn-primary" data-testid="create-captain">Create captain</button>
      ${
        s.profile.captains.length > 0
          ? html`<button type="button" class="btn" @click=${() => cmd.setCreating(false)}>Cancel</button>`
          : nothing
      }
    </div>
  </form>`;
}

function importButton({ s }: View) {
  const read = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) s.actions.importCaptain(await file.text());
  };
  return html`<label class="btn btn-file">
    Import…
    <input
      type="file"
      accept="application/json,.json"
      data-testid="import-captain"
      class="visually-hidden"
      @change=${read}
    />
  </label>`;
}

function replaysButton({ s }: View) {
  return html`<button
    type="button"
    class="btn"
    data-testid="title-replays"
    @click=${() => s.actions.openReplays(true)}
  >
    Replays (${keyLabel(s.settings.bindings.replays ?? 'KeyR')})
  </button>`;
}

/** The title's captain panel: create or choose a captain, then launch or resume. */
export function titleView(v: View) {
  const { s, ui, cmd } = v;
  const p = s.profile;
  const a = p.active;
  const creating = ui.creating || p.captains.length === 0;
  // The ship is already on its way in to DS9, where the mission is offered: it can be taken
  // straight from the title (as a guest while there is no captain) or on arrival.
  const offered = s.status === 'offered' && p.journal.some((m) => m.state === 'available');
  const acceptButton = (label: string, primary: boolean) =>
    html`<button
      type="button"
      class=${primary ? 'btn btn-primary' : 'btn'}
      data-testid="accept-mission"
      @click=${() => s.actions.accept()}
    >
      ${label}
    </button>`;
  return html`<div class="title-panel-wrap">
    <section class="panel captain-panel" data-testid="captain-panel" data-modal="title" aria-label="Captain">
      ${
        creating
          ? createForm(v)
          : a
            ? html`<h2 class="panel-title">Captain</h2>
              ${
                p.captains.length > 1
                  ? html`<label class="field">
                    <span class="field-label">Playing as</span>
                    <select
                      data-testid="captain-select"
                      .value=${a.id}
                      @change=${(e: Event) => s.actions.selectCaptain((e.target as HTMLSelectElement).value)}
                    >
                      ${p.captains.map((c) => html`<option value=${c.id} ?selected=${c.id === a.id}>${c.name}</option>`)}
                    </select>
                  </label>`
                  : nothing
              }
              <div class="captain-card" data-testid="captain-card">
                <div class="captain-name">${a.name}</div>
                <div class="captain-rank" data-testid="captain-rank">${a.rank} · Level ${a.level}</div>
                <div class="captain-score">Accolade Score <strong>${a.accoladeScore}</strong></div>
              </div>
              ${levelSelect(a.level, (l) => s.actions.setCaptainLevel(l), 'Level (the replay rewards follow it)')}
              <div class="row">
                ${offered ? acceptButton(`Accept ${s.missionTitle}`, true) : nothing}
                <button type="button" class=${offered ? 'btn' : 'btn btn-primary'} data-testid="launch" data-autofocus @click=${() => s.actions.launch()}>
                  Warp to the Bajor Sector
                </button>
                ${
                  a.checkpoint
                    ? html`<button type="button" class="btn" data-testid="resume-run" @click=${() => s.actions.resume()}>
                      Resume: ${a.checkpoint.stepTitle}
                    </button>`
                    : nothing
                }
              </div>
              <div class="row row-small">
                <button type="button" class="btn" data-testid="open-journal" @click=${() => cmd.setWindow('journal')}>Journal (J)</button>
                <button type="button" class="btn" data-testid="open-accolades" @click=${() => cmd.setWindow('accolades')}>Accolades (L)</button>
                ${replaysButton(v)}
                <button type="button" class="btn" data-testid="export-captain" @click=${() => s.actions.exportCaptain()}>Export</button>
                ${importButton(v)}
                <button type="button" class="btn" data-testid="new-captain" @click=${() => cmd.setCreating(true)}>New captain</button>
              </div>`
            : nothing
      }
      ${
        creating && p.captains.length === 0
          ? html`<div class="row row-small">
            ${importButton(v)}
            ${replaysButton(v)}
            ${offered ? acceptButton('Play as a guest (nothing is saved)', false) : nothing}
          </div>`
          : nothing
      }
      ${p.importError ? html`<p class="form-error" role="alert" data-testid="import-error">${p.importError}</p>` : nothing}
    </section>
  </div>`;
}

function journalEntry({ s, cmd }: View, m: JournalMission) {
  const label = {
    available: 'Available',
    'in-progress': 'In progress',
    completed: 'Completed',
    locked: 'Locked',
  }[m.state];
  const canAccept = m.state === 'available' && s.status === 'offered';
  return html`<li class="journal-mission is-${m.state}" data-testid="journal-mission" data-mission-id=${m.id} data-state=${m.state}>
    <div class="journal-head">
      <span class="journal-title">${m.title}</span>
      <span class="journal-state">${label}${m.completions > 0 ? ` · ${m.completions}×` : ''}</span>
    </div>
    <p class="journal-summary">${m.summary}</p>
    ${m.currentStep ? html`<p class="journal-step">Now: ${m.currentStep}</p>` : nothing}
    <p class="journal-meta">
      Levels ${m.levelRange} · Requires
      ${m.prerequisites.map((p) => html`<span class=${p.done ? 'prereq-done' : 'prereq-missing'}>${p.done ? '✓' : '✗'} ${p.title}</span>`)}
      ${m.bestIgt ? html` · Best time <time>${m.bestIgt}</time>` : nothing}
    </p>
    ${
      m.nextReward
        ? html`<p class="journal-reward">
          ${m.nextReward.reason}: ${m.nextReward.sp} SP, ${m.nextReward.exp} Exp, Mark ${m.nextReward.mark} item
        </p>`
        : nothing
    }
    ${m.historical ? html`<p class="note historical">${m.historical}</p>` : nothing}
    <div class="row">
      ${
        canAccept
          ? html`<button type="button" class="btn btn-primary" data-testid="journal-accept" @click=${() => {
              s.actions.accept();
              cmd.setWindow(null);
            }}>
            Accept mission
          </button>`
          : nothing
      }
      ${
        m.state === 'completed'
          ? html`<button type="button" class="btn btn-primary" data-testid="replay-mission" @click=${() => {
              cmd.setWindow(null);
              s.actions.replay();
            }}>
            Replay mission
          </button>`
          : nothing
      }
    </div>
  </li>`;
}

/** Practice: any step from its start state, with the captain's best time for each. */
function practiceSection({ s, cmd }: View) {
  const p = s.practice;
  if (p.steps.length === 0) return nothing;
  return html`<section class="journal-practice" data-testid="practice" aria-labelledby="sto-practice-title">
    <h2 class="section-title" id="sto-practice-title">Practice a step</h2>
    <p class="hint">
      Play one step from where it begins, timed on its own. Practice runs are kept as replays
      marked Practice; they never count as a personal best for the whole mission.
    </p>
    ${p.error ? html`<p class="form-error" role="alert" data-testid="practice-error">${p.error}</p>` : nothing}
    <ol class="practice-steps">
      ${p.steps.map(
        (st) => html`<li class="practice-step" data-testid="practice-entry" data-step-id=${st.id}>
          <span class="practice-title">${st.title}</span>
          <span class="practice-best" data-testid="practice-best" title="Your best time for this step">
            ${st.best ? html`Best <time>${st.best}</time>` : 'No time yet'}
          </span>
          <button
            type="button"
            class="btn btn-small"
            data-testid="practice-step"
            data-step-id=${st.id}
            ?disabled=${p.preparing !== null}
            aria-label=${`Practise ${st.title}`}
            @click=${() => {
              cmd.setWindow(null);
              s.actions.practiceStep(st.id);
            }}
          >
            ${p.preparing === st.id ? 'Preparing…' : 'Practise'}
          </button>
        </li>`,
      )}
    </ol>
  </section>`;
}

export function journalView(v: View) {
  const { s, cmd } = v;
  const a = s.profile.active;
  return html`<div class="backdrop backdrop-window">
    <section class="dialog window journal" role="dialog" aria-modal="true" aria-labelledby="sto-journal-title" data-testid="journal" data-modal="journal">
      <header class="dialog-head">
        <span class="dialog-kicker">Mission Journal</span>
        <h1 id="sto-journal-title" class="dialog-title">${a ? `${a.name} · ${a.rank}` : 'Journal'}</h1>
      </header>
      <div class="dialog-body">
        <ul class="journal-list">${s.profile.journal.map((m) => journalEntry({ s, ui: v.ui, cmd }, m))}</ul>
        ${practiceSection(v)}
        ${
          a
            ? html`<h2 class="section-title">Rewards earned</h2>
              <dl class="journal-totals">
                <div><dt>Skill Points</dt><dd data-testid="journal-sp">${a.sp}</dd></div>
                <div><dt>Expertise</dt><dd data-testid="journal-exp">${a.exp}</dd></div>
              </dl>
              ${
                a.items.length > 0
                  ? html`<ul class="journal-items" data-testid="journal-items">
                    ${a.items.map((i) => html`<li>Mark ${i.mark} item · ${i.missionTitle}${i.kind === 'replay' ? ' (Mission Replay)' : ''}</li>`)}
                  </ul>`
                  : html`<p class="hint">No items yet.</p>`
              }
              ${a.guest ? html`<p class="hint">Playing without a captain: progress is not saved.</p>` : nothing}`
            : nothing
        }
      </div>
      <footer class="dialog-foot">
        <button
          type="button"
          class="btn"
          data-testid="journal-replays"
          @click=${() => {
            cmd.setWindow(null);
            s.actions.openReplays(true);
          }}
        >
          Replays
        </button>
        <button type="button" class="btn" data-autofocus @click=${() => cmd.setWindow(null)}>Close</button>
      </footer>
    </section>
  </div>`;
}

function accoladeItem(a: AccoladeEntry) {
  return html`<li class="accolade-entry ${a.earned ? 'is-earned' : 'is-unearned'}" data-testid="accolade" data-accolade-id=${a.id} data-earned=${String(a.earned)}>
    <span class="accolade-entry-mark" aria-hidden="true">${a.earned ? '★' : '☆'}</span>
    <div class="accolade-entry-text">
      <div class="accolade-entry-name">${a.name} <span class="accolade-entry-points">${a.points}</span></div>
      <div class="accolade-entry-desc">${a.description}</div>
      ${
        a.progress
          ? html`<div class="accolade-entry-progress" data-testid="accolade-progress">
            <progress max=${a.progress.target} value=${a.progress.value}></progress>
            <span>${a.progress.value}/${a.progress.target}</span>
          </div>`
          : nothing
      }
    </div>
    <span class="accolade-entry-state">${a.earned ? 'Earned' : 'Not yet'}</span>
  </li>`;
}

export function accoladeWindowView({ s, cmd }: View) {
  const a = s.profile.active;
  const list = a?.accolades ?? [];
  const groups = [...new Set(list.map((x) => x.category))];
  return html`<div class="backdrop backdrop-window">
    <section class="dialog window accolades" role="dialog" aria-modal="true" aria-labelledby="sto-accolades-title" data-testid="accolade-window" data-modal="accolades">
      <header class="dialog-head">
        <span class="dialog-kicker">Accolades</span>
        <h1 id="sto-accolades-title" class="dialog-title">
          Accolade Score <span data-testid="accolade-score">${a?.accoladeScore ?? 0}</span>
        </h1>
      </header>
      <div class="dialog-body">
        ${groups.map(
          (
            g,
          ) => html`<h2 class="section-title">${g === 'defeat' ? 'Defeat' : g === 'mission' ? 'Mission' : g}</h2>
            <ul class="accolade-list">${list.filter((x) => x.category === g).map(accoladeItem)}</ul>`,
        )}
      </div>
      <footer class="dialog-foot">
        <button type="button" class="btn" data-autofocus @click=${() => cmd.setWindow(null)}>Close</button>
      </footer>
    </section>
  </div>`;
}

export function noticesView({ s }: View) {
  const n = s.profile.notices;
  if (n.length === 0) return nothing;
  return html`<div class="notice-layer">
    ${n.map(
      (notice, i) => html`<div class="panel save-notice" role="alert" data-testid="save-notice">
        <p>${notice.text}</p>
        ${
          notice.exportLabel
            ? html`<button type="button" class="btn btn-small" data-testid="notice-export" @click=${() => s.actions.exportNotice(i)}>${notice.exportLabel}</button>`
            : nothing
        }
        <button type="button" class="btn btn-small" aria-label="Dismiss" @click=${() => s.actions.dismissNotice(i)}>✕</button>
      </div>`,
    )}
  </div>`;
}
