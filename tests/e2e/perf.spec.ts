/**
 * Figures for the closing note, measured in headless Chromium here: the gzipped JavaScript
 * loaded at start (budget 450 KB, enforced), time from navigation to an interactive title
 * screen, and frame intervals during 10 s of space combat. Written to docs/perf.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { control, state, waitForObjective } from './helpers';

const figures: Record<string, unknown> = {};

test.afterAll(() => {
  writeFileSync('docs/perf.json', `${JSON.stringify(figures, null, 2)}\n`);
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
  await page.goto('/?seed=1');
  await page.waitForFunction(
    () =>
      document.getElementById('game')?.dataset.scene === 'title' &&
      document.querySelector('[data-testid="accept-mission"]') !== null,
    undefined,
    { polling: 'raf' },
  );
  const ms = await page.evaluate(() => performance.now());
  figures.titleInteractiveMs = Math.round(ms);
  expect(ms).toBeLessThan(5000);
});

test('frame intervals during 10 s of space combat', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?seed=4&autopilot=1&speed=16');
  await waitForObjective(page, 'destroy-station-defenses', 60_000);
  await control(page, { speed: 1 });
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
  const sorted = [...intervals].sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 100) / 100;
  figures.spaceCombatFrames = {
    frames: intervals.length,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
  };
  expect((await state(page)).scene).toBe('space');
  // The figure is recorded, not asserted: see the closing note for what this machine reaches.
  expect(intervals.length).toBeGreaterThan(0);
});
