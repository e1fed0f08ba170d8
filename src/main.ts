/**
 * Composition root: the only browser file that wires the layers together.
 *
 * Loads the mission script and its maps (problems are shown, never thrown), creates the session
 * and its host, the HUD store, sound, the DOM interface and the Phaser renderer, and joins them:
 * each rendered frame advances the host by the frame's wall time; mission effects and a few
 * reads a second feed the store; `window.shutdown` exposes a read-only view for automation.
 */
import missionText from '../missions/shutdown.mission.json?raw';
import type { MissionEffect } from './mission/events';
import { loadMission } from './mission/loader';
import { loadSettings, saveSettings } from './persist/settings';
import { SoundBoard } from './render/audio';
import { chooseRenderer } from './render/rendererChoice';
import { startGame } from './render/StartGame';
import { automationState, hudFacts, trackerFacts } from './session/facts';
import { GameHost, MAX_SPEED } from './session/host';
import { Session } from './session/Session';
import { type MapGeometry, parseTiledMap } from './sim/maps';
import { createHudStore, DEFAULT_SETTINGS, type HudStore } from './store/hud';
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
  effects: readonly MissionEffect[],
) {
  const script = session.ctx.script;
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
      case 'awardAccolade': {
        const a = script.accolades.find((x) => x.id === e.accolade);
        if (a) {
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
        break;
      }
      case 'grantReward':
        store.setState({
          phase: 'complete',
          rewards: {
            kind: e.kind,
            reason: e.kind === 'replay' ? 'Mission Replay: reduced rewards' : 'First completion',
            sp: e.sp,
            exp: e.exp,
            mark: e.mark,
            rank: e.rank,
            level: e.level,
            igt: trackerFacts(session).igt,
          },
        });
        break;
      default:
        break;
    }
  }
}

function syncHud(store: HudStore, session: Session) {
  const t = trackerFacts(session);
  store.setState({
    ...t,
    ...hudFacts(session),
    phase:
      store.getState().phase === 'complete'
        ? 'complete'
        : t.status === 'offered'
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
  const session = new Session({ script, geometry, seed: p.seed });
  const host = new GameHost(session);
  host.autopilot = p.autopilot;
  host.setSpeed(p.speed);

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
  store.setState({
    phase: 'offer',
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
    errors: notice ? [notice] : [],
    actions: {
      accept: () => {
        sound.resume();
        sound.ui('click');
        host.queue({ type: 'accept' });
      },
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
    },
  });
  syncHud(store, session);
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
    onFrame: (elapsedMs) => {
      host.advance(elapsedMs);
      const { effects } = host.drainMission();
      if (effects.length > 0) onEffects(store, session, sound, effects);
      sinceSync += elapsedMs;
      if (effects.length > 0 || sinceSync >= 100) {
        sinceSync = 0;
        syncHud(store, session);
      }
    },
  });

  // A hidden tab adds no ticks: pause, and let the player resume from the menu.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && !host.autopilot) store.getState().actions.setPaused(true);
  });

  window.shutdown = {
    state: () => automationState(session, gameEl.dataset.scene ?? 'none'),
    renderer: p.renderer,
    /** For tests and demos: switch the autopilot or change the speed mid-run. */
    control: (c: { autopilot?: boolean; speed?: number; handOverAt?: string | null }) => {
      if (c.handOverAt !== undefined) host.handOverAt = c.handOverAt;
      if (c.autopilot === false && host.autopilot) host.takeOver();
      if (c.autopilot === true) host.autopilot = true;
      if (c.speed !== undefined) host.setSpeed(c.speed);
    },
  };
}

main();
