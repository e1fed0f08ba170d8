/** What every view function receives: the store snapshot, local UI state, and UI commands. */
import type { AccoladeView, HudState } from '../../store/hud';

/** Interface-only state the store does not hold (what is open, what is being rebound). */
export interface UiLocal {
  helpOpen: boolean;
  /** The pause menu's page: the menu, settings, or a question before restart/abandon/quit. */
  pauseView: 'menu' | 'settings' | 'confirm-restart' | 'confirm-abandon' | 'confirm-quit';
  /** Binding id waiting for a key press, or null. */
  rebinding: string | null;
  /** Why the last key pressed for a binding was refused (another action has it), or null. */
  bindingError: string | null;
  /** The comm line set on screen (its dialogue key), or null when none is shown. */
  commKey: number | null;
  /** Accolades waiting to be shown; the first one is on screen. */
  accolades: AccoladeView[];
  /** Bumped on every damage flash so the vignette element restarts its animation. */
  flashKey: number;
  flash: 'none' | 'hit' | 'defeat';
  announcement: string;
  /** The journal (J) or the accolade window (L), when open. */
  window: 'journal' | 'accolades' | null;
  /** The new-captain form is open (it always is while there is no captain). */
  creating: boolean;
  createError: string | null;
  /** The replay record whose Delete was pressed once and waits for the second press. */
  confirmDelete: string | null;
  /** A file is being dragged over the page (the drop hint is shown). */
  dragging: boolean;
}

export interface UiCommands {
  setHelp(open: boolean): void;
  setPauseView(view: UiLocal['pauseView']): void;
  startRebind(id: string | null): void;
  resetBindings(): void;
  dismissComm(): void;
  setWindow(w: UiLocal['window']): void;
  setCreating(open: boolean): void;
  setCreateError(message: string | null): void;
  setConfirmDelete(id: string | null): void;
}

export interface View {
  s: HudState;
  ui: Readonly<UiLocal>;
  cmd: UiCommands;
}

/** Keeps HUD buttons from taking keyboard focus on click (Space would press them again). */
export const noFocus = (e: Event): void => e.preventDefault();
