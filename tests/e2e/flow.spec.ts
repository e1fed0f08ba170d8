/**
 * No dead ends: the pause menu's Restart, Abandon and Quit to title; after Mission Complete the
 * ship is handed back in free flight (pause menu and journal work, the mission is offered again
 * at the station as a Mission Replay); a tally accolade's notice comes mid-mission.
 */
import { expect, test } from '@playwright/test';
import { control, createCaptain, poll, startMission, state, watchConsole } from './helpers';

test('pause menu: restart (asked first), abandon to free flight, quit to the title', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=2');
  // Accepting moves the ship to the mission's start with a short warp, not a jump cut.
  await page.evaluate(() => {
    const el = document.getElementById('game')!;
    const seen: string[] = [];
    (window as unknown as { __transitions: string[] }).__transitions = seen;
    new MutationObserver(() => {
      if (el.dataset.transition) seen.push(el.dataset.transition);
    }).observe(el, { attributes: true, attributeFilter: ['data-transition'] });
  });
  await startMission(page);
  await poll(() =>
    page.evaluate(() => (window as unknown as { __transitions: string[] }).__transitions),
  ).toContain('warp-in');
  // Five seconds into the run (at 4× game speed), so that a restart visibly starts it over.
  await control(page, { speed: 4 });
  await poll(async () => (await state(page)).tick, { timeout: 20_000 }).toBeGreaterThan(300);
  await control(page, { speed: 1 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-menu')).toBeVisible();
  await page.getByTestId('pause-restart').click();
  await expect(page.getByTestId('pause-confirm')).toContainText('Restart');
  await page.getByTestId('pause-confirm-no').click();
  await expect(page.getByTestId('pause-restart')).toBeVisible();
  await page.getByTestId('pause-restart').click();
  await page.getByTestId('pause-confirm-yes').click();
  await expect(page.getByTestId('pause-menu')).toBeHidden();
  // A fresh run from its start: accepted, on its first seconds.
  await poll(async () => (await state(page)).mission.status).toBe('active');
  expect((await state(page)).tick).toBeLessThan(300);

  await page.keyboard.press('Escape');
  await page.getByTestId('pause-abandon').click();
  await page.getByTestId('pause-confirm-yes').click();
  await poll(async () => (await state(page)).mission.status).toBe('offered');
  await expect(page.getByTestId('tracker-offered')).toBeVisible();
  await expect(page.locator('[data-testid="objective"]')).toHaveCount(0);
  // Still flying: the world runs.
  const t0 = (await state(page)).tick;
  await poll(async () => (await state(page)).tick).toBeGreaterThan(t0);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-restart')).toHaveCount(0);
  await page.getByTestId('pause-quit').click();
  await expect(page.getByTestId('captain-card')).toBeVisible();
  expect(problems).toEqual([]);
});

test('after Mission Complete the ship flies on; the station offers a Mission Replay; accolades come when earned', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  // Every accolade notice with the mission status at the moment it appeared.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __accolades: string[] }).__accolades = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid="accolade-toast"]')) {
        const key = `${el.textContent?.replace(/\s+/g, ' ').trim()}`;
        const now = window.shutdown?.state() as { mission?: { status: string } } | undefined;
        const status = now?.mission?.status;
        const entry = `${status}|${key}`;
        if (!seen.some((s) => s.endsWith(`|${key}`))) seen.push(entry);
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/?seed=6');
  await createCaptain(page, 'Kira', 40);
  await control(page, { autopilot: true, speed: 64 });
  await poll(async () => (await state(page)).mission.status, {
    timeout: 180_000,
    intervals: [250],
  }).toBe('complete');
  await expect(page.getByTestId('rewards-dialog')).toBeVisible();
  const accolades = await page.evaluate(
    () => (window as unknown as { __accolades: string[] }).__accolades,
  );
  const foil = accolades.find((a) => a.includes('Federation Foil'));
  expect(foil, accolades.join('\n')).toMatch(/^active\|/);

  // Close the rewards: free flight in the sector, mission offered again.
  await control(page, { autopilot: false, speed: 1 });
  await page.getByTestId('rewards-close').click();
  await poll(async () => (await state(page)).mission.status).toBe('offered');
  const t0 = (await state(page)).tick;
  await poll(async () => (await state(page)).tick).toBeGreaterThan(t0);
  await page.keyboard.press('KeyJ');
  await expect(page.getByTestId('journal')).toBeVisible();
  await page.keyboard.press('KeyJ');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('pause-menu')).toBeHidden();
  // Fly at the station: the offer comes again, as a Mission Replay (game time at 8× real time
  // for the flight).
  await control(page, { speed: 8 });
  const offer = page.getByTestId('offer-panel');
  await expect(async () => {
    await page.keyboard.press('KeyW');
    await expect(offer).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByTestId('offer-kind')).toContainText('Mission Replay');
  expect(problems).toEqual([]);
});
