import { expect, type Page, test } from '@playwright/test';
import { control, createCaptain, shot, startMission, state, watchConsole } from './helpers';

/** Lets the autopilot finish the run at speed 16, then waits for the rewards dialog. */
async function finishWithAutopilot(page: Page) {
  await control(page, { autopilot: true, speed: 16 });
  await expect
    .poll(async () => (await state(page)).mission.status, { timeout: 120_000, intervals: [250] })
    .toBe('complete');
  await expect(page.getByTestId('rewards-dialog')).toBeVisible();
}

test('a level-45 captain: first completion, then a Mission Replay from the journal after a reload', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=11');
  await createCaptain(page, 'Benjamin Sisko', 45);
  await expect(page.getByTestId('captain-rank')).toContainText('Rear Admiral, Upper Half');
  // The title offers the mission to the new captain.
  await page.getByTestId('accept-mission').click();
  await expect.poll(async () => (await state(page)).mission.status).toBe('active');
  await finishWithAutopilot(page);
  const first = page.getByTestId('rewards-dialog');
  await expect(first).toHaveAttribute('data-kind', 'first-completion');
  await expect(page.getByTestId('reward-sp')).toHaveText('2903');
  await expect(page.getByTestId('reward-exp')).toHaveText('2784');
  await expect(page.getByTestId('reward-mark')).toHaveText('Mark X');
  await expect(page.getByTestId('accolade-toast')).toContainText('Fluidic Reclamation');
  await expect(page.getByTestId('accolade-toast')).toContainText('Federation Foil');

  await page.reload();
  await expect(page.getByTestId('captain-card')).toContainText('Benjamin Sisko');
  await page.keyboard.press('KeyJ');
  const journal = page.getByTestId('journal');
  await expect(journal).toBeVisible();
  await expect(journal.getByTestId('journal-mission')).toHaveAttribute('data-state', 'completed');
  await expect(journal).toContainText('Mission Replay: reduced rewards: 1935 SP, 1856 Exp, Mark X');
  await page.getByTestId('replay-mission').click();
  await expect.poll(async () => (await state(page)).mission.status).toBe('active');
  await finishWithAutopilot(page);
  await expect(page.getByTestId('rewards-dialog')).toHaveAttribute('data-kind', 'replay');
  await expect(page.getByTestId('reward-reason')).toHaveText('Mission Replay: reduced rewards');
  await expect(page.getByTestId('reward-sp')).toHaveText('1935');
  await expect(page.getByTestId('reward-exp')).toHaveText('1856');
  await expect(page.getByTestId('reward-mark')).toHaveText('Mark X');
  await page.screenshot({ path: shot('replay-rewards') });
  await page.getByTestId('rewards-close').click();

  await page.keyboard.press('KeyL');
  const window = page.getByTestId('accolade-window');
  await expect(window).toBeVisible();
  await expect(window.locator('[data-accolade-id="fluidic-reclamation"]')).toHaveCount(1);
  await expect(window.locator('[data-accolade-id="fluidic-reclamation"]')).toHaveAttribute(
    'data-earned',
    'true',
  );
  await expect(window.locator('[data-accolade-id="federation-foil"]')).toHaveAttribute(
    'data-earned',
    'true',
  );
  const s31 = window.locator('[data-accolade-id="wanted-by-section-31"]');
  await expect(s31).toHaveAttribute('data-earned', 'false');
  await expect(s31).toContainText('64/100');
  // Fluidic Reclamation 10 + Federation Foil 5.
  await expect(page.getByTestId('accolade-score')).toHaveText('15');
  await page.screenshot({ path: shot('accolades') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('KeyJ');
  await expect(page.getByTestId('journal-sp')).toHaveText(String(2903 + 1935));
  await expect(page.getByTestId('journal-exp')).toHaveText(String(2784 + 1856));
  await expect(page.getByTestId('journal-items')).toContainText('Mark X item');
  expect(problems).toEqual([]);
});

test('a corrupt save: the game still starts, says so, and keeps the data under a backup key', async ({
  page,
}) => {
  await page.goto('/?seed=1');
  await createCaptain(page, 'Kira', 40);
  await page.evaluate(() =>
    localStorage.setItem('shutdown.captains', '{"state": {"captains": [ broken'),
  );
  await page.reload();
  const notice = page.getByTestId('save-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('not valid JSON');
  await expect(notice).toContainText('shutdown.captains.backup');
  // The game starts: the captain form is there and the title is drawn.
  await expect(page.getByTestId('captain-create')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.getElementById('game')?.dataset.scene))
    .toBe('title');
  expect(await page.evaluate(() => localStorage.getItem('shutdown.captains.backup'))).toBe(
    '{"state": {"captains": [ broken',
  );
  await page.screenshot({ path: shot('save-notice') });
});

test('a save from a newer version is kept aside, not overwritten', async ({ page }) => {
  await page.goto('/?seed=1');
  const future = JSON.stringify({
    state: { captains: [], activeId: null, ships: [] },
    version: 99,
  });
  await page.evaluate((v) => localStorage.setItem('shutdown.captains', v), future);
  await page.reload();
  await expect(page.getByTestId('save-notice')).toContainText('newer version');
  await createCaptain(page, 'Dax', 50);
  expect(await page.evaluate(() => localStorage.getItem('shutdown.captains.backup'))).toBe(future);
});

test('export a captain and import it back; a wrong file is refused with a message', async ({
  page,
}) => {
  await page.goto('/?seed=1');
  await createCaptain(page, 'Worf', 38);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-captain').click();
  const file = await (await download).path();
  await page.getByTestId('import-captain').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"shutdown-captain","version":1,"captain":{"name":"X"}}'),
  });
  await expect(page.getByTestId('import-error')).toContainText('$.captain');
  await page.getByTestId('import-captain').setInputFiles(file);
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(page.getByTestId('captain-select')).toBeVisible();
  await expect(page.getByTestId('captain-select').locator('option')).toHaveCount(2);
});

test('a run in progress is saved at step checkpoints and resumed after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?seed=4');
  // Warp in and accept from the journal (J).
  await startMission(page, 'Odo', 41);
  await control(page, { autopilot: true, speed: 16, handOverAt: 'dock-at-ds9' });
  await expect
    .poll(async () => (await state(page)).mission.stepId, { timeout: 90_000 })
    .toBe('the-best-defense');
  await page.reload();
  const resume = page.getByTestId('resume-run');
  await expect(resume).toContainText('The Best Defense');
  await resume.click();
  await expect.poll(async () => (await state(page)).scene).toBe('space');
  const s = await state(page);
  expect(s.mission.status).toBe('active');
  expect(s.mission.stepId).toBe('the-best-defense');
  expect(s.mission.objectives.find((o) => o.id === 'defense-go-to-ds9')?.state).not.toBe(
    'complete',
  );
  expect(s.tick).toBeGreaterThan(0);
});
