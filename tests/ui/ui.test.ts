// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HudActions, HudState, HudStore, StepView } from '../../src/store/hud';
import { mountForTest } from './harness';

function steps(destroyed: number): StepView[] {
  return [
    {
      id: 'report-to-bajor',
      title: 'Report to the Bajor Sector, Outside DS9',
      objectives: [
        {
          id: 'report-to-bajor-sector',
          stepId: 'report-to-bajor',
          title: 'Report to the Bajor Sector, Outside DS9',
          state: 'complete',
          progress: 0,
          count: null,
        },
      ],
    },
    {
      id: 'the-best-defense',
      title: 'The Best Defense',
      objectives: [
        {
          id: 'defense-go-to-ds9',
          stepId: 'the-best-defense',
          title: 'Go To Deep Space 9',
          state: 'complete',
          progress: 0,
          count: null,
        },
        {
          id: 'destroy-station-defenses',
          stepId: 'the-best-defense',
          title: 'Destroy Station Defenses',
          state: destroyed >= 18 ? 'complete' : 'active',
          progress: destroyed,
          count: 18,
        },
        {
          id: 'dock-at-ds9',
          stepId: 'the-best-defense',
          title: 'Dock at DS9',
          state: destroyed >= 18 ? 'active' : 'pending',
          progress: 0,
          count: null,
        },
      ],
    },
  ];
}

const playing = (destroyed = 3): Partial<HudState> => ({
  phase: 'playing',
  status: 'active',
  missionTitle: 'Shutdown',
  stepId: 'the-best-defense',
  steps: steps(destroyed),
  sceneKind: 'space',
  igt: '04:12.500',
  player: {
    name: 'U.S.S. Kestrel',
    hull: 900,
    hullMax: 1000,
    shields: [300, 250, 100, 0],
    shieldMax: 300,
    downed: false,
  },
});

const key = (init: KeyboardEventInit) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

