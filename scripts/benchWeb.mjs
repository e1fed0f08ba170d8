#!/usr/bin/env node
/**
 * `npm run bench:web`: builds the game, serves the preview, and measures it in headless
 * Chromium as a new player would. Five page loads, each in a fresh browser context:
 * - titleInteractiveMs: navigation start (performance.timeOrigin) to the captain form or the
 *   accept button being in the page and usable (median of 5);
 * - fcpMs: first contentful paint (median); longestTaskMs: the longest main-thread task
 *   before the title was interactive (worst of 5);
 * - longestTaskAfterTitleMs: the longest main-thread task from then until the game's art was
 *   all made (loading the game, painting the art: worst of 5); artReadyMs and
 *   secondVisitArtReadyMs: when the art was ready (median, first and second visit);
 * - secondVisitTitleMs: the same page loaded again in the same context (cache and stored
 *   art kept: median);
 * - frames: frame intervals over 10 s of space combat (The Best Defense) and of ground combat
 *   (Deception) on the renderer the game picks, the autopilot flying at normal speed, with the
 *   ghost of an earlier autopilot run of the same seed drawn (`ghost: true` says it was).
 * The last line on stdout is the JSON; it is also written to test-results/bench-web.json.
 * Timings on a shared 2-core machine are noisy: compare runs made back to back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { bundleSizes } from './bundleSize.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
};
const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {}
  return '/usr/bin/chromium';
}

/** Recorded in the page from its first script on: title time, first paint, long tasks. */
function probe() {
  const w = window;
  w.__bench = { titleAt: null, tasks: [] };
  const usable = (el) => el && !el.disabled && el.getClientRects().length > 0;
  const check = () => {
    if (w.__bench.titleAt !== null) return;
    const form = document.querySelector('[data-testid="captain-name"]');
    const accept = document.querySelector('[data-testid="accept-mission"], [data-testid="launch"]');
    if (usable(form) || usable(accept)) w.__bench.titleAt = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function loadOnce(page) {
  await page.goto(`${BASE}/?seed=1`);
  await page.waitForFunction(() => window.__bench.titleAt !== null, undefined, { timeout: 30_000 });
  // The game loads after the title: wait for it so the next visit finds everything cached.
  await page.waitForFunction(() => typeof window.shutdown?.control === 'function', undefined, {
    timeout: 30_000,
  });
  // And for the game's art (painted on a first visit, drawn from the cache on a second).
  await page.waitForFunction(() => window.shutdown.state().artReady === true, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const artAt = await page.evaluate(() => performance.now());
  return page.evaluate((artAt) => {
    const b = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const before = b.tasks.filter(([start]) => start < b.titleAt).map(([, d]) => d);
    const after = b.tasks
      .filter(([start]) => start >= b.titleAt && start < artAt)
      .map(([, d]) => d);
    return {
      titleAt: b.titleAt,
      fcp,
      longest: Math.max(0, ...before),
      longestAfter: Math.max(0, ...after),
      artAt,
    };
  }, artAt);
}

async function frames(browser, objective, query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/?seed=4&autopilot=1&speed=16${query}`);
  await page.waitForFunction(() => typeof window.shutdown?.control === 'function');
  // A first run by the autopilot, kept in the library: the timed run races it as a ghost.
  await page.waitForFunction(
    () => window.shutdown.state().mission?.status === 'complete',
    undefined,
    {
      timeout: 240_000,
      polling: 250,
    },
  );
  await page.getByTestId('rewards-replay').click({ timeout: 30_000 });
  await page.waitForFunction(() => window.shutdown.state().mission?.status === 'active');
  await page.evaluate((id) => window.shutdown.control({ handOverAt: id }), objective);
  await page.waitForFunction(
    (id) =>
      window.shutdown.state().mission?.objectives.some((o) => o.id === id && o.state === 'active'),
    objective,
    { timeout: 180_000, polling: 100 },
  );
  // The autopilot fights at normal speed while the frames are timed.
  await page.evaluate(() => window.shutdown.control({ autopilot: true, speed: 1 }));
  await page.waitForTimeout(1000);
  const intervals = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const out = [];
        let last = performance.now();
        const end = last + 10_000;
        const frame = (t) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(frame);
          else resolve(out);
        };
        requestAnimationFrame(frame);
      }),
  );
  const info = await page.evaluate(() => ({
    scene: window.shutdown.state().scene,
    renderer: window.shutdown.renderer?.kind,
    ghost: 'ghost' in window.shutdown.state(),
  }));
  await context.close();
  const sorted = [...intervals].sort((a, b) => a - b);
  const pct = (p) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]);
  return { ...info, frames: intervals.length, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) };
}

const built = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const sizes = bundleSizes('dist');
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
let browser;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`the preview server did not start on ${BASE}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-quic'] });
  const first = [];
  const second = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    first.push(await loadOnce(page));
    second.push(await loadOnce(page));
    await context.close();
  }
  // BENCH_FRAMES=0 measures the loads only (quicker, while working on start-up).
  const timeFrames = process.env.BENCH_FRAMES !== '0';
  const space = timeFrames ? await frames(browser, 'destroy-station-defenses') : null;
  const ground = timeFrames ? await frames(browser, 'defeat-insurgent-groups') : null;
  const result = {
    titleInteractiveMs: round(median(first.map((r) => r.titleAt))),
    fcpMs: round(median(first.map((r) => r.fcp))),
    longestTaskMs: round(Math.max(...first.map((r) => r.longest))),
    // From the title being usable to the game's art all made: the longest the page could not
    // answer input while the first visit loaded the game and painted its art (worst of 5).
    longestTaskAfterTitleMs: round(Math.max(...first.map((r) => r.longestAfter))),
    artReadyMs: round(median(first.map((r) => r.artAt))),
    secondVisitArtReadyMs: round(median(second.map((r) => r.artAt))),
    startJsGzBytes: sizes.start.bytes,
    playableJsGzBytes: sizes.playable.bytes,
    playableWebglJsGzBytes: sizes.playableWebgl.bytes,
    secondVisitTitleMs: round(median(second.map((r) => r.titleAt))),
    titleRunsMs: first.map((r) => round(r.titleAt)),
    longestTaskRunsMs: first.map((r) => round(r.longest)),
    longestTaskAfterTitleRunsMs: first.map((r) => round(r.longestAfter)),
    spaceCombatFrames: space,
    groundCombatFrames: ground,
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-web.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
} finally {
  await browser?.close();
  server.kill();
}
