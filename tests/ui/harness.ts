/**
 * The DOM interface mounted for a test (happy-dom): a fresh store whose every action is a spy,
 * so an action added to the store cannot be missed by the tests.
 */
import { vi } from 'vitest';
import { createHudStore, type HudActions, type HudStore } from '../../src/store/hud';
import { mountUi } from '../../src/ui/mountUi';

/** A spy for every action the store declares (each returns null, as `createCaptain` may). */
export function spyActions(): HudActions {
  const names = Object.keys(createHudStore().getState().actions);
  return Object.fromEntries(names.map((n) => [n, vi.fn(() => null)])) as unknown as HudActions;
}

export function mountForTest(): {
  root: HTMLElement;
  store: HudStore;
  actions: HudActions;
  unmount: () => void;
} {
  document.body.innerHTML = '<div id="ui"></div>';
  const root = document.getElementById('ui')!;
  const store = createHudStore();
  const actions = spyActions();
  store.setState({ actions });
  return { root, store, actions, unmount: mountUi(root, store) };
}
