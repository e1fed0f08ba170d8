/**
 * The DOM interface: mounts lit-html views over the game, re-renders on every store change,
 * and owns the interface-only state the store does not hold (help screen, settings page, key
 * rebinding, comm and accolade timers, damage flashes, screen-reader announcements).
 *
 * The overlay container lets pointer events through to the canvas; only panels that can be
 * clicked (dialogs, buttons, the comm panel) take them.
 */
import './ui.css';
import { html, nothing, render } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { DEFAULT_BINDINGS, type HudState, type HudStore } from '../store/hud';
import { announcements } from './announce';
import { actionBarView } from './views/actionBar';
import { accoladeWindowView, journalView, noticesView, titleView } from './views/captains';
import { accoladeView, commView } from './views/comms';
import type { UiCommands, UiLocal, View } from './views/context';
import { errorsView, failureView, offerView, rewardsView, runErrorView } from './views/dialogs';
import { helpView, pauseView } from './views/menus';
import { respawnView, statusView, targetView } from './views/status';
import { trackerView } from './views/tracker';

/** A comm line set stays on screen this long, plus a little more per extra line. */
export const COMM_MS = 8000;
export const COMM_EXTRA_LINE_MS = 3000;
/** How long an accolade notice stays up. */
export const ACCOLADE_MS = 6000;
const FLASH_MS = 900;

type Modal =
  | 'help'
  | 'pause'
  | 'pause-settings'
  | 'errors'
  | 'journal'
  | 'accolades'
  | 'rewards'
  | 'offer'
  | 'title'
  | null;

function topModal(s: HudState, ui: UiLocal): Modal {
  if (ui.helpOpen) return 'help';
  if (s.paused) return ui.pauseView === 'settings' ? 'pause-settings' : 'pause';
  if (s.phase === 'error') return 'errors';
  if (ui.window) return ui.window;
  if (s.rewards) return 'rewards';
  if (s.phase === 'offer') return 'offer';
  if (s.phase === 'title') return 'title';
  return null;
}

/** A text field or list has the keyboard (letters are typed, not shortcuts). */
const isTextEntry = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(t.tagName));

/**
 * Mounts the interface into `root` (normally `#ui`) and returns a function that removes it,
 * its listeners and its timers again.
 */
