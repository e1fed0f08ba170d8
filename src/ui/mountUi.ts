/**
 * The DOM interface: mounts lit-html views over the game, re-renders on every store change,
 * and owns the interface-only state the store does not hold (help screen, settings page, key
 * rebinding, comm and accolade timers, damage flashes, screen-reader announcements, the
 * replay library's delete confirmation and the drop hint while a file is dragged over the page).
 *
 * The overlay container lets pointer events through to the canvas; only panels that can be
 * clicked (dialogs, buttons, the comm panel) take them.
 */
import './ui.css';
import { html, nothing, render } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { DEFAULT_BINDINGS, type HudState, type HudStore } from '../store/hud';
import { announcements } from './announce';
import { bindingLabel, boundTo, keyLabel } from './format';
import type { HudLayout } from './layout';
import { actionBarView } from './views/actionBar';
import { accoladeWindowView, journalView, noticesView, titleView } from './views/captains';
import { accoladeView, commView } from './views/comms';
import type { UiCommands, UiLocal, View } from './views/context';
import { errorsView, failureView, offerView, rewardsView, runErrorView } from './views/dialogs';
import { controlsHintView } from './views/helm';
import { leaderboardView } from './views/leaderboard';
import { helpView, pauseView } from './views/menus';
import { ghostDeltaView, nextSpeed, replayLibraryView, replayViewerView } from './views/replays';
import { resetConfirmView, splitsView } from './views/splits';
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
  | 'replays'
  | 'leaderboard'
  | 'journal'
  | 'accolades'
  | 'rewards'
  | 'offer'
  | 'title'
  | 'viewer'
  | null;

function topModal(s: HudState, ui: UiLocal): Modal {
  if (ui.helpOpen) return 'help';
  if (s.paused) return ui.pauseView === 'settings' ? 'pause-settings' : 'pause';
  if (s.phase === 'error') return 'errors';
  if (s.replays.open) return 'replays';
  if (s.leaderboard.open) return 'leaderboard';
  if (ui.window) return ui.window;
  if (s.phase === 'replay') return s.viewer ? 'viewer' : null;
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

const isRange = (t: EventTarget | null): boolean =>
  t instanceof HTMLInputElement && t.type === 'range';

/** A field that takes typed characters (not a slider, checkbox or button). */
const isTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable ||
    t.tagName === 'TEXTAREA' ||
    (t instanceof HTMLInputElement &&
      !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].includes(
        t.type,
      )));

/** Shift+←/→ in the viewer moves this far: 5 s of simulation. */
export const VIEWER_JUMP_TICKS = 300;

/** The drag carries files (not text or a link dragged from the page). */
function dragsFiles(e: DragEvent): boolean {
  const dt = e.dataTransfer;
  if (!dt) return false;
  return [...(dt.types ?? [])].includes('Files') || (dt.files?.length ?? 0) > 0;
}

/**
 * Mounts the interface into `root` (normally `#ui`) and returns a function that removes it,
 * its listeners and its timers again. `layout`, when given, is told after every render that the
 * free area may have moved (the camera reads it).
 */