describe('mountUi', () => {
  let root: HTMLElement;
  let store: HudStore;
  let actions: HudActions;
  let unmount: () => void;

  beforeEach(() => {
    ({ root, store, actions, unmount } = mountForTest());
  });
  afterEach(() => {
    unmount();
    vi.useRealTimers();
  });

  const q = (sel: string) => root.querySelector<HTMLElement>(sel);
  const text = (sel: string) => q(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const objective = (id: string) => q(`[data-testid="objective"][data-objective-id="${id}"]`);

  it('on the title: the captain form without captains; create goes through the action', () => {
    store.setState({ phase: 'title' });
    expect(q('[data-testid="captain-create"]')).not.toBeNull();
    const levels = root.querySelectorAll('[data-testid="captain-level"] option');
    expect([...levels].map((o) => o.getAttribute('value'))).toEqual(
      Array.from({ length: 15 }, (_, i) => String(36 + i)),
    );
    (q('[data-testid="captain-name"]') as HTMLInputElement).value = 'Sisko';
    (q('[data-testid="captain-level"]') as HTMLSelectElement).value = '45';
    q('[data-testid="captain-create"]')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(actions.createCaptain).toHaveBeenCalledWith('Sisko', 45);
  });

  it('J opens the journal with Replay for a completed mission; L the accolade window', () => {
    const accolade = (
      id: string,
      earned: boolean,
      progress: { value: number; target: number } | null,
    ) => ({
      id,
      name: id,
      description: 'd',
      points: 5,
      category: progress ? 'defeat' : 'mission',
      earned,
      earnedAt: earned ? 'now' : null,
      progress,
    });
    store.setState({
      phase: 'playing',
      status: 'complete',
      profile: {
        captains: [{ id: 'a', name: 'Sisko', level: 45, rank: 'Rear Admiral, Upper Half' }],
        active: {
          id: 'a',
          name: 'Sisko',
          level: 45,
          rank: 'Rear Admiral, Upper Half',
          accoladeScore: 15,
          accolades: [
            accolade('fluidic-reclamation', true, null),
            accolade('wanted-by-section-31', false, { value: 64, target: 100 }),
          ],
          sp: 4838,
          exp: 4640,
          items: [{ mark: 'X', missionTitle: 'Shutdown', kind: 'replay' }],
          checkpoint: null,
          guest: false,
        },
        journal: [
          {
            id: 'shutdown',
            title: 'Shutdown',
            state: 'completed',
            summary: 's',
            historical: 'Retired in 2015.',
            prerequisites: [{ title: 'War Games', done: true }],
            levelRange: '36–50',
            completions: 2,
            bestIgt: '04:10.000',
            currentStep: null,
            nextReward: {
              reason: 'Mission Replay: reduced rewards',
              sp: 1935,
              exp: 1856,
              mark: 'X',
            },
          },
        ],
        notices: [
          { text: 'Your saved captains could not be loaded.', exportLabel: null },
          { text: 'Your latest progress could not be saved.', exportLabel: 'Export this captain' },
        ],
        importError: null,
      },
    });
    expect(text('[data-testid="save-notice"]')).toContain('could not be loaded');
    // Only the second notice offers a file; its button asks for that notice's file.
    const exports = document.querySelectorAll<HTMLButtonElement>('[data-testid="notice-export"]');
    expect([...exports].map((b) => b.textContent?.trim())).toEqual(['Export this captain']);
    exports[0]!.click();
    expect(actions.exportNotice).toHaveBeenCalledWith(1);
    key({ code: 'KeyJ' });
    expect(text('[data-testid="journal"]')).toContain('Retired in 2015.');
    expect(text('[data-testid="journal-sp"]')).toBe('4838');
    q('[data-testid="replay-mission"]')!.click();
    expect(actions.replay).toHaveBeenCalled();
    expect(q('[data-testid="journal"]')).toBeNull();
    key({ code: 'KeyL' });
    const s31 = q('[data-testid="accolade"][data-accolade-id="wanted-by-section-31"]');
    expect(s31?.dataset.earned).toBe('false');
    expect(s31?.textContent).toContain('64/100');
    expect(text('[data-testid="accolade-score"]')).toBe('15');
    key({ code: 'Escape' });
    expect(q('[data-testid="accolade-window"]')).toBeNull();
  });

  it('lets the pointer through the overlay', () => {
    const container = root.firstElementChild as HTMLElement;
    expect(container.style.pointerEvents).toBe('none');
  });

  it('offers the mission and accepts it by button and by Enter', () => {
    store.setState({
      phase: 'offer',
      missionTitle: 'Shutdown',
      briefing: {
        offer: 'Deep Space 9 is not answering hails.',
        summary: 'Get aboard Deep Space 9.',
        body: ['Priority one.', 'Break the defenses.'],
        historical: 'Retired in Season Eleven.',
      },
    });
    const dialog = q('[role="dialog"]');
    expect(dialog?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(dialog?.textContent).toContain('Deep Space 9 is not answering hails.');
    expect(dialog?.textContent).toContain('Break the defenses.');
    expect(dialog?.textContent).toContain('Retired in Season Eleven.');
    const button = q('[data-testid="accept-mission"]') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(document.activeElement).toBe(button);
    button.click();
    expect(actions.accept).toHaveBeenCalledTimes(1);
    key({ key: 'Enter', code: 'Enter' });
    expect(actions.accept).toHaveBeenCalledTimes(2);
  });

  it('tracks the current step with counters, ticks and the in-game time', () => {
    store.setState(playing(3));
    expect(text('[data-testid="mission-tracker"] .tracker-mission')).toBe('Shutdown');
    expect(text('[data-testid="igt"]')).toBe('04:12.500');
    expect(text('.step-title')).toBe('The Best Defense');

    const counter = objective('destroy-station-defenses')!;
    expect(counter.dataset.state).toBe('active');
    expect(counter.querySelector('.objective-title')?.textContent).toBe(
      'Destroy Station Defenses (3/18)',
    );
    const done = objective('defense-go-to-ds9')!;
    expect(done.dataset.state).toBe('complete');
    expect(done.textContent).toContain('✓');
    expect(objective('dock-at-ds9')!.dataset.state).toBe('pending');
    // The finished first step is listed, ticked, above the current one.
    const finished = q('.tracker-done [data-step-id="report-to-bajor"]');
    expect(finished?.textContent).toContain('✓');
    expect(finished?.textContent).toContain('Report to the Bajor Sector, Outside DS9');
  });

  it('announces objective changes in a polite live region', () => {
    store.setState(playing(3));
    const live = q('[data-testid="live-region"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');

    store.setState({ steps: steps(4) });
    expect(live.textContent).toContain('Destroy Station Defenses: 4 of 18');

    store.setState({ steps: steps(18) });
    expect(live.textContent).toContain('Objective complete: Destroy Station Defenses');
    expect(live.textContent).toContain('New objective: Dock at DS9');

    const before = live.textContent;
    store.setState({ igt: '05:00.000' });
    expect(live.textContent).toBe(before);
  });

  it('toggles pause with Escape and resumes from the menu', () => {
    store.setState(playing());
    key({ key: 'Escape', code: 'Escape' });
    expect(actions.setPaused).toHaveBeenLastCalledWith(true);

    // The interface consumes the key: the game's own window listener must not toggle again.
    const game = vi.fn();
    window.addEventListener('keydown', game);
    key({ key: 'Escape', code: 'Escape' });
    window.removeEventListener('keydown', game);
    expect(game).not.toHaveBeenCalled();

    store.setState({ paused: true });
    const menu = q('[data-testid="pause-menu"]')!;
    expect(menu.getAttribute('role')).toBe('dialog');
    expect(document.activeElement).toBe(q('[data-testid="pause-resume"]'));
    key({ key: 'Escape', code: 'Escape' });
    expect(actions.setPaused).toHaveBeenLastCalledWith(false);
    (q('[data-testid="pause-resume"]') as HTMLButtonElement).click();
    expect(actions.setPaused).toHaveBeenCalledTimes(4);
  });

  it('the pause menu: restart and abandon ask first; quit to title; free flight has no restart', async () => {
    store.setState({ ...playing(), paused: true });
    const click = (id: string) => (q(`[data-testid="${id}"]`) as HTMLButtonElement).click();
    for (const id of [
      'pause-resume',
      'pause-settings',
      'pause-controls',
      'pause-restart',
      'pause-abandon',
      'pause-quit',
    ])
      expect(q(`[data-testid="${id}"]`), id).not.toBeNull();
    click('pause-restart');
    expect(text('[data-testid="pause-confirm"]')).toMatch(/Restart the mission\?/);
    expect(actions.restartMission).not.toHaveBeenCalled();
    click('pause-confirm-no');
    expect(q('[data-testid="pause-confirm"]')).toBeNull();
    click('pause-restart');
    click('pause-confirm-yes');
    expect(actions.restartMission).toHaveBeenCalledTimes(1);
    click('pause-abandon');
    click('pause-confirm-yes');
    expect(actions.abandonMission).toHaveBeenCalledTimes(1);
    click('pause-quit');
    click('pause-confirm-yes');
    expect(actions.quitToTitle).toHaveBeenCalledTimes(1);
    // In free flight (nothing accepted) there is nothing to restart or lose.
    store.setState({ status: 'offered', stepId: '' });
    expect(q('[data-testid="pause-restart"]')).toBeNull();
    expect(q('[data-testid="pause-abandon"]')).toBeNull();
    click('pause-quit');
    expect(actions.quitToTitle).toHaveBeenCalledTimes(2);
  });

  it('nothing accepted: the tracker lists no objective and says how to get the mission', () => {
    // Even with step facts present (the sim's first step is set up before any accept).
    store.setState({ ...playing(), status: 'offered', stepId: 'report-to-bajor' });
    expect(root.querySelectorAll('[data-testid="objective"]')).toHaveLength(0);
    expect(root.querySelectorAll('.step-done')).toHaveLength(0);
    expect(text('[data-testid="tracker-offered"]')).toMatch(/journal/);
  });

  it('the offer says when it is a Mission Replay; Esc over the rewards hands the ship back', () => {
    store.setState({ ...playing(), status: 'offered', phase: 'offer', offerReplay: true });
    expect(text('[data-testid="offer-kind"]')).toMatch(/Mission Replay/);
    store.setState({ phase: 'offer', offerReplay: false });
    expect(text('[data-testid="offer-kind"]')).toMatch(/New Mission/);
    store.setState({
      phase: 'complete',
      status: 'complete',
      rewards: {
        kind: 'replay',
        reason: 'r',
        sp: 1,
        exp: 1,
        mark: 'X',
        rank: 'Captain',
        level: 40,
        igt: '01:00.000',
        difficulty: 'Normal',
      },
    });
    key({ key: 'Escape', code: 'Escape' });
    expect(actions.closeRewards).toHaveBeenCalled();
    store.setState({ rewards: null });
    key({ key: 'Escape', code: 'Escape' });
    expect(actions.setPaused).toHaveBeenLastCalledWith(true);
  });

  it('changes volumes and rebinds keys from the settings page', () => {
    store.setState({ ...playing(), paused: true });
    (q('[data-testid="pause-settings"]') as HTMLButtonElement).click();
    const master = q('[data-testid="setting-master"]') as HTMLInputElement;
    expect(master.value).toBe('80');
    master.value = '40';
    master.dispatchEvent(new Event('input', { bubbles: true }));
    expect(actions.updateSettings).toHaveBeenLastCalledWith({ master: 0.4 });

    (q('[data-binding="fire"]') as HTMLButtonElement).click();
    expect(text('[data-binding="fire"]')).toBe('Press a key…');
    key({ key: 'g', code: 'KeyG' });
    expect(actions.updateSettings).toHaveBeenLastCalledWith({
      bindings: expect.objectContaining({ fire: 'KeyG', torpedo: 'KeyQ' }),
    });
    // Escape while waiting for a key cancels the rebinding and does not resume.
    (q('[data-binding="torpedo"]') as HTMLButtonElement).click();
    const pauses = vi.mocked(actions.setPaused).mock.calls.length;
    key({ key: 'Escape', code: 'Escape' });
    expect(vi.mocked(actions.setPaused).mock.calls.length).toBe(pauses);
    expect(text('[data-binding="torpedo"]')).toBe('Q');
  });

  it('refuses a key another action has, says which, and waits for another key', () => {
    store.setState({ ...playing(), paused: true });
    (q('[data-testid="pause-settings"]') as HTMLButtonElement).click();
    (q('[data-binding="fire"]') as HTMLButtonElement).click();
    key({ key: 'q', code: 'KeyQ' });
    expect(actions.updateSettings).not.toHaveBeenCalled();
    expect(text('[data-testid="binding-error"]')).toBe(
      'Q is already the key for “Fire torpedo”. Press another key for “Fire weapons”, or change “Fire torpedo” first.',
    );
    expect(text('[data-binding="fire"]')).toBe('Press a key…');
    key({ key: 'g', code: 'KeyG' });
    expect(actions.updateSettings).toHaveBeenLastCalledWith({
      bindings: expect.objectContaining({ fire: 'KeyG', torpedo: 'KeyQ' }),
    });
    expect(q('[data-testid="binding-error"]')).toBeNull();
  });

  it('opens the controls help with F1 or ? and closes it with Escape', () => {
    store.setState(playing());
    key({ key: 'F1', code: 'F1' });
    const help = q('[data-testid="help-screen"]');
    expect(help?.textContent).toContain('Full Impulse');
    expect(help?.textContent).toContain('Gamepad');
    key({ key: 'Escape', code: 'Escape' });
    expect(q('[data-testid="help-screen"]')).toBeNull();
    expect(actions.setPaused).not.toHaveBeenCalled();
    key({ key: '?', code: 'Slash', shiftKey: true });
    expect(q('[data-testid="help-screen"]')).not.toBeNull();
  });

  it('shows the rewards dialog and closes it', () => {
    store.setState({
      ...playing(18),
      phase: 'complete',
      status: 'complete',
      rewards: {
        kind: 'replay',
        reason: 'Mission Replay: reduced rewards',
        sp: 1935,
        exp: 1856,
        mark: 'X',
        rank: 'Rear Admiral, Lower Half',
        level: 42,
        igt: '21:04.250',
        difficulty: 'Normal',
      },
    });
    const dialog = q('[data-testid="rewards-dialog"]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(text('[data-testid="rewards-dialog"] h1')).toBe('Mission Complete: Shutdown');
    expect(dialog.textContent).toContain('Mission Replay: reduced rewards');
    expect(text('[data-testid="reward-sp"]')).toBe('1935');
    expect(text('[data-testid="reward-exp"]')).toBe('1856');
    expect(text('[data-testid="reward-mark"]')).toBe('Mark X');
    expect(text('[data-testid="reward-level"]')).toBe('42');
    expect(text('[data-testid="reward-igt"]')).toBe('21:04.250');
    const close = q('[data-testid="rewards-close"]') as HTMLButtonElement;
    expect(document.activeElement).toBe(close);
    close.click();
    expect(actions.closeRewards).toHaveBeenCalledTimes(1);
  });

  it('keeps an accolade up for a few seconds, then removes it', () => {
    vi.useFakeTimers();
    store.setState(playing());
    store.setState({
      accolade: {
        key: 1,
        id: 'fluidic-reclamation',
        name: 'Fluidic Reclamation',
        description: 'Save Deep Space 9',
        points: 10,
      },
    });
    const toast = () => q('[data-testid="accolade-toast"]');
    expect(toast()?.textContent).toContain('Fluidic Reclamation');
    expect(toast()?.textContent).toContain('Save Deep Space 9');
    expect(text('[data-testid="accolade-points"]')).toContain('10');
    vi.advanceTimersByTime(5000);
    expect(toast()).not.toBeNull();
    vi.advanceTimersByTime(1500);
    expect(toast()).toBeNull();
  });

  it('shows a comm until it times out or is clicked', () => {
    vi.useFakeTimers();
    store.setState(playing());
    store.setState({ dialogue: { key: 1, speaker: 'Lieutenant Adaro', lines: ['Go.'] } });
    expect(text('[data-testid="dialogue-panel"]')).toContain('Lieutenant Adaro');
    vi.advanceTimersByTime(8100);
    expect(q('[data-testid="dialogue-panel"]')).toBeNull();
    store.setState({ dialogue: { key: 2, speaker: 'Engineer Meyer', lines: ['Hold them.'] } });
    q('[data-testid="dialogue-panel"]')!.click();
    expect(q('[data-testid="dialogue-panel"]')).toBeNull();
  });

  it('shows vitals, target, abilities, prompts and hails', () => {
    store.setState({
      ...playing(),
      target: {
        name: 'Galor Class Cruiser',
        faction: 'enemy',
        hull: 400,
        hullMax: 800,
        shields: [100, 100, 100, 100],
        shieldMax: 200,
        downed: false,
      },
      abilities: [
        { slot: 1, id: 'epts', name: 'Emergency Power to Shields', readyIn: 0, active: true },
        { slot: 2, id: 'tt', name: 'Tactical Team', readyIn: 12.2, active: false },
      ],
      interaction: { label: 'Dock at DS9', progress: 0.5 },
      hails: [{ id: 'starfleet-command', name: 'Starfleet Command' }],
    });
    expect(q('[data-testid="player-vitals"] .shield-diagram')).not.toBeNull();
    expect(q('[data-testid="player-vitals"] [data-facing="aft"]')?.getAttribute('class')).toContain(
      'band-mid',
    );
    expect(q('[data-testid="target-frame"]')?.dataset.stance).toBe('hostile');
    expect(q('[data-ability-id="epts"]')?.dataset.state).toBe('active');
    expect(text('[data-ability-id="tt"] .ability-cooldown')).toBe('13');
    expect(text('[data-testid="interact-prompt"]')).toContain('F Dock at DS9');
    const hail = q('[data-testid="hail-prompt"]') as HTMLButtonElement;
    expect(hail.textContent).toContain('H');
    expect(hail.textContent).toContain('Hail Starfleet Command');
    hail.click();
    expect(hail.textContent).not.toContain('starfleet-command');
    expect(actions.hail).toHaveBeenCalledWith('starfleet-command');
  });

  it('shows the respawn countdown and flashes when hull drops', () => {
    vi.useFakeTimers();
    store.setState(playing());
    store.setState({ player: { ...store.getState().player!, hull: 500 } });
    expect(q('[data-testid="damage-flash"]')).not.toBeNull();
    vi.advanceTimersByTime(1000);
    expect(q('[data-testid="damage-flash"]')).toBeNull();

    store.setState({ respawnIn: 6.2 });
    expect(text('[data-testid="respawn-countdown"] .respawn-count')).toBe('Respawning in 7');
    store.setState({ sceneKind: 'ground', respawnIn: 2.5 });
    expect(text('[data-testid="respawn-countdown"] .respawn-count')).toBe('Reviving in 3');
  });

  it('shows failures and errors', () => {
    store.setState({
      ...playing(),
      failure: { reason: 'Engineer Meyer was killed.', restartIn: 4.2 },
    });
    expect(text('[data-testid="failure-notice"]')).toContain('Engineer Meyer was killed.');
    expect(text('[data-testid="failure-notice"]')).toContain('Restarting from checkpoint in 5');

    store.setState({ phase: 'error', errors: ['$.steps[0]: must not be empty', 'maps: missing'] });
    const items = root.querySelectorAll('[data-testid="error-list"] li');
    expect([...items].map((li) => li.textContent)).toEqual([
      '$.steps[0]: must not be empty',
      'maps: missing',
    ]);
  });

  it('says when the run has stopped on an error, in any phase', () => {
    store.setState(playing());
    expect(q('[data-testid="run-error"]')).toBeNull();
    store.setState({ runError: { tick: 4321, message: "TypeError: Cannot read 'counts'" } });
    const notice = text('[data-testid="run-error"]');
    expect(notice).toContain('The run has stopped');
    expect(notice).toContain('tick 4321');
    expect(notice).toContain("TypeError: Cannot read 'counts'");
    expect(q('[data-testid="run-error"]')?.getAttribute('role')).toBe('alert');
    store.setState({ phase: 'complete' });
    expect(q('[data-testid="run-error"]')).not.toBeNull();
    store.setState({ runError: null });
    expect(q('[data-testid="run-error"]')).toBeNull();
  });

  it('removes everything on unmount', () => {
    store.setState(playing());
    unmount();
    expect(root.childElementCount).toBe(0);
    key({ key: 'Escape', code: 'Escape' });
    expect(actions.setPaused).not.toHaveBeenCalled();
    unmount = () => {};
  });
});
