/**
 * Composition root: the only browser file that wires the layers together.
 * Loads the mission script, reports its problems in the DOM overlay (never throws), and starts
 * the renderer with the title-screen facts.
 */
import missionText from '../missions/shutdown.mission.json?raw';
import { loadMission } from './mission/loader';
import { startGame } from './render/StartGame';

type Renderer = 'webgl' | 'canvas';
type Problem = { path: string; message: string };

function rendererFromUrl(search: string): Renderer {
  return new URLSearchParams(search).get('renderer') === 'canvas' ? 'canvas' : 'webgl';
}

function showProblems(ui: HTMLElement, problems: readonly Problem[]): void {
  const box = document.createElement('section');
  box.className = 'load-error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'load-error';

  const heading = document.createElement('h1');
  heading.textContent = 'The mission script could not be loaded';
  const intro = document.createElement('p');
  intro.textContent = `missions/shutdown.mission.json has ${problems.length} problem${
    problems.length === 1 ? '' : 's'
  }:`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path;
    item.append(path, `: ${problem.message}`);
    list.append(item);
  }
  box.append(heading, intro, list);
  ui.replaceChildren(box);
}

function main(): void {
  const gameEl = document.getElementById('game');
  const uiEl = document.getElementById('ui');
  if (!gameEl || !uiEl) {
    document.body.textContent = 'This page is missing its #game or #ui element.';
    return;
  }

  // Placeholder until a session exists: the scene comes from the renderer's data-scene marker.
  window.shutdown = {
    state: () => ({ scene: gameEl.dataset.scene ?? 'none', tick: 0 }),
  };

  let loaded: ReturnType<typeof loadMission>;
  try {
    loaded = loadMission(missionText);
  } catch (err) {
    loaded = { ok: false, problems: [{ path: '$', message: `the loader failed: ${String(err)}` }] };
  }
  if (!loaded.ok) {
    gameEl.dataset.scene = 'error';
    showProblems(uiEl, loaded.problems);
    console.error(
      `Mission script problems:\n${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
    return;
  }

  const mission = loaded.value;
  startGame(gameEl, {
    title: mission.title,
    summary: mission.briefing.summary,
    briefing: [...mission.briefing.body],
    renderer: rendererFromUrl(window.location.search),
  });
}

main();
