// @vitest-environment happy-dom
/**
 * The speedrun views, driven only by the HUD store: the splits panel (rows, states, deltas,
 * golds, colours, collapsed step groups, final rows), K, C and the reset key, the reset
 * question, and the results in the rewards dialog. Every action is a spy.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  HudActions,
  HudStore,
  SpeedrunView,
  SplitGroupView,
  SplitRowView,
} from '../../src/store/hud';
import { mountForTest } from './harness';

const row = (id: string, patch: Partial<SplitRowView> = {}): SplitRowView => ({
  id,
  title: id.toUpperCase(),
  group: 'g',
  state: 'pending',
  comparison: '1.000',
  time: '',
  deltaMs: null,
  delta: '',
  gold: false,
  colour: null,
  ...patch,
});
const group = (id: string, rows: SplitRowView[], patch: Partial<SplitGroupView> = {}) => ({
  id,
  title: `Step ${id}`,
  collapsed: false,
  state: 'pending' as const,
  rows,
  ...patch,
});

const view = (patch: Partial<SpeedrunView> = {}): SpeedrunView => ({
  visible: true,
  category: 'any%',
  categoryName: 'Any%',
  difficulty: 'normal',
  difficultyName: 'Normal',
  attempt: 3,
  running: true,
  igt: '1:02.350',
  igtTicks: 3741,
  comparison: 'Personal Best',
  comparisons: ['Personal Best', 'Best Segments', 'Average'],
  flags: [],
  counts: true,
  groups: [
    group(
      'one',
      [
        row('a', {
          state: 'done',
          time: '0.950',
          deltaMs: -50,
          delta: '−0.050',
          gold: true,
          colour: 'ahead-gaining',
        }),
        row('b', {
          state: 'done',
          time: '2.100',
          deltaMs: 100,
          delta: '+0.100',
          colour: 'behind-losing',
        }),
      ],
      { collapsed: true, state: 'done' },
    ),
    group(
      'two',
      [
        row('c', { state: 'current', deltaMs: 250, delta: '+0.250', colour: 'behind-losing' }),
        row('d'),
      ],
      {
        state: 'current',
      },
    ),
  ],
  footer: {
    previousSegment: '+0.150',
    previousSegmentMs: 150,
    previousGold: false,
    possibleTimeSave: '0.200',
    sumOfBest: '3.000',
    bestPossible: '3.350',
  },
  confirmReset: false,
  results: null,
  categories: [{ id: 'any%', name: 'Any%', rules: 'All objectives.' }],
  chosen: 'any%',
  board: {
    attempts: 2,
    pb: '3.400',
    pbReplayId: 'r1',
    sumOfBest: '3.000',
    history: [
      {
        n: 2,
        date: '2026-12-02T10:00:00.000Z',
        result: 'reset',
        igt: '0.500',
        rta: '0.700',
        flags: ['resumed'],
      },
      {
        n: 1,
        date: '2026-12-01T10:00:00.000Z',
        result: 'complete',
        igt: '3.400',
        rta: null,
        flags: [],
      },
    ],
  },
  ...patch,
});

let root: HTMLElement;
let store: HudStore;
let actions: HudActions;
let unmount: () => void;

beforeEach(() => {
  ({ root, store, actions, unmount } = mountForTest());
  store.setState({ phase: 'playing', speedrun: view() });
});
afterEach(() => unmount());

const q = (sel: string) => root.querySelector<HTMLElement>(sel);
const key = (code: string, k = '') =>
  window.dispatchEvent(new KeyboardEvent('keydown', { code, key: k, bubbles: true }));

describe('the splits panel', () => {
  it('shows one row per split with its state, delta, gold and colour', () => {
    const panel = q('[data-testid="splits"]')!;
    expect(panel.dataset.category).toBe('any%');
    expect(panel.dataset.attempt).toBe('3');
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="split"]')];
    expect(rows.map((r) => [r.dataset.splitId, r.dataset.state])).toEqual([
      ['b', 'done'],
      ['a', 'done'],
      ['c', 'current'],
      ['d', 'pending'],
    ]);
    const a = q('[data-split-id="a"]')!;
    expect(a.dataset.deltaMs).toBe('-50');
    expect(a.dataset.gold).toBe('true');
    expect(a.className).toContain('is-gold');
    const c = q('[data-split-id="c"]')!;
    expect(c.dataset.deltaMs).toBe('250');
    expect(c.className).toContain('is-behind-losing');
    expect(q('[data-split-id="d"]')!.hasAttribute('data-delta-ms')).toBe(false);
    expect(q('[data-split-id="d"]')!.textContent).toContain('1.000');
    expect(q('[data-testid="sum-of-best"]')!.textContent).toBe('3.000');
    expect(q('[data-testid="best-possible"]')!.textContent).toBe('3.350');
    expect(q('[data-testid="previous-segment"]')!.textContent).toBe('+0.150');
    expect(q('[data-testid="possible-time-save"]')!.textContent).toBe('0.200');
    expect(q('[data-testid="splits-timer"]')!.textContent).toBe('1:02.350');
  });

  it('a collapsed step shows its last split under the step’s name; its other rows are hidden', () => {
    const g = q('[data-group-id="one"]')!;
    expect(g.dataset.collapsed).toBe('true');
    const visible = g.querySelector('.split-rows:not([hidden]) [data-testid="split"]')!;
    expect(visible.getAttribute('data-split-id')).toBe('b');
    expect(visible.textContent).toContain('Step one');
    expect(g.querySelector('.split-rows[hidden] [data-split-id="a"]')).not.toBeNull();
    expect(q('[data-group-id="two"]')!.dataset.collapsed).toBe('false');
  });

  it('hidden when not visible; K toggles, C changes the comparison, the reset key asks', () => {
    store.setState({ speedrun: view({ visible: false }) });
    expect(q('[data-testid="splits"]')).toBeNull();
    key('KeyK', 'k');
    expect(actions.toggleSplits).toHaveBeenCalledTimes(1);
    store.setState({ speedrun: view() });
    key('KeyC', 'c');
    expect(actions.nextComparison).toHaveBeenCalledTimes(1);
    key('Backspace', 'Backspace');
    expect(actions.askReset).toHaveBeenCalledTimes(1);
    // Not while paused (a modal is open).
    store.setState({ paused: true });
    key('Backspace', 'Backspace');
    expect(actions.askReset).toHaveBeenCalledTimes(1);
  });

  it('the comparison can be chosen in the panel', () => {
    const select = q('[data-testid="comparison"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([
      'Personal Best',
      'Best Segments',
      'Average',
    ]);
    select.value = 'Average';
    select.dispatchEvent(new Event('change'));
    expect(actions.setComparison).toHaveBeenCalledWith('Average');
  });

  it('an assisted run says it sets no PB', () => {
    store.setState({ speedrun: view({ flags: ['resumed'], counts: false }) });
    expect(q('[data-testid="splits-flags"]')!.textContent).toMatch(/Resumed: .*no\s+personal best/);
  });
});

describe('the board', () => {
  it('lists the attempts with date, result, IGT and RTA, newest first, and the PB', () => {
    const h = q('[data-testid="attempt-history"]')!;
    expect(h.dataset.attempts).toBe('2');
    expect(q('[data-testid="board-pb"]')!.textContent).toBe('3.400');
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="attempt"]')];
    expect(rows.map((r) => [r.dataset.n, r.dataset.result])).toEqual([
      ['2', 'reset'],
      ['1', 'complete'],
    ]);
    expect(rows[0]!.textContent).toContain('Reset (Resumed)');
    expect(rows[0]!.textContent).toContain('0.700');
  });
});

describe('reset', () => {
  it('asks first: Enter resets, Esc keeps running, and the buttons do the same', () => {
    expect(q('[data-testid="reset-confirm"]')).toBeNull();
    store.setState({ speedrun: view({ confirmReset: true }) });
    expect(q('[data-testid="reset-confirm"]')!.textContent).toContain('#3');
    key('Escape', 'Escape');
    expect(actions.confirmReset).toHaveBeenLastCalledWith(false);
    expect(actions.setPaused).not.toHaveBeenCalled();
    key('Enter', 'Enter');
    expect(actions.confirmReset).toHaveBeenLastCalledWith(true);
    q('[data-testid="reset-no"]')!.click();
    expect(actions.confirmReset).toHaveBeenLastCalledWith(false);
    q('[data-testid="reset-yes"]')!.click();
    expect(actions.confirmReset).toHaveBeenLastCalledWith(true);
  });
});

describe('results', () => {
  it('lists every split with time, segment, delta and golds, the new PB and the attempt', () => {
    store.setState({
      phase: 'complete',
      rewards: {
        kind: 'replay',
        reason: 'Mission Replay',
        sp: 1,
        exp: 1,
        mark: 'XI',
        rank: 'Vice Admiral',
        level: 50,
        igt: '10:00.000',
      },
      speedrun: view({
        running: false,
        results: {
          categoryName: 'Any%',
          difficultyName: 'Normal',
          attempt: 7,
          status: 'complete',
          igt: '10:00.000',
          rta: '10:05.000',
          counts: true,
          flags: [],
          newPb: true,
          previousPb: '10:02.000',
          pbDeltaMs: -2000,
          rows: [
            {
              id: 'a',
              title: 'A',
              time: '1.000',
              segment: '1.000',
              deltaMs: -100,
              delta: '−0.100',
              gold: true,
            },
            {
              id: 'b',
              title: 'B',
              time: '10:00.000',
              segment: '9:59.000',
              deltaMs: 50,
              delta: '+0.050',
              gold: false,
            },
          ],
          golds: 1,
        },
      }),
    });
    const r = q('[data-testid="results"]')!;
    expect(r.dataset.newPb).toBe('true');
    expect(r.dataset.attempt).toBe('7');
    expect(r.textContent).toContain('attempt #7');
    expect(q('[data-testid="results-new-pb"]')!.textContent).toContain('was 10:02.000');
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="result-split"]')];
    expect(rows.map((x) => [x.dataset.splitId, x.dataset.gold, x.dataset.deltaMs])).toEqual([
      ['a', 'true', '-100'],
      ['b', 'false', '50'],
    ]);
    expect(rows[1]!.textContent).toContain('9:59.000');
    expect(q('[data-testid="results-golds"]')!.textContent!.trim()).toBe('1 gold segment');
  });
});
