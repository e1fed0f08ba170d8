import { expect, test } from '@playwright/test';
import { control, createCaptain, poll, state, watchConsole } from './helpers';

test('Elite chosen in the offer dialog is the run’s difficulty: the tracker shows it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=5');
  await createCaptain(page);
  await page.getByTestId('launch').click();
  await poll(async () => (await state(page)).scene).toBe('space');
  // Fly in until the offer opens (presses during the warp-in do nothing), with game time at 8×
  // real time: the flight is not what this test is about.
  await control(page, { speed: 8 });
  const offer = page.getByTestId('offer-panel');
  await expect(async () => {
    await page.keyboard.press('KeyW');
    await expect(offer).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 40_000 });
  const difficulty = offer.getByTestId('difficulty');
  await expect(difficulty).toHaveValue('normal');
  await expect(difficulty.locator('option')).toHaveText(['Normal', 'Advanced', 'Elite']);
  // No difficulty on the tracker before a run is accepted.
  await expect(page.getByTestId('tracker-difficulty')).toHaveCount(0);
  await difficulty.selectOption('elite');
  await offer.getByTestId('accept-mission').click();
  await poll(async () => (await state(page)).mission.status).toBe('active');
  await expect(page.getByTestId('tracker-difficulty')).toHaveText('Elite');
  // The run really is Elite: the accept command carried it into the world.
  const run = await page.evaluate(
    () => (window.shutdown!.state() as unknown as { difficulty: string | null }).difficulty,
  );
  expect(run).toBe('elite');
  expect(problems).toEqual([]);
});
