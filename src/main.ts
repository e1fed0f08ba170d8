/**
 * Composition root: shows the title from the first, small download (the mission script and its
 * maps were checked when the game was built: build/missionPlugin.ts), then loads the game's
 * code (renderer, simulation, replays) once the browser is idle and joins it to the title.
 */
import { geometry, script } from 'virtual:shutdown-mission';
import { startTitle } from './app/titleApp';

const gameEl = document.getElementById('game');
const uiEl = document.getElementById('ui');
if (!gameEl || !uiEl) {
  document.body.textContent = 'This page is missing its #game or #ui element.';
} else {
  const title = startTitle({ gameEl, uiEl, script, geometry });
  const load = () =>
    import('./app/gameApp').then(
      (game) => game.startGameApp(title),
      (e: unknown) => title.failed(`The game could not be loaded: ${(e as Error).message}`),
    );
  // After the title's first frame has been painted, when the page has nothing else to do.
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 300 }) : load();
  requestAnimationFrame(() => setTimeout(idle, 0));
}
