/**
 * The title, from the first download: the HUD store, the settings, the captains' book and the
 * DOM interface, without the simulation, the renderer or the replay library. The title can be
 * used at once (captains created, chosen, exported and imported; settings changed); what needs
 * the game (warp, accept, resume, the replay library) waits for it: such a click is acted on
 * the moment the game's code has loaded (`gameApp.ts`, imported after the title is up).
 */
import type { MissionScript } from '../mission/schema';
import { browserBackups } from '../persist/backups';
import type { ExportFile } from '../persist/profileSave';
import { SettingsSave } from '../persist/settings';
import { MAX_SPEED } from '../session/speed';
import type { MapGeometry } from '../sim/maps';
import {
  createHudStore,
  DEFAULT_SETTINGS,
  type HudActions,
  type HudStore,
  type Settings,
} from '../store/hud';
import { HudLayout } from '../ui/layout';
import { mountUi } from '../ui/mountUi';
import { Captains } from './captains';

export interface TitleOptions {
  gameEl: HTMLElement;
  uiEl: HTMLElement;
  script: MissionScript;
  geometry: Record<string, MapGeometry>;
}

/** What the title hands to the game once the game's code has loaded. */
export interface TitleApp extends TitleOptions {
  params: ReturnType<typeof urlParams>;
  store: HudStore;
  captains: Captains;
  settingsSave: SettingsSave;
  hudLayout: HudLayout;
  /** The game's share of the settings (sound volumes), applied on every change once it runs. */
  onSettings: ((settings: Settings) => void) | null;
  /** The game has put its actions in the store: clicks that waited for it run now. */
  gameReady(): void;
  /** The game could not be loaded (a network error): said instead of the title. */
  failed(message: string): void;
}

/**
 * The page's URL parameters (`?seed=`, `?autopilot=1`, `?speed=`, `?renderer=`, and
 * `?hudtest=1`, which installs `window.shutdown.debugHud` for layout tests).
 */
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
    renderer: q.get('renderer'),
    hudTest: q.get('hudtest') === '1',
  };
}

/** Actions that need the running game; on the title they wait for it. */
const GAME_ACTIONS = [
  'accept',
  'setPaused',
  'closeRewards',
  'hail',
  'launch',
  'declineOffer',
  'resume',
  'replay',
  'openReplays',
  'watchReplay',
  'downloadReplay',
  'deleteReplay',
  'openReplayFile',
  'setGhostEnabled',
  'chooseGhost',
  'viewerPlay',
  'viewerSpeed',
  'viewerSeek',
  'viewerStep',
  'viewerNextSplit',
  'viewerCamera',
  'closeViewer',
  'openLeaderboard',
  'showBoard',
  'submitRun',
  'watchBoardEntry',
  'raceBoardEntry',
  'watchLastRun',
  'downloadLastRun',
  'restartMission',
  'abandonMission',
  'quitToTitle',
  'practiceStep',
  'toggleSplits',
  'setComparison',
  'nextComparison',
  'askReset',
  'confirmReset',
  'chooseCategory',
  'closeResults',
  'chooseLss',
  'exportLss',
  'importLss',
] as const satisfies readonly (keyof HudActions)[];

export function startTitle(o: TitleOptions): TitleApp {
  const { gameEl, uiEl, script } = o;
  const params = urlParams(window.location.search);
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  const backups = browserBackups(storage);
  // Later settings notices (a backup's outcome, a failed save) join the captains' notices;
  // `load` itself never calls back, so `captains` exists by then.
  const settingsSave = new SettingsSave(storage, backups, (m, f) => captains.notice(m, f));
  const { settings, notices: settingsNotices } = settingsSave.load(DEFAULT_SETTINGS);
  const store = createHudStore();
  const captains = new Captains({
    script,
    store,
    storage,
    initialNotices: settingsNotices,
    backups,
  });

  let ready = false;
  const waiting: (() => void)[] = [];
  let loaded = () => {};
  const gameLoaded = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  /** Runs `act` now if the game is there, else as soon as it is. */
  const withGame = (act: () => void) => {
    if (ready) act();
    else waiting.push(act);
  };
  const deferred = Object.fromEntries(
    GAME_ACTIONS.map((name) => [
      name,
      (...args: unknown[]) =>
        withGame(() => (store.getState().actions[name] as (...a: unknown[]) => void)(...args)),
    ]),
  ) as Pick<HudActions, (typeof GAME_ACTIONS)[number]>;

  const app: TitleApp = {
    ...o,
    params,
    store,
    captains,
    settingsSave,
    hudLayout: new HudLayout(uiEl),
    onSettings: null,
    gameReady() {
      ready = true;
      for (const act of waiting.splice(0)) act();
      loaded();
    },
    failed(message) {
      console.error(message);
      store.setState({ phase: 'error', errors: [message] });
    },
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
    replays: { ...store.getState().replays, ghostEnabled: settings.ghosts },
    errors: [],
    actions: {
      ...store.getState().actions,
      ...deferred,
      updateSettings: (patch) => {
        const next = { ...store.getState().settings, ...patch };
        store.setState({ settings: next });
        app.onSettings?.(next);
        settingsSave.save(next);
      },
      createCaptain: (name, level) => captains.create(name, level),
      selectCaptain: (id) => captains.select(id),
      setCaptainLevel: (level) => captains.setLevel(level),
      exportCaptain: () => downloadFile(captains.exportFile()),
      importCaptain: (text) => captains.importText(text),
      dismissNotice: (i) => captains.dismissNotice(i),
      exportNotice: (i) => downloadFile(captains.noticeFile(i)),
    },
  });
  captains.publish();
  mountUi(uiEl, store, app.hudLayout);
  // Until the game runs, automation sees the scene marker only; `ready` says when it runs.
  window.shutdown = {
    ready: gameLoaded,
    state: () => ({ scene: gameEl.dataset.scene ?? 'none', tick: 0 }),
    control: (c) => withGame(() => window.shutdown?.control?.(c)),
  };
  return app;
}

/** Hands a captain or save file to the browser's downloads. */
function downloadFile(file: ExportFile | null): void {
  if (file) download(file.name, new Blob([file.text], { type: 'application/json' }));
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
