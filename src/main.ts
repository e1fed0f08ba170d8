/**
 * Composition root: the only browser file that wires the layers together.
 *
 * Loads the mission script and its maps (problems are shown, never thrown), creates the session
 * and its host, the HUD store, sound, the DOM interface and the Phaser renderer, and joins them:
 * each rendered frame advances the host by the frame's wall time; mission effects and a few
 * reads a second feed the store; `window.shutdown` exposes a read-only view for automation.
 */
import missionText from '../missions/shutdown.mission.json?raw';
import { Captains } from './captains';
import type { MissionEffect } from './mission/events';
import { loadMission } from './mission/loader';
import { loadSettings, saveSettings } from './persist/settings';
import { SoundBoard } from './render/audio';
import { chooseRenderer } from './render/rendererChoice';
import { startGame } from './render/StartGame';
import { automationState, hudFacts, trackerFacts } from './session/facts';
import { applyControl, GameHost, MAX_SPEED } from './session/host';
import { Session } from './session/Session';
import { type MapGeometry, parseTiledMap } from './sim/maps';
import { createHudStore, DEFAULT_SETTINGS, type HudStore } from './store/hud';
import { rankFor } from './store/profile';
import { rewardReason } from './store/profileView';
import { mountUi } from './ui/mountUi';

