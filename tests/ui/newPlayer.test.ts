// @vitest-environment happy-dom
/**
 * The new player's interface: the helm readout, the first-controls hint (shown until the
 * throttle is used, each used control dimmed, off in settings), and a help screen that says
 * what the keys really do.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHudStore,
  DEFAULT_SETTINGS,
  type HudActions,
  type HudState,
  type HudStore,
} from '../../src/store/hud';
import { controlsHint, controlsHintText } from '../../src/ui/views/helm';
import { mountForTest } from './harness';

const flying = (): Partial<HudState> => ({
  phase: 'playing',
  status: 'offered',
  sceneKind: 'space',
  player: {
    name: 'U.S.S. Kestrel',
    hull: 1000,
    hullMax: 1000,
    shields: [300, 300, 300, 300],
    shieldMax: 300,
    downed: false,
  },
  helm: { throttle: 0, speed: 0, maxSpeed: 180, fullImpulse: false },
});

const key = (init: KeyboardEventInit) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

describe('controlsHint', () => {
  const state = (patch: Partial<HudState> = {}): HudState => {
    const s = createHudStore();
    s.setState({ ...flying(), ...patch });
    return s.getState();
  };

  it("names the player's own keys in one line", () => {
    const hint = controlsHint(state())!;
    expect(controlsHintText(hint.parts)).toBe('W/S throttle · A/D turn · Space fire');
    const rebound = controlsHint(
      state({
        settings: {
          ...DEFAULT_SETTINGS,
          bindings: { ...DEFAULT_SETTINGS.bindings, forward: 'KeyI', back: 'KeyK', fire: 'KeyG' },
        },
      }),
    )!;
    expect(controlsHintText(rebound.parts)).toBe('I/K throttle · A/D turn · G fire');
  });

  it('is done once the throttle has been used; turn and fire alone only dim their part', () => {
    expect(controlsHint(state())!.done).toBe(false);
    const turned = controlsHint(
      state({ controlsUsed: { throttle: false, turn: true, fire: true } }),
    )!;
    expect(turned.done).toBe(false);
    expect(turned.parts.map((p) => p.used)).toEqual([false, true, true]);
    expect(
      controlsHint(state({ controlsUsed: { throttle: true, turn: false, fire: false } }))!.done,
    ).toBe(true);
  });

  it('is shown only in space, while playing, and not when switched off', () => {
    expect(controlsHint(state({ sceneKind: 'ground' }))).toBeNull();
    expect(controlsHint(state({ phase: 'offer' }))).toBeNull();
    expect(controlsHint(state({ phase: 'replay' }))).toBeNull();
    expect(controlsHint(state({ settings: { ...DEFAULT_SETTINGS, hints: false } }))).toBeNull();
  });
});

describe('new player HUD', () => {
  let root: HTMLElement;
  let store: HudStore;
  let actions: HudActions;
  let unmount: () => void;

  beforeEach(() => {
    ({ root, store, actions, unmount } = mountForTest());
  });
  afterEach(() => unmount());

  const q = (sel: string) => root.querySelector<HTMLElement>(sel);
  const text = (sel: string) => q(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  it('shows the throttle and speed, and Full Impulse when engaged; nothing on the ground', () => {
    store.setState({
      ...flying(),
      helm: { throttle: 75, speed: 131, maxSpeed: 180, fullImpulse: false },
    });
    expect(text('[data-testid="throttle-value"]')).toBe('75%');
    expect(text('[data-testid="speed-value"]')).toBe('131');
    expect(q('[data-testid="full-impulse"]')).toBeNull();
    expect(q('[data-testid="throttle"] [role="meter"]')?.getAttribute('aria-valuenow')).toBe('75');
    store.setState({ helm: { throttle: 75, speed: 520, maxSpeed: 180, fullImpulse: true } });
    expect(text('[data-testid="full-impulse"]')).toBe('Full Impulse');
    expect(q('[data-testid="throttle"]')?.dataset.fullImpulse).toBe('true');
    store.setState({ sceneKind: 'ground', helm: null });
    expect(q('[data-testid="throttle"]')).toBeNull();
  });

  it('shows the controls hint, marks it done after the throttle is used, and obeys the setting', () => {
    store.setState(flying());
    const hint = () => q('[data-testid="controls-hint"]');
    expect(hint()?.dataset.state).toBe('shown');
    expect(hint()?.getAttribute('aria-label')).toBe('W/S throttle · A/D turn · Space fire');
    store.setState({ controlsUsed: { throttle: false, turn: true, fire: false } });
    expect(hint()?.dataset.state).toBe('shown');
    expect(q('[data-control="turn"]')?.classList.contains('is-used')).toBe(true);
    store.setState({ controlsUsed: { throttle: true, turn: true, fire: false } });
    expect(hint()?.dataset.state).toBe('done');
    expect(hint()?.classList.contains('is-done')).toBe(true);
    store.setState({
      controlsUsed: { throttle: false, turn: false, fire: false },
      settings: { ...DEFAULT_SETTINGS, hints: false },
    });
    expect(hint()).toBeNull();
  });

  it('has a settings checkbox for the hint that goes through updateSettings', () => {
    store.setState({ ...flying(), paused: true });
    q('[data-testid="pause-settings"]')!.click();
    const box = q('[data-testid="setting-hints"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(actions.updateSettings).toHaveBeenCalledWith({ hints: false });
  });

  it('help: forward/back step the throttle in space and move on the ground; no "steer"', () => {
    store.setState(flying());
    key({ key: 'F1', code: 'F1' });
    // What each key does, as the help lists it: "keys" → "action", per section.
    const rows = new Map<string, string>();
    for (const section of root.querySelectorAll('[data-testid="help-space"] .section-title')) {
      const dl = section.nextElementSibling!;
      for (const dt of dl.querySelectorAll('dt'))
        rows.set(
          `${section.textContent}: ${dt.textContent!.replace(/\s+/g, ' ').trim()}`,
          dt.nextElementSibling!.textContent!.trim(),
        );
    }
    expect(rows.get('In space: WS or ↑↓')).toBe(
      'Throttle up / down a quarter a press (hold to keep stepping)',
    );
    expect(rows.get('In space: AD or ←→')).toBe('Turn left / right');
    expect(rows.get('In space: Left Shift')).toBe('Full Impulse on / off (only out of combat)');
    expect(rows.get('On the ground: WASD or arrows')).toBe('Move up, left, down, right');
    expect(rows.get('On the ground: Space or a mouse button hold')).toBe('Fire your phaser rifle');
    expect(text('[data-testid="help-screen"]')).not.toMatch(/steer/i);
    expect(text('[data-testid="help-gamepad"]')).toContain('throttle up / down');
  });

  it('the hail prompt names the contact and hails it by id', () => {
    store.setState({
      ...flying(),
      hails: [{ id: 'starfleet-command', name: 'Starfleet Command' }],
    });
    const prompt = q('[data-testid="hail-prompt"]')!;
    expect(prompt.textContent).toContain('Hail Starfleet Command');
    expect(prompt.textContent).not.toContain('starfleet-command');
    prompt.click();
    expect(actions.hail).toHaveBeenCalledWith('starfleet-command');
  });
});
