// @vitest-environment happy-dom
/** Practice in the interface: the journal's step list and the tracker's practice line. */
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
