/**
 * Submit and leaderboard in a real Chromium against `npm run server` (playwright.server.config.ts):
 * the page finds its own server, a bot record opened in the replay library is submitted and
 * goes from pending to verified, and the leaderboard (B) lists it with the captain's place
 * highlighted; the entry can be watched.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createCaptain } from '../e2e/helpers';

test('a run is submitted, verified and shown on the leaderboard with the own place highlighted', async ({
  page,
}) => {
  const outDir = join('test-results', 'leaderboard');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'seed4.replay.json.gz');
  execFileSync(process.execPath, ['scripts/cli.mjs', 'sim', '--seed', '4', '--replay-out', file]);
  await page.goto('/?seed=1');
  await createCaptain(page, 'Kira');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('KeyR');
  await expect(page.getByTestId('replays')).toBeVisible();
  await page.getByTestId('replay-open').setInputFiles(file);
  const entry = page.getByTestId('replay-entry').first();
  await entry.getByTestId('submit-run').click();
  const status = entry.getByTestId('submit-status');
  await expect(status).toHaveAttribute('data-status', /sending|pending|verified/);
  await expect(status).toHaveAttribute('data-status', 'verified', { timeout: 120_000 });
  await page.getByTestId('replays-close').click();
  await page.keyboard.press('KeyB');
  const board = page.getByTestId('leaderboard');
  await expect(board).toBeVisible();
  await page.getByTestId('board-category').selectOption('autopilot');
  const row = board.getByTestId('board-entry').first();
  await expect(row).toHaveAttribute('data-mine', 'true');
  await expect(row.getByTestId('board-runner')).toHaveText('Kira');
  await row.getByTestId('board-watch').click();
  await expect(page.getByTestId('replay-viewer')).toBeVisible();
});