const mapTexts = import.meta.glob('../missions/maps/*.tmj', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

type Problem = { path: string; message: string };

function showProblems(ui: HTMLElement, title: string, problems: readonly Problem[]): void {
  const box = document.createElement('section');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'load-error';
  const heading = document.createElement('h1');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path;
    item.append(path, `: ${problem.message}`);
    list.append(item);
  }
  box.append(heading, list);
  ui.replaceChildren(box);
  console.error(`${title}\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
}

function loadGeometry(files: readonly { id: string; file: string }[]): {
  geometry: Record<string, MapGeometry>;
  problems: Problem[];
} {
  const geometry: Record<string, MapGeometry> = {};
  const problems: Problem[] = [];
  for (const m of files) {
    const name = m.file.split('/').pop();
    const text = Object.entries(mapTexts).find(([path]) => path.endsWith(`/${name}`))?.[1];
    if (text === undefined) {
      problems.push({ path: m.file, message: 'map file not found' });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      problems.push({ path: m.file, message: 'not valid JSON' });
      continue;
    }
    const parsed = parseTiledMap(data, m.file);
    if (parsed.ok) geometry[m.id] = parsed.value;
    else problems.push(...parsed.problems.map((message) => ({ path: m.file, message })));
  }
  return { geometry, problems };
}

function params() {
  const q = new URLSearchParams(window.location.search);
  const seedText = q.get('seed');
  const seed =
    seedText !== null && /^\d{1,10}$/.test(seedText)
      ? Number(seedText) % 4294967296
      : Math.floor(Math.random() * 1_000_000);
  const speed = Math.min(MAX_SPEED, Math.max(1, Math.round(Number(q.get('speed') ?? '1')) || 1));
  return {
    seed,
    seedFixed: seedText !== null && /^\d{1,10}$/.test(seedText),
    autopilot: q.get('autopilot') === '1',
    speed,
    renderer: chooseRenderer(q.get('renderer')),
  };
}

let dialogueKey = 0;
let accoladeKey = 0;

/** Applies the mission effects of the ticks just run to the interface and sound. */
function onEffects(
  store: HudStore,
  session: Session,
  sound: SoundBoard,
  captains: Captains,
  effects: readonly MissionEffect[],
) {
  const script = session.ctx.script;
  // Accolades come from the captain's record (each earned once, tallies over every run), not
  // from the run's own awardAccolade effects.
  const earned = captains.onEffects(effects);
  for (const e of effects) {
    switch (e.type) {
      case 'dialogue': {
        const d = script.dialogue.find((x) => x.id === e.dialogue);
        if (d)
          store.setState({
            dialogue: { key: ++dialogueKey, speaker: d.speaker, lines: [...d.lines] },
          });
        sound.ui('hail');
        break;
      }
      case 'objectiveCompleted':
        sound.ui('objective');
        break;
      case 'stepFailed':
        sound.ui('fail');
        break;
      case 'grantReward':
        store.setState({
          phase: 'complete',
          rewards: {
            kind: e.kind,
            reason: rewardReason(e.kind),
            sp: e.sp,
            exp: e.exp,
            mark: e.mark,
            rank: rankFor(e.level),
            level: e.level,
            igt: trackerFacts(session).igt,
          },
        });
        break;
      default:
        break;
    }
  }
  for (const a of earned) {
    store.setState({
      accolade: {
        key: ++accoladeKey,
        id: a.id,
        name: a.name,
        description: a.description,
        points: a.points,
      },
    });
    sound.ui('accolade');
  }
}

function syncHud(store: HudStore, session: Session, launched: boolean) {
  const t = trackerFacts(session);
  const phase = store.getState().phase;
  store.setState({
    ...t,
    ...hudFacts(session),
    phase:
      phase === 'complete'
        ? 'complete'
        : !launched
          ? 'title'
          : t.status === 'offered' && phase === 'offer'
            ? 'offer'
            : 'playing',
  });
}

function main(): void {
  const gameEl = document.getElementById('game');
  const uiEl = document.getElementById('ui');
  if (!gameEl || !uiEl) {
    document.body.textContent = 'This page is missing its #game or #ui element.';
    return;
  }
  window.shutdown = {
    state: () => ({ scene: gameEl.dataset.scene ?? 'none', tick: 0 }),
  } as typeof window.shutdown;

  const loaded = loadMission(missionText);
  if (!loaded.ok) {
    gameEl.dataset.scene = 'error';
    showProblems(uiEl, 'The mission script could not be loaded', loaded.problems);
    return;
  }
  const script = loaded.value;
  const { geometry, problems } = loadGeometry(script.maps);
  if (problems.length > 0) {
    gameEl.dataset.scene = 'error';
    showProblems(uiEl, 'The mission maps could not be loaded', problems);
    return;
  }

  const p = params();
  let runs = 0;
  // A fixed ?seed= gives every run (replays included) the same seed; otherwise each is new.
  const newSession = () =>
    new Session({
      script,
      geometry,
      seed: p.seedFixed || runs++ === 0 ? p.seed : Math.floor(Math.random() * 1_000_000),
    });
  const host = new GameHost(newSession());
  host.autopilot = p.autopilot;
  host.setSpeed(p.speed);
  /** Past the title: the world runs (the autopilot demo skips the title). */
  let launched = p.autopilot;

  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  const { settings, notice } = loadSettings(storage, DEFAULT_SETTINGS);
  const sound = new SoundBoard();
  sound.setVolumes(settings);

  const store = createHudStore();
  const captains = new Captains({
    script,
    host,
    store,
    storage,
    newSession,
    initialNotices: notice ? [notice] : [],
    onNewRun: () => {
      launched = true;
      store.setState({
        phase: 'playing',
        rewards: null,
        accolade: null,
        dialogue: null,
        failure: null,
        runError: null,
      });
      syncHud(store, host.session, launched);
    },
  });
  captains.configureRun();

  /** Interface clicks also unlock the audio (browsers start it suspended). */
  const click = () => {
    sound.resume();
    sound.ui('click');
  };
  /** Leaves the title for the sector, the run played by the current captain. */
  const leaveTitle = () => {
    captains.configureRun();
    launched = true;
    syncHud(store, host.session, launched);
  };
  const accept = () => {
    click();
    if (host.session.mission.status !== 'offered') return;
    leaveTitle();
    host.queue({ type: 'accept' });
    store.setState({ phase: 'playing' });
  };

  store.setState({
    phase: launched ? 'playing' : 'title',
    missionTitle: script.title,
    briefing: {
      summary: script.briefing.summary,
      body: [...script.briefing.body],
      offer: script.offer.text,
      historical: script.historical
        ? `${script.historical.note} (removed ${script.historical.removedOn}).`
        : '',
    },
    settings,
    errors: [],
    actions: {
      accept,
      setPaused: (paused) => {
        host.paused = paused;
        store.setState({ paused });
      },
      updateSettings: (patch) => {
        const next = { ...store.getState().settings, ...patch };
        store.setState({ settings: next });
        sound.setVolumes(next);
        saveSettings(storage, next);
      },
      closeRewards: () => store.setState({ rewards: null }),
      hail: (contact) => host.queue({ type: 'hail', contact }),
      createCaptain: (name, level) => captains.create(name, level),
      selectCaptain: (id) => captains.select(id),
      setCaptainLevel: (level) => captains.setLevel(level),
      launch: () => {
        click();
        leaveTitle();
      },
      declineOffer: () => {
        sound.ui('click');
        store.setState({ phase: 'playing' });
      },
      resume: () => {
        click();
        captains.resume();
      },
      replay: () => {
        click();
        captains.replay();
      },
      exportCaptain: () => {
        const file = captains.exportFile();
        if (!file) return;
        const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = file.name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      importCaptain: (text) => captains.importText(text),
      dismissNotice: (i) => captains.dismissNotice(i),
    },
  });
  captains.publish();
  syncHud(store, host.session, launched);
  mountUi(uiEl, store);

  let sinceSync = 0;
  startGame(gameEl, {
    title: script.title,
    summary: script.briefing.summary,
    briefing: [...script.briefing.body],
    renderer: p.renderer.kind,
    host,
    sound,
    bindings: () => store.getState().settings.bindings,
    reducedMotion: () => store.getState().settings.reducedMotion,
    inputEnabled: () => !host.autopilot && !host.paused,
    onPauseRequest: () => store.getState().actions.setPaused(!host.paused),
    atTitle: () => !launched,
    onFrame: (elapsedMs) => {
      if (!launched) return;
      host.advance(elapsedMs);
      // A tick threw: the host has stopped the run (and kept it). Say so, once, and read
      // nothing more from a session that may be half-updated.
      if (host.crash) {
        if (store.getState().runError === null) {
          console.error(`The run stopped at tick ${host.crash.tick}: ${host.crash.message}`);
          store.setState({ runError: host.crash });
        }
        return;
      }
      const session = host.session;
      const { effects, events } = host.drainMission();
      // The offer comes when the ship nears DS9 (unless the mission is done: then the journal
      // offers a Mission Replay).
      for (const e of events)
        if (
          e.type === 'enteredZone' &&
          e.zone === script.offer.zone &&
          session.mission.status === 'offered' &&
          !captains.captain.missions[script.id]
        )
          store.setState({ phase: 'offer' });
      if (effects.length > 0) onEffects(store, session, sound, captains, effects);
      sinceSync += elapsedMs;
      if (effects.length > 0 || sinceSync >= 100) {
        sinceSync = 0;
        syncHud(store, session, launched);
        if (effects.some((e) => e.type === 'stepStarted' || e.type === 'missionCompleted'))
          captains.publish();
      }
    },
  });

  // A hidden tab adds no ticks: pause, and let the player resume from the menu.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && !host.autopilot && launched) store.getState().actions.setPaused(true);
  });

  window.shutdown = {
    state: () => automationState(host.session, gameEl.dataset.scene ?? 'none'),
    renderer: p.renderer,
    /** For tests and demos: switch the autopilot or change the speed mid-run. */
    control: (c) => {
      if (applyControl(host, c) && !launched) store.getState().actions.launch();
    },
  };
}

main();
