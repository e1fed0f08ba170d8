/**
 * Composition root: loads the mission and its maps (problems are shown, never thrown) and
 * starts the browser application (src/app/browserApp.ts).
 */
import missionText from '../missions/shutdown.mission.json?raw';
import { loadGame, showProblems } from './app/boot';
import { startApp } from './app/browserApp';

const mapTexts = import.meta.glob('../missions/maps/*.tmj', {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

const gameEl = document.getElementById('game');
const uiEl = document.getElementById('ui');
if (!gameEl || !uiEl) {
  document.body.textContent = 'This page is missing its #game or #ui element.';
} else {
  window.shutdown = { state: () => ({ scene: gameEl.dataset.scene ?? 'none', tick: 0 }) };
  const loaded = loadGame(missionText, mapTexts);
  if (loaded.ok) startApp({ gameEl, uiEl, script: loaded.script, geometry: loaded.geometry });
  else {
    gameEl.dataset.scene = 'error';
    showProblems(uiEl, loaded.title, loaded.problems);
  }
}
