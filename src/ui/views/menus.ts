/** Pause menu (with settings) and the controls help screen. */
import { html, nothing } from 'lit-html';
import type { HudState, Settings } from '../../store/hud';
import { bindingLabel, bindingOrder, keyLabel } from '../format';
import type { View } from './context';

type Volume = 'master' | 'effects' | 'music';
const VOLUMES: { id: Volume; label: string }[] = [
  { id: 'master', label: 'Master volume' },
  { id: 'effects', label: 'Effects volume' },
  { id: 'music', label: 'Music volume' },
];

const toPercent = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100);

const LINK_WORDS = {
  off: 'Off',
  connecting: 'Connecting…',
  connected: 'Connected',
  retrying: 'Not connected',
  invalid: 'Not connected',
} as const;

/** The LiveSplit connection in a few words (settings, and the HUD while it is not connected). */
export function liveSplitStatus(
  link: HudState['liveSplit'],
  enabled: boolean,
  testId = 'livesplit-status',
) {
  if (!enabled && link.status === 'off') return nothing;
  return html`<p class="livesplit-status is-${link.status}" data-testid=${testId} data-status=${link.status} role="status">
    LiveSplit: ${LINK_WORDS[link.status]}${link.detail ? html` <span class="livesplit-detail">(${link.detail})</span>` : nothing}
  </p>`;
}

function settingsPanel({ s, ui, cmd }: View) {
  const set = (patch: Partial<Settings>) => s.actions.updateSettings(patch);
  const b = s.settings.bindings;
  return html`<div class="settings" data-testid="settings-panel">
    <h2 class="section-title">Audio</h2>
    ${VOLUMES.map(({ id, label }) => {
      const value = toPercent(s.settings[id]);
      return html`<label class="slider-row">
        <span class="slider-label">${label}</span>
        <input
          type="range"
          min="0"
          max="100"
          step="1"
          data-testid=${`setting-${id}`}
          .value=${String(value)}
          ?data-autofocus=${id === 'master'}
          @input=${(e: Event) => set({ [id]: Number((e.target as HTMLInputElement).value) / 100 })}
        />
        <output class="slider-value">${value}</output>
      </label>`;
    })}
    <h2 class="section-title">Accessibility</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="setting-reduced-motion"
        .checked=${s.settings.reducedMotion}
        @change=${(e: Event) => set({ reducedMotion: (e.target as HTMLInputElement).checked })}
      />
      <span>Reduced motion</span>
    </label>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="setting-hints"
        .checked=${s.settings.hints}
        @change=${(e: Event) => set({ hints: (e.target as HTMLInputElement).checked })}
      />
      <span>Controls hint in space (shown until the throttle has been used)</span>
    </label>
    <h2 class="section-title">Speedrun</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="setting-speedrun"
        .checked=${s.settings.speedrunMode}
        @change=${(e: Event) => set({ speedrunMode: (e.target as HTMLInputElement).checked })}
      />
      <span>Speedrun mode: show the splits from the start (${keyLabel(b.splits)} shows or hides them)</span>
    </label>
    ${
      s.speedrun
        ? html`<label class="check-row">
          <span>Category</span>
          <select
            data-testid="speedrun-category"
            @change=${(e: Event) => s.actions.chooseCategory((e.target as HTMLSelectElement).value)}
          >
            ${s.speedrun.categories.map(
              (c) =>
                html`<option value=${c.id} title=${c.rules} ?selected=${c.id === s.speedrun?.chosen}>${c.name}</option>`,
            )}
          </select>
        </label>`
        : nothing
    }
    <h2 class="section-title">Replays</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="ghost-toggle"
        .checked=${s.settings.ghosts}
        @change=${(e: Event) => s.actions.setGhostEnabled((e.target as HTMLInputElement).checked)}
      />
      <span>Race a ghost (your personal best, or the record chosen in the replay library)</span>
    </label>
    <h2 class="section-title">Leaderboard</h2>
    <label class="field-row">
      <span>Server</span>
      <input
        type="url"
        maxlength="200"
        data-testid="leaderboard-server"
        placeholder=${s.leaderboard.server && !s.settings.leaderboardServer ? s.leaderboard.server : 'https://…'}
        .value=${s.settings.leaderboardServer}
        @change=${(e: Event) => set({ leaderboardServer: (e.target as HTMLInputElement).value.trim() })}
      />
    </label>
    <p class="note">Empty: the server this page came from, when it is a leaderboard server.</p>
    <h2 class="section-title">LiveSplit</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="livesplit-enabled"
        .checked=${s.settings.liveSplit}
        @change=${(e: Event) => set({ liveSplit: (e.target as HTMLInputElement).checked })}
      />
      <span>Drive LiveSplit (start LiveSplit's server: Control › Start Server (WebSocket))</span>
    </label>
    <label class="field livesplit-url">
      <span class="field-label">LiveSplit Server address</span>
      <input
        type="text"
        data-testid="livesplit-url"
        spellcheck="false"
        autocomplete="off"
        maxlength="200"
        .value=${s.settings.liveSplitUrl}
        @change=${(e: Event) => set({ liveSplitUrl: (e.target as HTMLInputElement).value.trim() })}
      />
    </label>
    ${liveSplitStatus(s.liveSplit, s.settings.liveSplit)}
    <h2 class="section-title">Key bindings</h2>
    <p class="note">Select a binding, then press the new key. Esc cancels.</p>
    <ul class="bindings">
      ${bindingOrder(b).map((id) => {
        const waiting = ui.rebinding === id;
        return html`<li class="binding-row">
          <span class="binding-label">${bindingLabel(id)}</span>
          <button
            type="button"
            class="btn keycap ${waiting ? 'is-waiting' : ''}"
            data-testid="binding"
            data-binding=${id}
            aria-label=${`${bindingLabel(id)}: ${waiting ? 'press a key' : keyLabel(b[id])}. Change`}
            @click=${() => cmd.startRebind(waiting ? null : id)}
          >
            ${waiting ? 'Press a key…' : keyLabel(b[id])}
          </button>
        </li>`;
      })}
    </ul>
    ${ui.bindingError ? html`<p class="form-error" role="alert" data-testid="binding-error">${ui.bindingError}</p>` : nothing}
    <div class="settings-foot">
      <button type="button" class="btn" @click=${cmd.resetBindings}>Reset key bindings</button>
    </div>
  </div>`;
}

