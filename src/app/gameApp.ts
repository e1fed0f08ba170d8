/**
 * The game, loaded after the title is up (`titleApp.ts`): builds the session and its host,
 * sound, the run controller, the replay library and the renderer, joins them to the title's
 * store and captains, and runs the frame loop (input → host → draw). `window.shutdown` exposes
 * a read-only view and a few controls for automation.
 */

import { internStrings } from '../core/intern';
import { SoundBoard } from '../render/audio';
import { chooseRenderer } from '../render/rendererChoice';
import { startGame } from '../render/StartGame';
import { GameHost } from '../session/host';
import { formatIgt, Session } from '../session/Session';
import { practiceSession, stepTicks } from '../speedrun/practice';
import { missionHash } from '../speedrun/recordFormat';
import { boardKey } from '../speedrun/splits';
import { verifyRecord } from '../speedrun/verify';
import type { HudState, HudStore, Settings } from '../store/hud';
import { own } from '../store/profile';
import { loadChecks } from './checks';
import { applyControl } from './control';
import { debugHud } from './debugHud';
import { EffectBus } from './effectBus';
import { browserScheduler, FrameLoop } from './frameLoop';
import { wireHud } from './hudWiring';
import { idbKeyValue } from './idbKeyValue';
import { Leaderboard } from './leaderboard';
import { LiveSplitLink } from './liveSplit';
import { LssFiles } from './lssFiles';
import { PracticeStore } from './practice';
import { Replays } from './replays';
import { RunController } from './runController';
import { MemoryKeyValue, RunLibrary } from './runLibrary';
import { BotSource, PlayerSource } from './sources';
import { SpeedrunTracker, verifyPbReplays } from './speedrun';
import { download, type TitleApp } from './titleApp';

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