export function mountUi(root: HTMLElement, store: HudStore): () => void {
  const container = document.createElement('div');
  container.className = 'sto-ui';
  // Inline, so it wins over a page rule such as `#ui > * { pointer-events: auto }`.
  container.style.pointerEvents = 'none';
  root.append(container);

  const initial = store.getState();
  const ui: UiLocal = {
    helpOpen: false,
    pauseView: 'menu',
    rebinding: null,
    commKey: null,
    accolades: [],
    flashKey: 0,
    flash: 'none',
    announcement: '',
    window: null,
    creating: false,
    createError: null,
  };
  let commTimer: ReturnType<typeof setTimeout> | undefined;
  let accoladeTimer: ReturnType<typeof setTimeout> | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let lastModal: Modal = null;
  let mounted = true;

  const cmd: UiCommands = {
    setHelp(open) {
      ui.helpOpen = open;
      update();
    },
    setPauseView(view) {
      ui.pauseView = view;
      ui.rebinding = null;
      update();
    },
    startRebind(id) {
      ui.rebinding = id;
      update();
    },
    resetBindings() {
      ui.rebinding = null;
      store.getState().actions.updateSettings({ bindings: { ...DEFAULT_BINDINGS } });
      update();
    },
    dismissComm() {
      clearTimeout(commTimer);
      ui.commKey = null;
      update();
    },
    setWindow(w) {
      ui.window = w;
      update();
    },
    setCreating(open) {
      ui.creating = open;
      ui.createError = null;
      update();
    },
    setCreateError(message) {
      ui.createError = message;
      update();
    },
  };

  function showComm(s: HudState): void {
    clearTimeout(commTimer);
    const d = s.dialogue;
    if (!d) {
      ui.commKey = null;
      return;
    }
    ui.commKey = d.key;
    const ms = COMM_MS + COMM_EXTRA_LINE_MS * Math.max(0, d.lines.length - 1);
    commTimer = setTimeout(() => {
      if (ui.commKey === d.key) cmd.dismissComm();
    }, ms);
  }

  function nextAccolade(): void {
    clearTimeout(accoladeTimer);
    if (ui.accolades.length === 0) return;
    accoladeTimer = setTimeout(() => {
      ui.accolades = ui.accolades.slice(1);
      nextAccolade();
      update();
    }, ACCOLADE_MS);
  }

  function flash(kind: 'hit' | 'defeat'): void {
    clearTimeout(flashTimer);
    ui.flash = ui.flash === 'defeat' && kind === 'hit' ? 'defeat' : kind;
    ui.flashKey += 1;
    flashTimer = setTimeout(() => {
      ui.flash = 'none';
      update();
    }, FLASH_MS);
  }

  /** Folds one store change into the local state (diffs of data, not of DOM). */
  function observe(s: HudState, prev: HudState): void {
    const said = announcements(prev, s);
    if (said.length > 0) ui.announcement = said.join('. ');

    if (s.dialogue?.key !== prev.dialogue?.key) showComm(s);

    if (s.accolade && s.accolade.key !== prev.accolade?.key) {
      ui.accolades = [...ui.accolades, s.accolade];
      if (ui.accolades.length === 1) nextAccolade();
    }

    const p = s.player;
    const q = prev.player;
    if (p && q && p.name === q.name && s.sceneKind === prev.sceneKind) {
      if (p.downed && !q.downed) flash('defeat');
      else if (p.hull < q.hull) flash('hit');
    }

    if (prev.paused && !s.paused) {
      ui.pauseView = 'menu';
      ui.rebinding = null;
    }
  }

  function template(s: HudState) {
    const v: View = { s, ui, cmd };
    const hud = s.phase === 'playing' || s.phase === 'complete';
    const reduced = s.settings.reducedMotion ? 'reduced-motion' : '';
    return html`<div class="sto-hud ${reduced}" data-phase=${s.phase} data-scene-kind=${s.sceneKind}>
      ${
        ui.flash !== 'none'
          ? keyed(
              ui.flashKey,
              html`<div class="vignette is-${ui.flash}" data-testid="damage-flash"></div>`,
            )
          : nothing
      }
      ${hud && (s.respawnIn > 0 || s.player?.downed) ? html`<div class="downed-tint"></div>` : nothing}
      ${
        hud
          ? html`<div class="hud-layer">
            <div class="hud-top-left">${trackerView(v)}</div>
            <div class="hud-top-center">${targetView(v)}</div>
            <div class="hud-top-right">${commView(v)}</div>
            <div class="hud-bottom-left">${statusView(v)}</div>
            <div class="hud-bottom-center">${actionBarView(v)}</div>
            <div class="hud-center">${respawnView(v)} ${failureView(v)}</div>
          </div>`
          : nothing
      }
      ${s.phase === 'title' ? titleView(v) : nothing}
      ${s.phase === 'offer' ? offerView(v) : nothing}
      ${s.phase === 'error' ? errorsView(v) : nothing}
      ${rewardsView(v)}
      ${ui.window === 'journal' ? journalView(v) : nothing}
      ${ui.window === 'accolades' ? accoladeWindowView(v) : nothing}
      <div class="toast-layer">${accoladeView(v)}</div>
      ${runErrorView(v)} ${noticesView(v)}
      ${s.paused ? pauseView(v) : nothing} ${ui.helpOpen ? helpView(v) : nothing}
      <div class="visually-hidden" aria-live="polite" data-testid="live-region">
        ${ui.announcement}
      </div>
    </div>`;
  }

  function update(): void {
    if (!mounted) return;
    const s = store.getState();
    render(template(s), container);
    const modal = topModal(s, ui);
    if (modal !== lastModal) {
      lastModal = modal;
      if (modal) {
        const dialog = container.querySelector<HTMLElement>(`[data-modal="${modal}"]`);
        const target = dialog?.querySelector<HTMLElement>('[data-autofocus]') ?? dialog;
        target?.focus({ preventScroll: true });
      }
    }
  }

  function onKey(e: KeyboardEvent): void {
    const s = store.getState();
    const b = s.settings.bindings;

    if (ui.rebinding) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.code !== 'Escape' && e.code !== '') {
        const id = ui.rebinding;
        const bindings = { ...b };
        // A key does one thing: the binding that had it takes over the old key.
        const old = bindings[id];
        for (const [other, code] of Object.entries(bindings)) {
          if (other !== id && code === e.code && old) bindings[other] = old;
        }
        bindings[id] = e.code;
        s.actions.updateSettings({ bindings });
      }
      ui.rebinding = null;
      update();
      return;
    }

    // Keys the interface acts on are consumed here (capture phase on window), so the game's
    // own key handlers never see them too: one Escape must not pause and unpause at once.
    const consume = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const isPause = e.code === 'Escape' || e.key === 'Escape' || e.code === b.pause;
    const isHelp = e.code === 'F1' || e.key === '?' || e.code === b.help;
    if (isPause) {
      consume();
      if (ui.helpOpen) {
        // Esc closes the help screen first, back to the game or the pause menu under it.
        cmd.setHelp(false);
      } else if (ui.window) {
        cmd.setWindow(null);
      } else if (s.paused) {
        s.actions.setPaused(false);
      } else if (s.phase === 'playing') {
        s.actions.setPaused(true);
      }
      return;
    }
    if (isHelp) {
      consume();
      cmd.setHelp(!ui.helpOpen);
      return;
    }
    // J: mission journal, L: accolades (as in STO), unless a field has the keyboard.
    const isJournal = e.code === (b.journal ?? 'KeyJ');
    const isAccolades = e.code === (b.accolades ?? 'KeyL');
    if ((isJournal || isAccolades) && !isTextEntry(e.target) && !e.repeat && s.phase !== 'error') {
      consume();
      const want = isJournal ? 'journal' : 'accolades';
      cmd.setWindow(ui.window === want ? null : want);
      return;
    }
    if (
      e.key === 'Enter' &&
      s.phase === 'offer' &&
      !ui.window &&
      !s.paused &&
      !ui.helpOpen &&
      !e.repeat &&
      !isTyping(e.target)
    ) {
      consume();
      s.actions.accept();
    }
  }

  if (initial.dialogue) showComm(initial);
  if (initial.accolade) {
    ui.accolades = [initial.accolade];
    nextAccolade();
  }
  const unsubscribe = store.subscribe((s, prev) => {
    observe(s, prev);
    update();
  });
  window.addEventListener('keydown', onKey, { capture: true });
  update();

  return () => {
    mounted = false;
    unsubscribe();
    window.removeEventListener('keydown', onKey, { capture: true });
    clearTimeout(commTimer);
    clearTimeout(accoladeTimer);
    clearTimeout(flashTimer);
    render(nothing, container);
    container.remove();
  };
}