export function pauseView(v: View) {
  const { s, ui, cmd } = v;
  const inSettings = ui.pauseView === 'settings';
  // A mission under way can be restarted or abandoned (after a question); in free flight there
  // is nothing to lose.
  const inRun = s.status === 'active' || s.status === 'failed';
  return html`<div class="backdrop backdrop-pause">
    <section
      class="dialog pause ${inSettings ? 'is-wide' : ''}"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-pause-title"
      data-testid="pause-menu"
      data-modal=${inSettings ? 'pause-settings' : 'pause'}
    >
      <header class="dialog-head">
        <span class="dialog-kicker">${s.missionTitle || 'Shutdown'} · ${s.igt}</span>
        <h1 id="sto-pause-title" class="dialog-title">${inSettings ? 'Settings' : 'Paused'}</h1>
      </header>
      ${
        inSettings
          ? html`<div class="dialog-body">${settingsPanel(v)}</div>
            <footer class="dialog-foot">
              <button
                type="button"
                class="btn"
                data-testid="settings-back"
                @click=${() => cmd.setPauseView('menu')}
              >
                Back
              </button>
              <button
                type="button"
                class="btn btn-primary"
                @click=${() => s.actions.setPaused(false)}
              >
                Resume
              </button>
            </footer>`
          : ui.pauseView !== 'menu'
            ? confirmView(v)
            : html`<nav class="menu" aria-label="Pause menu">
              <button
                type="button"
                class="btn btn-primary menu-item"
                data-testid="pause-resume"
                data-autofocus
                @click=${() => s.actions.setPaused(false)}
              >
                Resume
              </button>
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-settings"
                @click=${() => cmd.setPauseView('settings')}
              >
                Settings
              </button>
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-controls"
                @click=${() => cmd.setHelp(true)}
              >
                Controls
              </button>
              ${
                inRun
                  ? html`<button
                      type="button"
                      class="btn menu-item"
                      data-testid="pause-restart"
                      @click=${() => cmd.setPauseView('confirm-restart')}
                    >
                      Restart mission
                    </button>
                    <button
                      type="button"
                      class="btn menu-item"
                      data-testid="pause-abandon"
                      @click=${() => cmd.setPauseView('confirm-abandon')}
                    >
                      Abandon mission
                    </button>`
                  : nothing
              }
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-quit"
                @click=${() => (inRun ? cmd.setPauseView('confirm-quit') : s.actions.quitToTitle())}
              >
                Quit to title
              </button>
            </nav>`
      }
    </section>
  </div>`;
}

const CONFIRM = {
  'confirm-restart': {
    title: 'Restart the mission?',
    text: 'The mission starts again from the beginning. This attempt is kept in the replay library.',
    yes: 'Restart',
  },
  'confirm-abandon': {
    title: 'Abandon the mission?',
    text: 'You stay in the Bajor Sector in free flight; the mission is offered again at the station. This attempt is kept in the replay library.',
    yes: 'Abandon',
  },
  'confirm-quit': {
    title: 'Quit to the title?',
    text: 'The mission in progress ends here. This attempt is kept in the replay library; a checkpoint, if saved, can still be resumed.',
    yes: 'Quit to title',
  },
} as const;

