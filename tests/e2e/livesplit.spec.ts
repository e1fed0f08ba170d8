/**
 * LiveSplit in the browser: the replay library exports the captain's attempts of a category as
 * `Shutdown - <category>.lss` (read back here), imports an `.lss` as a comparison, and refuses a
 * file that is not one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readLss } from '../../src/speedrun/lss';
import { startMission, watchConsole } from './helpers';

test('export the .lss of a category, read it back, import it as a comparison', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=4');
  await startMission(page, 'Nog', 40);
  // One attempt of the individual level "Report to Starfleet": a practice run of that step.
  await page.keyboard.press('KeyJ');
  await page.locator('[data-testid="practice-step"][data-step-id="report-to-starfleet"]').click();
  const line = page.getByTestId('practice-run');
  await expect(line).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  await page.locator('[data-testid="hail-prompt"][data-contact="starfleet-command"]').click();
  await expect(line).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const time = (await line.getByTestId('practice-time').textContent())!.trim();

  await page.keyboard.press('KeyR');
  const library = page.getByTestId('replays');
  await expect(library.getByTestId('replay-entry')).toHaveCount(2, { timeout: 15_000 });
  // No autopilot attempt: the export says so and saves nothing. (The Any% attempt the practice
  // replaced was kept as a reset.)
  await library.getByTestId('lss-category').selectOption('autopilot');
  await library.getByTestId('export-lss').click();
  await expect(library.getByTestId('lss-error')).toContainText('No attempt of Autopilot on Normal');
  await library.getByTestId('lss-category').selectOption('il-report-to-starfleet');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library.getByTestId('export-lss').click(),
  ]);
  expect(download.suggestedFilename()).toBe('Shutdown - Level- Report to Starfleet.lss');
  const path = join('test-results', 'livesplit', download.suggestedFilename());
  await download.saveAs(path);
  await expect(library.getByTestId('lss-message')).toContainText('1 attempt');
  const text = readFileSync(path, 'utf8');
  const read = readLss(text);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.run).toMatchObject({
    version: '1.7.0',
    gameName: 'Star Trek Online: Shutdown',
    categoryName: 'Level: Report to Starfleet',
    attemptCount: 1,
    variables: { Difficulty: 'Normal' },
  });
  expect(read.run.segments).toHaveLength(1);
  const pb = read.run.segments[0]!.pb!;
  // The PB split is the practice time the tracker showed (ms rounded from ticks).
  const [mm, ss] = time.split(':');
  expect(Math.round((pb * 1000) / 60)).toBe(Math.round((Number(mm) * 60 + Number(ss)) * 1000));
  expect(read.run.segments[0]!.best).toBe(pb);

  // Imported back as a comparison for that category.
  await library.getByTestId('import-lss').setInputFiles(path);
  await expect(library.getByTestId('lss-comparison')).toContainText('(1 of 1 splits)');
  // A file that is not a splits file is refused with the reason.
  await library.getByTestId('import-lss').setInputFiles({
    name: 'notes.lss',
    mimeType: 'text/plain',
    buffer: Buffer.from('Any% in 4:15, no splits here'),
  });
  await expect(library.getByTestId('lss-error')).toContainText(
    'notes.lss was not loaded. This is not a LiveSplit splits file',
  );
  expect(problems).toEqual([]);
});
