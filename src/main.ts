/**
 * Composition root. index.html paints a title shell before any script; this small entry then
 * loads the title (src/app/titleApp.ts: the store, captains and the DOM interface, with its
 * stylesheet, so no stylesheet holds up the first paint), and once the title's first frame is
 * painted and the browser is idle, Phaser (the build for the renderer chosen here) and the
 * game (src/app/gameApp.ts: simulation, renderer, replays), which it joins to the title. The mission script and its maps were checked when the
 * game was built (build/missionPlugin.ts).
 */
import { geometry, script } from 'virtual:shutdown-mission';
import { loadPhaser } from './render/loadPhaser';
import { chooseRenderer } from './render/rendererChoice';

const gameEl = document.getElementById('game');
const uiEl = document.getElementById('ui');
if (!gameEl || !uiEl) {
  document.body.textContent = 'This page is missing its #game or #ui element.';
} else {
  // A task of its own for the title's start, apart from evaluating its code: neither keeps the
  // page from answering input for long.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  void import('./app/titleApp').then(async ({ startTitle }) => {
    await nextTask();
    const title = startTitle({ gameEl, uiEl, script, geometry });
    // Phaser first, in the build for the renderer this machine gets (the render code reads it
    // as it loads), then the game.
    const load = () =>
      loadPhaser(chooseRenderer(title.params.renderer).kind)
        .then(() => {
          // Marks for `npm run bench:web` (what the time after the title went on).
          performance.mark('shutdown:phaser-loaded');
          return import('./app/gameApp');
        })
        .then(
          (game) => {
            performance.mark('shutdown:game-loaded');
            game.startGameApp(title);
            performance.mark('shutdown:game-started');
          },
          (e: unknown) => title.failed(`The game could not be loaded: ${(e as Error).message}`),
        );
    // After the title's first frame has been painted, when the page has nothing else to do.
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 300 }) : load();
    requestAnimationFrame(() => setTimeout(idle, 0));
  });
}
