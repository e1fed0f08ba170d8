/**
 * The browser application: builds the session and its host, the HUD store, sound, the
 * captains' book, the run controller, the DOM interface and the renderer, and runs the frame
 * loop that joins them (input → host → draw). `window.shutdown` exposes a read-only view and a
 * few controls for automation.
 */
import type { MissionScript } from '../mission/schema';
import { loadSettings, saveSettings } from '../persist/settings';
import { SoundBoard } from '../render/audio';
import { chooseRenderer } from '../render/rendererChoice';
import { startGame } from '../render/StartGame';
import { GameHost, MAX_SPEED } from '../session/host';
import { Session } from '../session/Session';
import type { MapGeometry } from '../sim/maps';
import { createHudStore, DEFAULT_SETTINGS } from '../store/hud';
import { mountUi } from '../ui/mountUi';
import { Captains } from './captains';
import { EffectBus } from './effectBus';
import { browserScheduler, FrameLoop } from './frameLoop';
import { wireHud } from './hudWiring';
import { RunController } from './runController';
import { BotSource, PlayerSource } from './sources';

export interface AppOptions {
  gameEl: HTMLElement;
  uiEl: HTMLElement;
  script: MissionScript;
  geometry: Record<string, MapGeometry>;
}

/** The page's URL parameters (`?seed=`, `?autopilot=1`, `?speed=`, `?renderer=`). */
export function urlParams(search: string) {
  const q = new URLSearchParams(search);
  const seedText = q.get('seed');
  const seedFixed =
    seedText !== null && /^\d{1,10}$/.test(seedText) && Number(seedText) <= 0xffffffff;
  const speedValue = Number(q.get('speed') ?? '1');
  return {
    seed: seedFixed ? Number(seedText) : null,
    autopilot: q.get('autopilot') === '1',
    speed: Number.isFinite(speedValue)
      ? Math.min(MAX_SPEED, Math.max(1, Math.round(speedValue)))
      : 1,
    renderer: chooseRenderer(q.get('renderer')),
  };
}

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

export function startApp({ gameEl, uiEl, script, geometry }: AppOptions): void {
  const p = urlParams(window.location.search);
  // A fixed ?seed= gives every run (replays included) the same seed; otherwise each is new.
  const newSession = () => new Session({ script, geometry, seed: p.seed ?? randomSeed() });
  const host = new GameHost(newSession());
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
  const bus = new EffectBus();
  const player = new PlayerSource();
  const bot = new BotSource();
  host.source = p.autopilot ? bot : player;

  // Captains and the controller refer to each other through these two callbacks.
  let controller: RunController | null = null;
  const captains = new Captains({
    script,
    host,
    store,
    storage,
    newSession,
    initialNotices: notice ? [notice] : [],
    onNewRun: (session) => controller?.newRun(session),
  });
  controller = new RunController({
    script,
    host,
    store,
    bus,
    player,
    bot,
    missionDone: () => Boolean(captains.captain.missions[script.id]),
    configureRun: (session) => captains.configureRun(session),
  });
  const run = controller;
  wireHud({ bus, store, script, session: () => host.session, sound, captains });
  captains.configureRun();

  /** Interface clicks also unlock the audio (browsers start it suspended). */
  const click = () => {
    sound.resume();
    sound.ui('click');
  };

  store.setState({
    phase: 'title',
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
      ...store.getState().actions,
      accept: () => {
        click();
        run.accept();
      },
      setPaused: (paused) => run.setPaused(paused),
      updateSettings: (patch) => {
        const next = { ...store.getState().settings, ...patch };
        store.setState({ settings: next });
        sound.setVolumes(next);
        saveSettings(storage, next);
      },
      closeRewards: () => store.setState({ rewards: null }),
      hail: (contact) => run.command({ type: 'hail', contact }),
      createCaptain: (name, level) => captains.create(name, level),
      selectCaptain: (id) => captains.select(id),
      setCaptainLevel: (level) => captains.setLevel(level),
      launch: () => {
        click();
        run.launch();
      },
      declineOffer: () => {
        sound.ui('click');
        run.declineOffer();
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
        if (file) download(file.name, new Blob([file.text], { type: 'application/json' }));
      },
      importCaptain: (text) => captains.importText(text),
      dismissNotice: (i) => captains.dismissNotice(i),
    },
  });
  // The autopilot demo skips the title.
  if (p.autopilot) run.launch();
  captains.publish();
  run.sync();
  mountUi(uiEl, store);

  const renderer = startGame(gameEl, {
    title: script.title,
    summary: script.briefing.summary,
    briefing: [...script.briefing.body],
    renderer: p.renderer.kind,
    host,
    sound,
    command: (c) => run.command(c),
    bindings: () => store.getState().settings.bindings,
    reducedMotion: () => store.getState().settings.reducedMotion,
    inputEnabled: () => !host.autopilot && !host.paused,
    onPauseRequest: () => run.setPaused(!host.paused),
    atTitle: () => !run.launched,
  });

  // The frame: controls read, the host advanced by the time measured here, then drawn.
  const loop = new FrameLoop(browserScheduler(), (elapsed, now) => {
    renderer.readInput(now);
    run.frame(renderer.holding() ? 0 : elapsed);
    renderer.draw(now, elapsed);
  });
  loop.start();

  // A hidden tab adds no ticks: pause, and let the player resume from the menu.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && !host.autopilot && run.launched) run.setPaused(true);
  });

  window.shutdown = {
    state: () => run.automation(gameEl.dataset.scene ?? 'none'),
    renderer: p.renderer,
    /** For tests and demos: switch the autopilot or change the speed mid-run. */
    control: (c) => {
      if (c === null || typeof c !== 'object') return;
      if (c.handOverAt !== undefined) host.handOverAt = c.handOverAt;
      if (typeof c.autopilot === 'boolean') run.setAutopilot(c.autopilot);
      if (typeof c.speed === 'number' && Number.isFinite(c.speed)) host.setSpeed(c.speed);
    },
  };
}

/** Offers a file to the player as a download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
