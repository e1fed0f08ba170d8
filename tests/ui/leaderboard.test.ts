// @vitest-environment happy-dom
/**
 * The leaderboard interface: the window (B) with the runner's own place highlighted and names
 * shown as text, the submit control in the replay library and the rewards dialog with its
 * pending → verified/rejected status, and the app's Leaderboard against a fake server.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Leaderboard } from '../../src/app/leaderboard';
import type { RunRecord } from '../../src/speedrun/record';
import {
  createHudStore,
  type HudActions,
  type HudStore,
  type LeaderboardView,
} from '../../src/store/hud';
import { mountForTest } from './harness';

const board = (patch: Partial<LeaderboardView> = {}): LeaderboardView => ({
  ...createHudStore().getState().leaderboard,
  server: 'http://127.0.0.1:8787',
  categories: ['any%', 'autopilot'],
  difficulties: ['easy', 'normal', 'elite'],
  category: 'any%',
  difficulty: 'normal',
  ...patch,
});

describe('leaderboard window and submit control', () => {
  let root: HTMLElement;
  let store: HudStore;
  let actions: HudActions;
  let unmount: () => void;
  beforeEach(() => {
    ({ root, store, actions, unmount } = mountForTest());
    store.setState({ phase: 'title' });
  });
  afterEach(() => unmount());
  const q = (id: string) => root.querySelector(`[data-testid="${id}"]`);
  const all = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

  it('opens with B, lists places with the own entry highlighted and names as text', async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyB', key: 'b' }));
    expect(actions.openLeaderboard).toHaveBeenCalledWith(true);
    store.setState({
      leaderboard: board({
        open: true,
        total: 3,
        entries: [
          {
            place: 1,
            runId: 'a',
            runner: '<b>Kira</b>',
            igt: '04:00.000',
            igtTicks: 14400,
            mine: false,
          },
          { place: 2, runId: 'b', runner: 'Sisko', igt: '04:10.000', igtTicks: 15000, mine: true },
          { place: 2, runId: 'c', runner: 'Dax', igt: '04:10.000', igtTicks: 15000, mine: false },
        ],
      }),
    });
    await Promise.resolve();
    expect(q('leaderboard')).not.toBeNull();
    const rows = all('board-entry');
    expect(rows.map((r) => r.getAttribute('data-place'))).toEqual(['1', '2', '2']);
    expect(rows.map((r) => r.getAttribute('data-mine'))).toEqual(['false', 'true', 'false']);
    expect(rows[1]!.classList.contains('is-mine')).toBe(true);
    expect(all('board-runner')[0]!.textContent).toBe('<b>Kira</b>');
    expect(root.querySelector('.board-runner b')).toBeNull();
    (all('board-watch')[2] as HTMLButtonElement).click();
    expect(actions.watchBoardEntry).toHaveBeenCalledWith('c');
    (all('board-ghost')[0] as HTMLButtonElement).click();
    expect(actions.raceBoardEntry).toHaveBeenCalledWith('a');
    const diff = q('board-difficulty') as HTMLSelectElement;
    diff.value = 'elite';
    diff.dispatchEvent(new Event('change'));
    expect(actions.showBoard).toHaveBeenCalledWith('any%', 'elite');
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Escape', key: 'Escape' }));
    expect(actions.openLeaderboard).toHaveBeenCalledWith(false);
  });

  it('offers Submit in the replay library only with a server, and shows the status', async () => {
    const entry = {
      id: 'r1',
      date: '2026-11-30T18:05:00.000Z',
      category: 'any%',
      difficulty: 'normal',
      status: 'complete' as const,
      igt: '04:00.000',
      igtTicks: 14400,
      flags: [],
      pb: true,
      imported: false,
    };
    store.setState({ replays: { ...store.getState().replays, open: true, entries: [entry] } });
    await Promise.resolve();
    expect(q('submit-run')).toBeNull();
    store.setState({ leaderboard: board() });
    await Promise.resolve();
    (q('submit-run') as HTMLButtonElement).click();
    expect(actions.submitRun).toHaveBeenCalledWith('r1');
    store.setState({
      leaderboard: board({
        submissions: { r1: { status: 'pending', message: 'Pending verification…' } },
      }),
    });
    await Promise.resolve();
    expect(q('submit-status')!.getAttribute('data-status')).toBe('pending');
    expect((q('submit-run') as HTMLButtonElement).disabled).toBe(true);
    store.setState({
      leaderboard: board({
        submissions: { r1: { status: 'rejected', message: 'Rejected: diverged at tick 5' } },
      }),
    });
    await Promise.resolve();
    expect(q('submit-status')!.textContent).toContain('diverged at tick 5');
  });
});

describe('Leaderboard (app) against a fake server', () => {
  it('detects its own origin, submits with the token it got, and follows pending to verified', async () => {
    const store = createHudStore();
    const calls: { url: string; init?: RequestInit }[] = [];
    let polls = 0;
    const fake = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const u = String(url);
      calls.push({ url: u, ...(init ? { init } : {}) });
      const reply = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status });
      if (u.endsWith('/api/health'))
        return reply(200, {
          service: 'shutdown-leaderboard',
          categories: ['any%', 'autopilot'],
          difficulties: ['normal'],
          rankedCategory: 'any%',
        });
      if (u.endsWith('/api/runs') && init?.method === 'POST')
        return reply(202, { id: 'run1', status: 'pending', token: 'tok' });
      if (u.endsWith('/api/runs/run1'))
        return reply(200, { status: ++polls < 2 ? 'pending' : 'verified', igtTicks: 600 });
      return reply(404, { message: 'no' });
    });
    const tokens = new Map<string, string>();
    const lb = new Leaderboard({
      store,
      mission: 'shutdown',
      owner: () => ({ name: 'Sisko', guest: false }),
      record: async () => ({ result: { igtTicks: 600 } }) as unknown as RunRecord,
      addRecord: async () => null,
      watch: () => {},
      race: () => {},
      tokens: { getItem: (k) => tokens.get(k) ?? null, setItem: (k, v) => void tokens.set(k, v) },
      fetch: fake as unknown as typeof fetch,
      origin: 'http://127.0.0.1:8787',
      pollMs: 1,
    });
    await lb.detect();
    expect(store.getState().leaderboard.server).toBe('http://127.0.0.1:8787');
    await lb.submit('r1');
    expect(store.getState().leaderboard.submissions.r1).toEqual({
      status: 'verified',
      message: 'Verified: 00:10.000',
    });
    expect([...tokens.values()]).toEqual(['tok']);
    await lb.submit('r2');
    const second = calls.filter((c) => c.init?.method === 'POST')[1]!;
    expect((second.init!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });
});
