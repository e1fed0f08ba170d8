/**
 * Nothing lost, nothing hangs: a tampered checkpoint is refused with a notice and the game
 * plays on; a very narrow window keeps the game ticking; a nonsense speed is ignored.
 */
import { expect, type Page, test } from '@playwright/test';
import { control, poll, startMission, state, watchConsole } from './helpers';

const SAVE_KEY = 'shutdown.captains';

/** Waits until the simulation has run `ticks` more ticks than it had. */
async function ticksOn(page: Page, ticks: number) {
  const from = (await state(page)).tick;
  await poll(async () => (await state(page)).tick, { timeout: 30_000 }).toBeGreaterThan(
    from + ticks,
  );
}

test('a tampered checkpoint is refused with a notice, discarded, and the game plays on', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=4');
  // Accepting starts the first step, which saves the run's first checkpoint.
  await startMission(page, 'Odo', 41);
  await poll(() =>
    page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').state?.captains?.[0]?.run?.stepId,
      SAVE_KEY,
    ),
  ).toBe('report-to-bajor');
  // Tamper with it the way that froze the game: a save that still loads, a run that cannot.
  await page.evaluate((key) => {
    const data = JSON.parse(localStorage.getItem(key)!);
    const snapshot = data.state.captains[0].run.snapshot;
    snapshot.mission.tallies = null;
    snapshot.world.rng = 'abc';
    localStorage.setItem(key, JSON.stringify(data));
  }, SAVE_KEY);
  await page.reload();
  const resume = page.getByTestId('resume-run');
  await expect(resume).toBeVisible();
  await resume.click();
  const notice = page.getByTestId('save-notice');
  await expect(notice).toContainText('The saved checkpoint could not be resumed');
  await expect(notice).toContainText('$.world.rng');
  await expect(notice).toContainText('It has been discarded');
  await expect(resume).toBeHidden();
  // The game goes on: leave the title and the sector runs.
  await page.getByTestId('launch').click();
  await poll(async () => (await state(page)).scene).toBe('space');
  await ticksOn(page, 60);
  await expect(page.getByTestId('run-error')).toHaveCount(0);
  // Discarded for good: after a reload there is nothing to resume.
  await page.reload();
  await expect(page.getByTestId('captain-card')).toContainText('Odo');
  await expect(page.getByTestId('resume-run')).toHaveCount(0);
  expect(
    await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!).state.captains[0].run,
      SAVE_KEY,
    ),
  ).toBeNull();
  expect(problems).toEqual([]);
});

for (const width of [100, 80]) {
  test(`a ${width} px wide window keeps the game ticking without errors`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watchConsole(page);
    await page.setViewportSize({ width, height: 600 });
    await page.goto('/?seed=2&autopilot=1&speed=4');
    await ticksOn(page, 120);
    expect(problems).toEqual([]);
  });
}

test('shrinking a running game to 80 px and back keeps it ticking; a nonsense speed is ignored', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=2&autopilot=1&speed=2');
  await ticksOn(page, 60);
  for (const width of [100, 80, 1280]) {
    await page.setViewportSize({ width, height: 600 });
    await ticksOn(page, 60);
  }
  for (const speed of [Number.NaN, Number.POSITIVE_INFINITY, 'fast' as unknown as number])
    await control(page, { speed });
  await ticksOn(page, 60);
  expect(problems).toEqual([]);
});
