// @vitest-environment happy-dom
/** Practice in the interface (journal, tracker), the replay library's LiveSplit files, and the LiveSplit Server settings. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HudActions, HudState, HudStore } from '../../src/store/hud';
import { mountForTest } from './harness';

const PRACTICE: HudState['practice'] = {
  steps: [
    { id: 'report-to-bajor', title: 'Report to the Bajor Sector', best: null },
    { id: 'deception', title: 'Deception', best: '00:42.567' },
  ],
  preparing: null,
  active: null,
  error: null,
};

let root: HTMLElement;
let store: HudStore;
let actions: HudActions;
let unmount: () => void;
const q = (sel: string) => root.querySelector<HTMLElement>(sel);

beforeEach(() => {
  ({ root, store, actions, unmount } = mountForTest());
  store.setState({ phase: 'playing', status: 'active', missionTitle: 'Shutdown' });
});
afterEach(() => unmount());

const openJournal = () =>
  window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', bubbles: true }));

describe('practice', () => {
  it('the journal lists every step with its best; Practise starts it and closes the journal', () => {
    store.setState({ practice: PRACTICE });
    openJournal();
    const entries = root.querySelectorAll(
      '[data-testid="practice"] [data-testid="practice-entry"]',
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector('[data-testid="practice-best"]')!.textContent).toContain(
      'No time yet',
    );
    expect(entries[1]!.querySelector('[data-testid="practice-best"]')!.textContent).toContain(
      '00:42.567',
    );
    q('[data-testid="practice-step"][data-step-id="deception"]')!.click();
    expect(actions.practiceStep).toHaveBeenCalledWith('deception');
    expect(q('[data-testid="journal"]')).toBeNull();
  });

  it('while a step is being prepared its button says so and none can be pressed', () => {
    store.setState({ practice: { ...PRACTICE, preparing: 'deception', error: 'no' } });
    openJournal();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="practice-step"]')];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(buttons[1]!.textContent).toContain('Preparing');
    expect(q('[data-testid="practice-error"]')!.textContent).toBe('no');
    expect(q('[data-testid="practice-run"]')!.dataset.state).toBe('preparing');
  });

  it('the tracker shows the practised step, then its time and a new best', () => {
    const active = {
      stepId: 'deception',
      title: 'Deception',
      time: null,
      newBest: false,
      autopilot: false,
    };
    store.setState({ practice: { ...PRACTICE, active } });
    const line = () => q('[data-testid="practice-run"]')!;
    expect(line().dataset.state).toBe('running');
    expect(line().textContent).toContain('Deception');
    store.setState({
      practice: { ...PRACTICE, active: { ...active, time: '00:40.000', newBest: true } },
    });
    expect(line().dataset.state).toBe('done');
    expect(line().dataset.newBest).toBe('true');
    expect(q('[data-testid="practice-time"]')!.textContent).toBe('00:40.000');
    expect(line().textContent).toContain('new best');
    store.setState({
      practice: { ...PRACTICE, active: { ...active, time: '00:39.000', autopilot: true } },
    });
    expect(line().textContent).toContain('not kept as a best');
    expect(line().textContent).not.toContain('new best');
  });

  it('no practice, no line', () => {
    expect(q('[data-testid="practice-run"]')).toBeNull();
  });
});

describe('LiveSplit files in the replay library', () => {
  const LSS: HudState['lss'] = {
    categories: [
      { id: 'any%', name: 'Any%' },
      { id: 'autopilot', name: 'Autopilot' },
    ],
    difficulties: [
      { id: 'normal', name: 'Normal' },
      { id: 'elite', name: 'Elite' },
    ],
    category: 'any%',
    difficulty: 'normal',
    comparison: null,
    message: null,
    error: null,
  };

  it('chooses the category and difficulty, exports, and imports a chosen file', () => {
    store.setState({ lss: LSS, replays: { ...store.getState().replays, open: true } });
    const category = q('[data-testid="lss-category"]') as HTMLSelectElement;
    category.value = 'autopilot';
    category.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.chooseLss).toHaveBeenCalledWith('autopilot', 'normal');
    const difficulty = q('[data-testid="lss-difficulty"]') as HTMLSelectElement;
    difficulty.value = 'elite';
    difficulty.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.chooseLss).toHaveBeenCalledWith('any%', 'elite');
    q('[data-testid="export-lss"]')!.click();
    expect(actions.exportLss).toHaveBeenCalledOnce();
    const input = q('[data-testid="import-lss"]') as HTMLInputElement;
    const chosen = new File(['<Run/>'], 'pb.lss');
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.importLss).toHaveBeenCalledWith(chosen);
  });

  it('shows the comparison loaded, the refusal and the confirmation', () => {
    store.setState({
      lss: {
        ...LSS,
        comparison: { name: 'Any% (LiveSplit)', categoryId: 'any%', matched: 12, total: 17 },
        error: 'pb.txt was not loaded. This is not a LiveSplit splits file: it is empty.',
        message: 'Shutdown - Any%.lss saved with 3 attempts.',
      },
      replays: { ...store.getState().replays, open: true },
    });
    expect(q('[data-testid="lss-comparison"]')!.textContent).toContain(
      'Any% (LiveSplit) (12 of 17 splits)',
    );
    expect(q('[data-testid="lss-error"]')!.textContent).toContain('not a LiveSplit splits file');
    expect(q('[data-testid="lss-message"]')!.textContent).toContain('3 attempts');
  });
});

describe('LiveSplit Server in the settings and the HUD', () => {
  const openSettings = () => {
    store.setState({ paused: true });
    q('[data-testid="pause-settings"]')!.click();
  };

  it('the address and the switch go through updateSettings; the status is shown', () => {
    openSettings();
    const url = q('[data-testid="livesplit-url"]') as HTMLInputElement;
    expect(url.value).toBe('ws://localhost:16834/livesplit');
    url.value = ' ws://127.0.0.1:9000/livesplit ';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.updateSettings).toHaveBeenCalledWith({
      liveSplitUrl: 'ws://127.0.0.1:9000/livesplit',
    });
    const box = q('[data-testid="livesplit-enabled"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.updateSettings).toHaveBeenCalledWith({ liveSplit: true });
    expect(q('[data-testid="livesplit-status"]')).toBeNull();
    store.setState({
      settings: { ...store.getState().settings, liveSplit: true },
      liveSplit: { status: 'connected', detail: null },
    });
    expect(q('[data-testid="livesplit-status"]')!.textContent).toContain('Connected');
  });

  it('the HUD shows a connection that is not up, and nothing when it is', () => {
    store.setState({
      settings: { ...store.getState().settings, liveSplit: true },
      liveSplit: {
        status: 'retrying',
        detail: 'the connection to LiveSplit was lost; trying again in 2 s',
      },
    });
    const hud = q('[data-testid="livesplit-hud"]')!;
    expect(hud.dataset.status).toBe('retrying');
    expect(hud.textContent).toContain('Not connected');
    expect(hud.textContent).toContain('trying again in 2 s');
    store.setState({ liveSplit: { status: 'connected', detail: null } });
    expect(q('[data-testid="livesplit-hud"]')).toBeNull();
    store.setState({
      settings: { ...store.getState().settings, liveSplit: false },
      liveSplit: { status: 'off', detail: null },
    });
    expect(q('[data-testid="livesplit-hud"]')).toBeNull();
  });
});