export function startGameApp(title: TitleApp): void {
  const { gameEl, script, geometry, params: p, store, captains, hudLayout } = title;
  // The script's strings internalized before any session runs: the simulation compares them
  // every tick (core/intern.ts). In place (the script came from JSON.parse, not frozen), here
  // rather than before the title, which does not need it.
  internStrings(script);
  const renderer = chooseRenderer(p.renderer);
  // A fixed ?seed= gives every run (replays included) the same seed; otherwise each is new.
  const newSession = () => new Session({ script, geometry, seed: p.seed ?? randomSeed() });
  const host = new GameHost(newSession());
  host.setSpeed(p.speed);
  const sound = new SoundBoard();
  sound.setVolumes(store.getState().settings);
  let speedrunMode = store.getState().settings.speedrunMode;

  // Desktop LiveSplit, through its server, when the player turns it on (settings).
  const liveSplit = new LiveSplitLink({
    socket: (url) => new WebSocket(url),
    timers: {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    onState: (state) => store.setState({ liveSplit: state }),
  });
  title.onSettings = (settings: Settings) => {
    sound.setVolumes(settings);
    liveSplit.configure(settings.liveSplit, settings.liveSplitUrl);
    // Speedrun mode turned on or off shows or hides the splits; a new comparison or category
    // shows at once.
    if (settings.speedrunMode !== speedrunMode) tracker.setVisible(settings.speedrunMode);
    else tracker.publish();
    speedrunMode = settings.speedrunMode;
  };
  const bus = new EffectBus();
  const player = new PlayerSource();
  const bot = new BotSource();
  host.source = p.autopilot ? bot : player;

  // Captains, replays and the controller refer to each other through these callbacks.
  let controller: RunController | null = null;
  let replays: Replays | null = null;
  /** The practice run under way: its step, start tick and session (null when not practising). */
  let practising: { stepId: string; startTick: number; session: Session; owner: string } | null =
    null;
  const setPractice = (patch: Partial<HudState['practice']>) =>
    store.setState({ practice: { ...store.getState().practice, ...patch } });
  const endPractice = () => {
    practising = null;
    if (store.getState().practice.active) setPractice({ active: null });
  };
  const onNewRun = (session: Session) => {
    endPractice();
    // The attempt under way ends as a reset; a resumed checkpoint is recorded from there.
    replays?.recording.end('reset');
    liveSplit.reset();
    controller?.newRun(session);
    if (session.run && replays) {
      const step = script.steps[session.mission.step];
      replays.recording.begin(session, {
        resumed: true,
        startedFrom: { stepId: step?.id ?? 'start', snapshot: session.snapshot() },
      });
    }
    if (replays) {
      store.setState({ lastRunId: null });
      if (session.run) void replays.chooseGhostFor(tracker.chosen(), session.run.difficulty);
      else replays.ghost.clear();
    }
  };
  const env = { script, geometry, missionHash: missionHash(script, geometry) };
  const kv = idbKeyValue();
  const guestKey = `guest:${browserSessionId()}`;
  const owner = () =>
    captains.isGuest
      ? { key: guestKey, name: 'Guest', guest: true }
      : { key: captains.captain.id, name: captains.captain.name, guest: false };
  const library = new RunLibrary(kv ?? new MemoryKeyValue());
  const tracker = new SpeedrunTracker({
    script,
    store,
    boards: { get: (k) => captains.board(k), set: (k, b) => captains.setBoard(k, b) },
    autopilot: () => host.autopilot,
  });
  replays = new Replays({
    env,
    host,
    store,
    library,
    persistent: kv !== null,
    owner,
    onViewer: (active) => {
      // While watching, the ghost rests and a run under way counts the time as pause.
      if (replays) replays.ghost.paused = active;
      replays?.recording.paused(active || host.paused);
      controller?.sync();
    },
    download,
    attempts: {
      category: () => tracker.chosen(),
      onBegin: (session, extra) => tracker.begin(session, extra),
      onEnd: (record) => tracker.end(record),
      onKept: (id, record) => tracker.kept(id, record),
    },
  });
  const rep = replays;
  const board = new Leaderboard({
    store,
    mission: script.id,
    owner,
    record: (id) => rep.record(id),
    addRecord: (id, record) => rep.addRecord(id, record),
    watch: (id) => void rep.watch(id),
    race: (id) => {
      const a = store.getState().actions;
      a.setGhostEnabled(true);
      a.chooseGhost(id);
      const r = store.getState().replays;
      store.setState({
        replays: {
          ...r,
          open: true,
          message: 'Chosen as your ghost: it races you from your next run.',
        },
      });
    },
    tokens: browserTokens(),
    origin:
      typeof location !== 'undefined' && location.protocol.startsWith('http')
        ? location.origin
        : null,
  });
  void board.detect();
  controller = new RunController({
    script,
    host,
    store,
    bus,
    player,
    bot,
    missionDone: () => Boolean(own(captains.captain.missions, script.id)),
    configureRun: (session) => captains.configureRun(session),
    viewer: rep.viewer,
    // A tick threw: the run has stopped; its attempt is kept as failed, so it can be replayed.
    onCrash: (crash) => {
      console.error(`The run stopped at tick ${crash.tick}: ${crash.message}`);
      rep.recording.end('failed');
      liveSplit.reset();
    },
  });
  const run = controller;
  // A run starts: race the ghost of the captain's best run of its category.
  const chooseGhost = () => {
    const r = host.session.run;
    if (r) void rep.chooseGhostFor(host.autopilot ? 'autopilot' : tracker.chosen(), r.difficulty);
    else rep.ghost.clear();
  };
  bus.onEvent('accept', () => {
    // The rewards dialog's Watch/Download are for this run once it is kept, not the last one.
    store.setState({ lastRunId: null });
    chooseGhost();
  });
  // Earlier attempts left in progress (the page was closed) join the library as abandoned.
  void (async () => {
    try {
      await library.forgetOtherGuests(guestKey);
      for (const c of captains.profile.getState().captains) await library.recoverAbandoned(c.id);
      await library.recoverAbandoned(guestKey);
    } catch {
      // The library reports its own read problems when opened.
    }
    await rep.refresh();
  })();
  captains.profile.subscribe(() => void rep.refresh());
  window.addEventListener('pagehide', () => rep.recording.saveProgress());
  wireHud({ bus, store, script, session: () => host.session, sound, captains });
  captains.attach({
    host,
    newSession,
    onNewRun,
    practising: () => practising !== null && practising.session === host.session,
    verifyImportedPbs: (captainId, boards, files) =>
      verifyPbReplays(
        boards,
        files,
        (r) => verifyRecord(r, env).verified,
        (r) => library.add(captainId, r),
      ),
  });

  /** A fresh session in the sector, the mission offered; the attempt under way ends as reset. */
  const freeFlight = (toTitle: boolean) => {
    endPractice();
    rep.recording.end('reset');
    liveSplit.reset();
    const session = newSession();
    captains.configureRun(session);
    run.freeFlight(session, toTitle);
  };

  // LiveSplit follows the run tick by tick: its start at the accept, each of the category's
  // splits (objectives) as a split, the game time once a second. A watched replay is history
  // and drives nothing.
  const settings = store.getState().settings;
  liveSplit.configure(settings.liveSplit, settings.liveSplitUrl);
  host.afterTick.add((session, report) => {
    if (rep.viewer.active) return;
    if (report.events.some((e) => e.type === 'accept')) liveSplit.start();
    const start = session.mission.acceptedAt;
    for (const e of report.effects)
      if (e.type === 'objectiveCompleted' && start !== null && tracker.isSplit(e.objectiveId))
        liveSplit.split(e.tick - start);
    if (session.mission.status === 'complete') liveSplit.finish();
    else liveSplit.progress(session.igtTicks());
  });
  const lssFiles = new LssFiles({
    script,
    store,
    library,
    owner,
    download,
    board: (category, difficulty) => captains.board(boardKey(category, difficulty)),
  });
  lssFiles.publish();
  const practiceStore = new PracticeStore(env, kv ?? new MemoryKeyValue());
  /** The journal's steps with the captain's best practice time for each. */
  const publishPractice = async () => {
    const bests = await practiceStore.bests(owner().key);
    setPractice({
      steps: script.steps.map((st) => {
        const b = Object.hasOwn(bests, st.id) ? bests[st.id] : undefined;
        return { id: st.id, title: st.title, best: b ? formatIgt(b.ticks) : null };
      }),
    });
  };
  /**
   * Plays a step from its start state: the bot's run to it (same seed as the next run, this
   * captain's level) is made now unless stored; the attempt under way ends as reset.
   */
  const startPractice = async (stepId: string) => {
    const step = script.steps.find((st) => st.id === stepId);
    if (!step || store.getState().practice.preparing !== null) return;
    setPractice({ preparing: stepId, error: null });
    // Let the interface say so before the bot's run takes the main thread for a moment.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fresh = newSession();
    captains.configureRun(fresh);
    const params = { ...fresh.runDefaults, seed: host.session.seed };
    // The state may come from storage: restoring it takes the snapshot checks.
    await loadChecks();
    const start = await practiceStore.start(params, stepId);
    const made = start.ok ? practiceSession(env, params, start.snapshot) : start;
    if (!start.ok || !made.ok) {
      const reason = made.ok ? 'unknown' : made.reason;
      setPractice({ preparing: null, error: `“${step.title}” could not be prepared: ${reason}.` });
      return;
    }
    if (rep.viewer.active) rep.viewer.close();
    rep.recording.end('reset');
    liveSplit.reset();
    run.newRun(made.session);
    rep.recording.begin(made.session, {
      practice: true,
      startedFrom: { stepId, snapshot: start.snapshot },
    });
    rep.ghost.clear();
    store.setState({ lastRunId: null });
    practising = {
      stepId,
      startTick: made.session.tick,
      session: made.session,
      owner: owner().key,
    };
    setPractice({
      preparing: null,
      active: { stepId, title: step.title, time: null, newBest: false, autopilot: false },
    });
  };
  // The practised step is done: its time, and the captain's best for it when no bot helped.
  bus.on('stepCompleted', (e) => {
    const p = practising;
    if (!p || p.session !== host.session || e.stepId !== p.stepId) return;
    const active = store.getState().practice.active;
    if (!active || active.time !== null) return;
    const ticks = stepTicks(script, p.stepId, p.startTick, [[lastObjectiveOf(p.stepId), e.tick]]);
    if (ticks === null) return;
    const autopilot = run.autopilotUsed;
    setPractice({ active: { ...active, time: formatIgt(ticks), newBest: false, autopilot } });
    if (autopilot) return;
    void practiceStore
      .noteTime(p.owner, p.stepId, ticks, new Date().toISOString())
      .then(async (best) => {
        const now = store.getState().practice.active;
        if (best && now?.stepId === p.stepId) setPractice({ active: { ...now, newBest: true } });
        await publishPractice();
      })
      .catch(() => {});
  });
  const lastObjectiveOf = (stepId: string) =>
    script.steps.find((st) => st.id === stepId)?.objectives.at(-1)?.id ?? '';
  void publishPractice();
  captains.profile.subscribe(() => void publishPractice());

  /** Interface clicks also unlock the audio (browsers start it suspended). */
  const click = () => {
    sound.resume();
    sound.ui('click');
  };

  store.setState({
    actions: {
      ...store.getState().actions,
      exportCaptain: () =>
        void (async () => {
          // The file carries the replays that back the captain's personal bests.
          const files: Record<string, unknown> = {};
          for (const b of Object.values(captains.captain.speedrun)) {
            const id = b.pb?.replayId;
            const r = id ? await library.get(id).catch(() => undefined) : undefined;
            if (id && r) files[id] = r;
          }
          const file = captains.exportFile(files);
          if (file) download(file.name, new Blob([file.text], { type: 'application/json' }));
        })(),
      toggleSplits: () => tracker.toggle(),
      setComparison: (name) => store.getState().actions.updateSettings({ comparison: name }),
      nextComparison: () =>
        store.getState().actions.updateSettings({ comparison: tracker.nextComparison() }),
      askReset: () => void tracker.askReset(true),
      confirmReset: (yes) => {
        const asked = store.getState().speedrun?.confirmReset;
        tracker.askReset(false);
        if (!yes || !asked) return;
        // The attempt ends as a reset (recorded and booked) and the mission starts again at
        // once, from its start state.
        click();
        captains.replay();
      },
      chooseCategory: (id) => store.getState().actions.updateSettings({ speedrunCategory: id }),
      closeResults: () => tracker.closeResults(),
      accept: () => {
        click();
        run.accept({ difficulty: store.getState().difficulty });
      },
      setDifficulty: (difficulty) => store.setState({ difficulty }),
      setPaused: (paused) => {
        run.setPaused(paused);
        rep.recording.paused(paused);
      },
      closeRewards: () => {
        store.setState({ rewards: null });
        // The mission is over: the player flies on in the sector (journal, title and the
        // replay offer at the station all within reach) instead of a frozen world.
        if (host.session.mission.status === 'complete') freeFlight(false);
      },
      hail: (contact) => run.command({ type: 'hail', contact }),
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
        // The checkpoint is checked before it is restored: the checks may still be loading.
        void loadChecks().then(() => captains.resume());
      },
      replay: () => {
        click();
        captains.replay();
      },
      openReplays: (open) => {
        const r = store.getState().replays;
        store.setState({ replays: { ...r, open, error: null, message: null } });
        if (open) void rep.refresh();
      },
      watchReplay: (id) => void rep.watch(id),
      openLeaderboard: (open) => void board.open(open),
      showBoard: (category, difficulty) => void board.show(category, difficulty),
      submitRun: (id) => void board.submit(id),
      watchBoardEntry: (runId) => void board.use(runId, 'watch'),
      raceBoardEntry: (runId) => void board.use(runId, 'race'),
      downloadReplay: (id) => void rep.download(id),
      deleteReplay: (id) => void rep.remove(id),
      openReplayFile: (file) => void rep.openFile(file),
      setGhostEnabled: (on) => {
        // One setting, shown in the settings page and in the library.
        store.getState().actions.updateSettings({ ghosts: on });
        store.setState({ replays: { ...store.getState().replays, ghostEnabled: on } });
        chooseGhost();
      },
      chooseGhost: (id) => {
        store.setState({ replays: { ...store.getState().replays, ghostId: id } });
        // A run under way races the new choice from now on.
        chooseGhost();
      },
      viewerPlay: (on) => rep.viewer.play(on),
      viewerSpeed: (speed) => rep.viewer.setSpeed(speed),
      viewerSeek: (tick) => rep.viewer.seek(tick),
      viewerStep: (ticks) => rep.viewer.step(ticks),
      viewerNextSplit: () => rep.viewer.nextSplit(),
      viewerCamera: (mode) => rep.viewer.setCamera(mode),
      closeViewer: () => {
        rep.viewer.close();
        run.sync();
      },
      watchLastRun: () => {
        const id = store.getState().lastRunId;
        if (id) void rep.watch(id);
      },
      downloadLastRun: () => {
        const id = store.getState().lastRunId;
        if (id) void rep.download(id);
      },
      restartMission: () => {
        click();
        captains.replay();
      },
      abandonMission: () => {
        click();
        freeFlight(false);
      },
      quitToTitle: () => {
        click();
        freeFlight(true);
      },
      practiceStep: (stepId) => {
        click();
        void startPractice(stepId);
      },
      chooseLss: (category, difficulty) => lssFiles.choose(category, difficulty),
      exportLss: () => void lssFiles.exportFile(),
      importLss: (file) =>
        void lssFiles.importFile(file).then(() => {
          // The file's personal best joins the splits panel's comparisons, and is raced now.
          const c = lssFiles.comparison;
          if (!c) return;
          tracker.addComparison(c);
          store.getState().actions.updateSettings({ comparison: c.name });
        }),
    },
  });
  // The autopilot demo skips the title.
  if (p.autopilot) run.launch();
  captains.publish();
  run.sync();
  tracker.publish();
  // The HUD measures in the page's pixels, the camera in the canvas's: converted once per new
  // measurement (read every frame, so no layout is forced when nothing changed).
  let measured: ReturnType<typeof hudLayout.free> = null;
  let onCanvas: ReturnType<typeof hudLayout.free> = null;
  const freeOnCanvas = () => {
    const free = hudLayout.free();
    if (free !== measured) {
      measured = free;
      const at = gameEl.getBoundingClientRect();
      onCanvas = free && { ...free, x: free.x - at.left, y: free.y - at.top };
    }
    return onCanvas;
  };

  const view = startGame(gameEl, {
    title: script.title,
    summary: script.briefing.summary,
    briefing: [...script.briefing.body],
    renderer: renderer.kind,
    host,
    sound,
    command: (c) => run.command(c),
    bindings: () => store.getState().settings.bindings,
    reducedMotion: () => store.getState().settings.reducedMotion,
    inputEnabled: () => !host.autopilot && !host.paused,
    onPauseRequest: () => run.setPaused(!host.paused),
    atTitle: () => !run.launched && !rep.viewer.active,
    ghost: () => (rep.ghost.active && host.session.run ? rep.ghost.pose() : null),
    camera: () => (rep.viewer.active ? rep.viewer.camera : 'follow'),
    freeArea: () => freeOnCanvas(),
  });

  // The frame: controls read, the host advanced by the time measured here, then drawn.
  let sinceGhost = 0;
  let sinceSplits = 0;
  const loop = new FrameLoop(browserScheduler(), (elapsed, now) => {
    view.readInput(now);
    run.frame(view.holding() ? 0 : elapsed);
    sinceGhost += elapsed;
    sinceSplits += elapsed;
    if (sinceSplits >= 100 && tracker.running) {
      sinceSplits = 0;
      tracker.publish();
    }
    if (sinceGhost >= 200) {
      sinceGhost = 0;
      publishGhost();
    }
    view.draw(now, elapsed);
  });
  const publishGhost = () => {
    const g = rep.ghost;
    const pose = g.active && host.session.run ? g.pose() : null;
    const view = pose
      ? { name: g.name, deltaMs: g.deltaMs, elsewhere: pose.scene !== host.session.world.scene }
      : null;
    const before = store.getState().ghost;
    if (JSON.stringify(before) !== JSON.stringify(view)) store.setState({ ghost: view });
  };
  loop.start();

  // A hidden tab adds no ticks: pause, and let the player resume from the menu.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && !host.autopilot && run.launched && !rep.viewer.active)
      store.getState().actions.setPaused(true);
  });

  window.shutdown = {
    ready: Promise.resolve(),
    state: () => {
      const base = run.automation(gameEl.dataset.scene ?? 'none');
      const replay = rep.viewer.state();
      const pose = rep.ghost.active && host.session.run ? rep.ghost.pose() : null;
      const seen = view.view();
      return {
        ...base,
        ...(seen ? { playerScreen: seen.playerScreen, minimap: seen.minimap } : {}),
        ...(replay ? { replay } : {}),
        ...(pose ? { ghost: { x: pose.x, y: pose.y, scene: pose.scene } } : {}),
        speedrun: speedrunState(store.getState().speedrun),
        artReady: view.artReady(),
      };
    },
    renderer,
    /** For tests and demos: switch the autopilot or change the speed mid-run. */
    // Input never changes a replay: while one is watched, control does nothing.
    control: (c) => {
      if (!rep.viewer.active) applyControl(host, run, c);
    },
    ...(p.hudTest ? { debugHud: debugHud(store, (text) => captains.notice(text)) } : {}),
  };
  // Clicks made on the title while the game loaded are acted on now.
  title.gameReady();
  // The checks of records and snapshots are not needed to play: fetch them when the page is
  // idle, so they are there before a file, a checkpoint or a practice state asks for them.
  const prefetch = () => void loadChecks().catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch, { timeout: 5000 });
  else setTimeout(prefetch, 2000);
}

