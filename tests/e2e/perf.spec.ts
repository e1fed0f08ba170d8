/**
 * Figures for the closing note, measured in headless Chromium here: the gzipped JavaScript
 * loaded at start (budget 450 KB, enforced), time from navigation to an interactive title
 * screen, and frame intervals during 10 s of space combat. Written to test-results/docs/perf.json (docs/perf.json with `npm run screenshots`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { control, outputPath, state, waitForObjective } from './helpers';

const figures: Record<string, unknown> = {};

// A Playwright trace records a screencast, which costs this 2-core machine frames: measure without.
test.use({ trace: 'off' });

// The two Playwright projects (plain and @webgl) each run part of this file in their own
// worker: each merges its figures into the file.
test.afterAll(() => {
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(outputPath('perf.json'), 'utf8'));
  } catch {
    previous = {};
  }
  const merged = { ...previous, ...figures };
  writeFileSync(outputPath('perf.json'), `${JSON.stringify(merged, null, 2)}\n`);
});

test('the JavaScript loaded at start fits the 450 KB gzip budget', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(0);
  const sizes = Object.fromEntries(
    files.map((f) => [f, gzipSync(readFileSync(join('dist', f))).length]),
  );
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  figures.startupJsGzipBytes = total;
  figures.startupJsFiles = sizes;
  expect(total).toBeLessThanOrEqual(450 * 1024);
});

test('time from navigation to an interactive title screen', async ({ page }) => {
  // Recorded in the page, the moment it happens: the title's first frame has been drawn (the
  // director marks data-scene="title") and the captain panel is in the DOM.
  await page.addInitScript(() => {
    const w = window as unknown as { __titleAt?: number };
    const check = () => {
      if (
        w.__titleAt === undefined &&
        document.getElementById('game')?.dataset.scene === 'title' &&
        document.querySelector('[data-testid="captain-panel"]')
      )
        w.__titleAt = performance.now();
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
    });
  });
  await page.goto('/?seed=1');
  const ms = await page.waitForFunction(
    () => (window as unknown as { __titleAt?: number }).__titleAt,
  );
  const at = Number(await ms.jsonValue());
  figures.titleInteractiveMs = Math.round(at);
  expect(at).toBeLessThan(5000);
});

async function spaceCombatFrames(page: Page, query: string) {
  await page.goto(`/?seed=4&autopilot=1&speed=16${query}`);
  await control(page, { handOverAt: 'destroy-station-defenses' });
  await waitForObjective(page, 'destroy-station-defenses', 60_000);
  // The autopilot flies the fight at normal speed while the frames are timed.
  await control(page, { autopilot: true, speed: 1 });
  // One second to settle after the fast-forward (garbage from 16× ticks, first draws).
  await page.waitForTimeout(1000);
  const intervals: number[] = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const end = last + 10_000;
        const frame = (t: number) => {
          out.push(t - last);
          last = t;
          if (t < end) requestAnimationFrame(frame);
          else resolve(out);
        };
        requestAnimationFrame(frame);
      }),
  );
  expect((await state(page)).scene).toBe('space');
  const sorted = [...intervals].sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 100) / 100;
  const renderer = await page.evaluate(() => window.shutdown?.renderer);
  return { renderer, frames: intervals.length, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) };
}

test('frame intervals during 10 s of space combat (the renderer the game picks)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const f = await spaceCombatFrames(page, '');
  figures.spaceCombatFrames = f;
  expect(f.frames).toBeGreaterThan(0);
  expect(f.p95).toBeLessThan(17.5);
});

test('frame intervals during 10 s of space combat on WebGL (software here: recorded only) @webgl', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const f = await spaceCombatFrames(page, '&renderer=webgl');
  figures.spaceCombatFramesWebgl = f;
  expect(f.renderer?.kind).toBe('webgl');
  expect(f.frames).toBeGreaterThan(0);
});