export function mountUi(root: HTMLElement, store: HudStore, layout?: HudLayout): () => void {
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
    bindingError: null,
    commKey: null,
    accolades: [],
    flashKey: 0,
    flash: 'none',
    announcement: '',
    window: null,
    creating: false,
    createError: null,
    confirmDelete: null,
    dragging: false,
  };
  /** dragenter/dragleave pairs seen on the page: the hint hides when they balance out. */
  let dragDepth = 0;
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
      ui.bindingError = null;
      update();
    },
    startRebind(id) {
      ui.rebinding = id;
      ui.bindingError = null;
      update();
    },
    resetBindings() {
      ui.rebinding = null;
      ui.bindingError = null;
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
    setConfirmDelete(id) {
      ui.confirmDelete = id;
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
      ui.bindingError = null;
    }

    // A pending delete is forgotten when the window closes or the record is gone.
    const pending = ui.confirmDelete;
    if (pending && (!s.replays.open || !s.replays.entries.some((e) => e.id === pending))) {
      ui.confirmDelete = null;
    }
  }

  function template(s: HudState) {
    const v: View = { s, ui, cmd };
    const watching = s.phase === 'replay';
    const hud = s.phase === 'playing' || s.phase === 'complete' || watching;
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
            <div class="hud-left">
              <div class="hud-top-left">${trackerView(v)} ${ghostDeltaView(v)} ${splitsView(v)}</div>
              <div class="hud-bottom-left">${statusView(v)}</div>
            </div>
            <div class="hud-top-center">${targetView(v)}</div>
            <div class="hud-free" data-testid="hud-free"></div>
            <div class="hud-top-right">
              <div class="minimap-reserve" data-testid="minimap-reserve" aria-hidden="true"></div>
              ${commView(v)} ${accoladeView(v)} ${noticesView(v)}
            </div>
            <div class="hud-bottom-center">
              ${watching ? nothing : controlsHintView(v)}
              ${watching ? replayViewerView(v) : actionBarView(v)}
            </div>
            <div class="hud-center">${respawnView(v)} ${failureView(v)} ${resetConfirmView(v)}</div>
          </div>`
          : nothing
      }
      ${s.phase === 'title' ? titleView(v) : nothing}
      ${s.phase === 'offer' ? offerView(v) : nothing}
      ${s.phase === 'error' ? errorsView(v) : nothing}
      ${watching ? nothing : rewardsView(v)}
      ${ui.window === 'journal' ? journalView(v) : nothing}
      ${ui.window === 'accolades' ? accoladeWindowView(v) : nothing}
      ${s.replays.open ? replayLibraryView(v) : nothing}
      ${s.leaderboard.open && !s.replays.open ? leaderboardView(v) : nothing}
      ${hud ? nothing : html`<div class="toast-layer">${accoladeView(v)}</div>`}
      ${runErrorView(v)} ${hud ? nothing : noticesView(v)}
      ${s.paused ? pauseView(v) : nothing} ${ui.helpOpen ? helpView(v) : nothing}
      ${
        ui.dragging
          ? html`<div class="drop-hint" data-testid="drop-hint" aria-hidden="true">
            <div class="drop-hint-box">Drop a replay file to open it</div>
          </div>`
          : nothing
      }
      <div class="visually-hidden" aria-live="polite" data-testid="live-region">
        ${ui.announcement}
      </div>
    </div>`;
  }

  function update(): void {
    if (!mounted) return;
    const s = store.getState();
    render(template(s), container);
    layout?.invalidate();
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

  /** The viewer's keys; true when the key was one of them and has been acted on. */
  function viewerKey(e: KeyboardEvent, v: NonNullable<HudState['viewer']>): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const a = store.getState().actions;
    const t = e.target;
    if (e.code === 'Space' || e.key === ' ') {
      // A focused button, list or box does its own thing with Space; the seek bar does not.
      if (isTyping(t) && !isRange(t)) return false;
      if (!e.repeat) a.viewerPlay(!v.playing);
      return true;
    }
    if (e.code === 'ArrowLeft' || e.code === 'ArrowRight') {
      if (isTextField(t) || (t instanceof HTMLElement && t.tagName === 'SELECT')) return false;
      const dir = e.code === 'ArrowRight' ? 1 : -1;
      if (e.shiftKey) {
        const tick = Math.min(v.endTick, Math.max(v.startTick, v.tick + dir * VIEWER_JUMP_TICKS));
        a.viewerSeek(tick);
      } else {
        a.viewerStep(dir);
      }
      return true;
    }
    if (isTextField(t)) return false;
    if (e.code === 'KeyN') {
      if (!e.repeat) a.viewerNextSplit();
      return true;
    }
    if (e.code === 'KeyC') {
      if (!e.repeat) a.viewerCamera(v.camera === 'follow' ? 'free' : 'follow');
      return true;
    }
    const faster = e.key === '+' || e.code === 'NumpadAdd' || (e.code === 'Equal' && !e.shiftKey);
    const slower = e.key === '-' || e.code === 'NumpadSubtract' || e.code === 'Minus';
    if (faster || slower) {
      const speed = nextSpeed(v.speed, faster ? 1 : -1);
      if (speed !== null) a.viewerSpeed(speed);
      return true;
    }
    return false;
  }

  function onKey(e: KeyboardEvent): void {
    const s = store.getState();
    const b = s.settings.bindings;

    if (ui.rebinding) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const id = ui.rebinding;
      // A key does one thing: a key another action has is refused, and the binding keeps
      // waiting for another key (Esc cancels).
      const other = e.code === 'Escape' || e.code === '' ? null : boundTo(b, id, e.code);
      if (other) {
        ui.bindingError = `${keyLabel(e.code)} is already the key for “${bindingLabel(other)}”. Press another key for “${bindingLabel(id)}”, or change “${bindingLabel(other)}” first.`;
      } else {
        if (e.code !== 'Escape' && e.code !== '')
          s.actions.updateSettings({ bindings: { ...b, [id]: e.code } });
        ui.rebinding = null;
        ui.bindingError = null;
      }
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
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey && !isTextEntry(e.target);
    // The reset question has the keyboard while it is open: Enter (or the reset key again)
    // resets, Esc keeps running.
    if (s.speedrun?.confirmReset) {
      if (isPause) {
        consume();
        s.actions.confirmReset(false);
        return;
      }
      if ((e.key === 'Enter' || e.code === b.reset) && !e.repeat && plain) {
        consume();
        s.actions.confirmReset(true);
        return;
      }
    }
    const isHelp = e.code === 'F1' || e.key === '?' || e.code === b.help;
    if (isPause) {
      consume();
      if (ui.helpOpen) {
        // Esc closes the help screen first, back to the game or the pause menu under it.
        cmd.setHelp(false);
      } else if (s.replays.open) {
        s.actions.openReplays(false);
      } else if (s.leaderboard.open) {
        s.actions.openLeaderboard(false);
      } else if (ui.window) {
        cmd.setWindow(null);
      } else if (s.paused) {
        s.actions.setPaused(false);
      } else if (s.phase === 'replay') {
        s.actions.closeViewer();
      } else if (s.rewards) {
        // Closing the rewards hands the ship back (free flight).
        s.actions.closeRewards();
      } else if (s.phase === 'playing' || s.phase === 'complete') {
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
    if (
      (isJournal || isAccolades) &&
      !isTextEntry(e.target) &&
      !e.repeat &&
      s.phase !== 'error' &&
      !s.replays.open
    ) {
      consume();
      const want = isJournal ? 'journal' : 'accolades';
      cmd.setWindow(ui.window === want ? null : want);
      return;
    }
    // R: the replay library, on the title or in flight when nothing else is open. Ctrl+R and
    // friends stay the browser's.
    const isReplays = e.code === (b.replays ?? 'KeyR');
    if (isReplays && !isTextEntry(e.target) && !e.repeat && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const modal = topModal(s, ui);
      const inFlight = s.phase === 'playing' || s.phase === 'complete';
      if (s.replays.open) {
        consume();
        s.actions.openReplays(false);
        return;
      }
      if (modal === 'title' || (inFlight && modal === null)) {
        consume();
        s.actions.openReplays(true);
        return;
      }
    }
    // B: the leaderboard, like R, when a server is in use.
    const isBoard = e.code === (b.leaderboard ?? 'KeyB');
    if (isBoard && !isTextEntry(e.target) && !e.repeat && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const modal = topModal(s, ui);
      const inFlight = s.phase === 'playing' || s.phase === 'complete';
      if (s.leaderboard.open) {
        consume();
        s.actions.openLeaderboard(false);
        return;
      }
      if (modal === 'title' || (inFlight && modal === null)) {
        consume();
        s.actions.openLeaderboard(true);
        return;
      }
    }
    if (topModal(s, ui) === 'viewer' && s.viewer && viewerKey(e, s.viewer)) {
      consume();
      return;
    }
    // Speedrun keys: K shows the splits, C changes the comparison, the reset key asks to reset.
    const inFlight = (s.phase === 'playing' || s.phase === 'complete') && topModal(s, ui) === null;
    if (plain && !e.repeat && inFlight) {
      if (e.code === b.splits) {
        consume();
        s.actions.toggleSplits();
        return;
      }
      if (e.code === b.comparison && s.speedrun?.visible) {
        consume();
        s.actions.nextComparison();
        return;
      }
      if (e.code === b.reset && s.speedrun?.running) {
        consume();
        s.actions.askReset();
        return;
      }
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
  /** Files may be opened wherever the library can be: not while loading or broken. */
  const takesFiles = () => {
    const phase = store.getState().phase;
    return phase !== 'loading' && phase !== 'error';
  };
  function setDragging(on: boolean): void {
    if (ui.dragging === on) return;
    ui.dragging = on;
    update();
  }
  function onDragEnter(e: DragEvent): void {
    if (!dragsFiles(e)) return;
    e.preventDefault();
    dragDepth += 1;
    setDragging(takesFiles());
  }
  function onDragOver(e: DragEvent): void {
    if (!dragsFiles(e)) return;
    // Always claimed, so a file dropped on the game is never opened by the browser instead.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = takesFiles() ? 'copy' : 'none';
  }
  function onDragLeave(e: DragEvent): void {
    if (!dragsFiles(e)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) setDragging(false);
  }
  function onDrop(e: DragEvent): void {
    if (!dragsFiles(e)) return;
    e.preventDefault();
    dragDepth = 0;
    setDragging(false);
    const file = e.dataTransfer?.files?.[0];
    if (!file || !takesFiles()) return;
    const s = store.getState();
    // Open the window first: what the file turned out to be (or why not) is shown there.
    if (!s.replays.open) s.actions.openReplays(true);
    s.actions.openReplayFile(file);
  }
  const drag: [string, (e: DragEvent) => void][] = [
    ['dragenter', onDragEnter],
    ['dragover', onDragOver],
    ['dragleave', onDragLeave],
    ['drop', onDrop],
  ];

  const unsubscribe = store.subscribe((s, prev) => {
    observe(s, prev);
    update();
  });
  window.addEventListener('keydown', onKey, { capture: true });
  for (const [type, f] of drag) document.addEventListener(type, f as EventListener);
  update();

  return () => {
    mounted = false;
    unsubscribe();
    window.removeEventListener('keydown', onKey, { capture: true });
    for (const [type, f] of drag) document.removeEventListener(type, f as EventListener);
    clearTimeout(commTimer);
    clearTimeout(accoladeTimer);
    clearTimeout(flashTimer);
    render(nothing, container);
    container.remove();
  };
}