/** The speedrun part of `window.shutdown.state()`: category, attempt number, splits. */
function speedrunState(v: ReturnType<HudStore['getState']>['speedrun']) {
  if (!v) return null;
  return {
    category: v.category,
    difficulty: v.difficulty,
    attempt: v.attempt,
    running: v.running,
    igtTicks: v.igtTicks,
    comparison: v.comparison,
    flags: v.flags,
    splits: v.groups.flatMap((g) =>
      g.rows.map((r) => ({ id: r.id, state: r.state, deltaMs: r.deltaMs, gold: r.gold })),
    ),
  };
}

/** This browser session's id (sessionStorage survives reloads, not a new session). */
function browserSessionId(): string {
  const key = 'shutdown.browserSession';
  try {
    const had = sessionStorage.getItem(key);
    if (had) return had;
    const id = Math.floor(Math.random() * 1e12).toString(36);
    sessionStorage.setItem(key, id);
    return id;
  } catch {
    return 'page';
  }
}

/** Runner tokens live in localStorage; a browser that refuses it keeps them for the visit. */
function browserTokens(): Pick<Storage, 'getItem' | 'setItem'> {
  const memory = new Map<string, string>();
  return {
    getItem: (k) => {
      try {
        return localStorage.getItem(k) ?? memory.get(k) ?? null;
      } catch {
        return memory.get(k) ?? null;
      }
    },
    setItem: (k, v) => {
      memory.set(k, v);
      try {
        localStorage.setItem(k, v);
      } catch {
        // Kept in memory for this visit.
      }
    },
  };
}