/** The question before the pause menu restarts, abandons or quits. */
function confirmView({ s, ui, cmd }: View) {
  const page = ui.pauseView as keyof typeof CONFIRM;
  const c = CONFIRM[page];
  const act = () => {
    cmd.setPauseView('menu');
    if (page === 'confirm-restart') s.actions.restartMission();
    else if (page === 'confirm-abandon') s.actions.abandonMission();
    else s.actions.quitToTitle();
  };
  return html`<div class="dialog-body confirm" role="alertdialog" data-testid="pause-confirm">
      <h2 class="section-title">${c.title}</h2>
      <p class="confirm-text">${c.text}</p>
    </div>
    <footer class="dialog-foot">
      <button type="button" class="btn" data-testid="pause-confirm-no" data-autofocus @click=${() => cmd.setPauseView('menu')}>
        Cancel
      </button>
      <button type="button" class="btn btn-primary is-danger" data-testid="pause-confirm-yes" @click=${act}>
        ${c.yes}
      </button>
    </footer>`;
}

const key = (k: string) => html`<kbd>${k}</kbd>`;

export function helpView({ s, cmd }: View) {
  const b = s.settings.bindings;
  const k = (id: string) => key(keyLabel(b[id]));
  return html`<div class="backdrop backdrop-help">
    <section
      class="dialog help is-wide"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-help-title"
      data-testid="help-screen"
      data-modal="help"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Reference</span>
        <h1 id="sto-help-title" class="dialog-title">Controls</h1>
      </header>
      <div class="dialog-body help-grid">
        <section class="help-col" data-testid="help-space">
          <h2 class="section-title">In space</h2>
          <dl class="controls">
            <dt>${k('forward')}${k('back')} or ${key('↑')}${key('↓')}</dt>
            <dd>Throttle up / down a quarter a press (hold to keep stepping)</dd>
            <dt>${k('left')}${k('right')} or ${key('←')}${key('→')}</dt><dd>Turn left / right</dd>
            <dt>${k('fire')} <span class="hold-note">hold</span></dt><dd>Fire beams</dd>
            <dt>${k('torpedo')}</dt><dd>Fire torpedo</dd>
            <dt>${k('fullImpulse')}</dt><dd>Full Impulse on / off (only out of combat)</dd>
            <dt>Click</dt><dd>Select the enemy clicked</dd>
          </dl>
          <h2 class="section-title">On the ground</h2>
          <dl class="controls">
            <dt>${k('forward')}${k('left')}${k('back')}${k('right')} or arrows</dt>
            <dd>Move up, left, down, right</dd>
            <dt>Mouse</dt><dd>Aim</dd>
            <dt>${k('fire')} or a mouse button <span class="hold-note">hold</span></dt>
            <dd>Fire your phaser rifle</dd>
            <dt>Click</dt><dd>Select the enemy clicked (and fire)</dd>
          </dl>
          <h2 class="section-title">Everywhere</h2>
          <dl class="controls">
            <dt>${key('1')}–${key('4')}</dt><dd>Abilities</dd>
            <dt>${k('interact')} <span class="hold-note">hold</span></dt><dd>Interact</dd>
            <dt>${k('target')}</dt><dd>Next target</dd>
            <dt>${k('hail')}</dt><dd>Hail a contact</dd>
            <dt>Wheel</dt><dd>Zoom</dd>
            <dt>${k('journal')}</dt><dd>Mission journal</dd>
            <dt>${k('accolades')}</dt><dd>Accolades</dd>
            <dt>${k('replays')}</dt><dd>Replay library</dd>
            <dt>${k('splits')}</dt><dd>Speedrun splits</dd>
            <dt>${k('comparison')}</dt><dd>Next comparison</dd>
            <dt>${k('reset')}</dt><dd>Reset the run (asked first)</dd>
            <dt>${k('pause')}</dt><dd>Pause menu</dd>
            <dt>${k('help')} or ${key('?')}</dt><dd>This screen</dd>
          </dl>
        </section>
        <section class="help-col" data-testid="help-gamepad">
          <h2 class="section-title">Gamepad</h2>
          <dl class="controls">
            <dt>${key('Left stick')} or ${key('D-pad')}</dt>
            <dd>Space: turn, and throttle up / down · Ground: move</dd>
            <dt>${key('Right stick')}</dt><dd>Aim (ground)</dd>
            <dt>${key('A')} <span class="hold-note">hold</span></dt><dd>Interact</dd>
            <dt>${key('RT')} <span class="hold-note">hold</span></dt><dd>Fire weapons</dd>
            <dt>${key('RB')}</dt><dd>Fire torpedo (space)</dd>
            <dt>${key('X')}${key('Y')}${key('LB')}${key('LT')}</dt><dd>Abilities 1–4</dd>
            <dt>${key('Start')}</dt><dd>Pause menu</dd>
          </dl>
        </section>
      </div>
      <footer class="dialog-foot">
        <span class="hint">Change keys in Pause › Settings</span>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="help-close"
          data-autofocus
          @click=${() => cmd.setHelp(false)}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`;
}
