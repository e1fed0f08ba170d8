/**
 * A new player's first minutes: at warp-in the helm readout, a waypoint to the first objective,
 * DS9 on the minimap and the controls hint (which fades once the throttle is used and can be
 * switched off); later the hail prompt by name and Engineer Meyer in the team only once he has
 * joined.
 */
import { expect, type Page, test } from '@playwright/test';
import {
  control,
  createCaptain,
  poll,
  type State,
  state,
  waitForObjective,
  watchConsole,
} from './helpers';

type NewPlayerState = State & {
  waypoint: { x: number; y: number } | null;
  helm: { throttle: number; speed: number; fullImpulse: boolean } | null;
  team: string[];
  hails: { id: string; name: string }[];
};

const npState = (page: Page) => state(page) as Promise<NewPlayerState>;
const game = (page: Page) => page.locator('#game');

test('warp-in: throttle readout, waypoint, DS9 on the minimap, and a hint that fades after W', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=3');
  await createCaptain(page);
  await page.getByTestId('launch').click();
  await poll(async () => (await state(page)).scene).toBe('space');

  const throttle = page.getByTestId('throttle');
  await expect(throttle).toBeVisible();
  await expect(page.getByTestId('throttle-value')).toHaveText('0%');
  await expect(page.getByTestId('speed-value')).toHaveText('0');
  // The first objective (the reach zone outside DS9, centred on the station) has a waypoint.
  const s = await npState(page);
  expect(s.mission.status).toBe('offered');
  expect(s.waypoint).toEqual({ x: 0, y: 0 });
  await expect(game(page)).toHaveAttribute('data-minimap-station', 'true');

  const hint = page.getByTestId('controls-hint');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveAttribute('aria-label', 'W/S throttle · A/D turn · Space fire');
  // Press W until the ship answers (presses during the warp-in transition do nothing).
  await expect(async () => {
    await page.keyboard.press('KeyW');
    expect((await npState(page)).helm?.throttle ?? 0).toBeGreaterThan(0);
  }).toPass({ timeout: 30_000 });
  await expect(hint).toBeHidden();
  await expect(page.getByTestId('throttle-value')).not.toHaveText('0%');
  // Taps shorter than a frame (keydown and keyup before the game reads the keys, as on a busy
  // machine) still step the throttle, one quarter each: four S taps stop it, two W taps make 50%.
  const tap = (code: string, times: number) =>
    page.evaluate(
      ({ code, times }) => {
        for (let i = 0; i < times; i++) {
          window.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true }));
          window.dispatchEvent(new KeyboardEvent('keyup', { code, bubbles: true }));
        }
      },
      { code, times },
    );
  await tap('KeyS', 4);
  await poll(async () => (await npState(page)).helm?.throttle).toBe(0);
  await tap('KeyW', 2);
  await poll(async () => (await npState(page)).helm?.throttle).toBe(50);
  await expect(page.getByTestId('throttle-value')).toHaveText('50%');
  await poll(async () => (await npState(page)).helm?.speed ?? 0).toBeGreaterThan(0);
  await expect(page.getByTestId('speed-value')).not.toHaveText('0');
  expect(problems).toEqual([]);
});

test('the controls hint can be switched off in settings, and stays off after a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=3');
  await createCaptain(page);
  await page.getByTestId('launch').click();
  await poll(async () => (await state(page)).scene).toBe('space');
  await expect(page.getByTestId('controls-hint')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('pause-settings').click();
  const box = page.getByTestId('setting-hints');
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByTestId('settings-back').click();
  await page.getByTestId('pause-resume').click();
  await expect(page.getByTestId('controls-hint')).toHaveCount(0);

  await page.reload();
  await page.getByTestId('launch').click();
  await poll(async () => (await state(page)).scene).toBe('space');
  await expect(page.getByTestId('throttle')).toBeVisible();
  await expect(page.getByTestId('controls-hint')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Meyer joins the team panel with the escort; the hail prompt names Starfleet Command', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=3&autopilot=1&speed=64');
  // Contacts show on the space minimap once the fleet is there.
  await control(page, { handOverAt: 'destroy-station-defenses' });
  await waitForObjective(page, 'destroy-station-defenses', 120_000);
  await expect(game(page)).toHaveAttribute('data-minimap-station', 'true');
  await poll(async () =>
    Number(await game(page).getAttribute('data-minimap-contacts')),
  ).toBeGreaterThan(0);

  await control(page, { autopilot: true, speed: 64, handOverAt: 'victims-lower-security-field' });
  await waitForObjective(page, 'victims-lower-security-field', 300_000);
  // Meyer waits at his post on this map, but has not joined: not in the team panel.
  const team = page.getByTestId('away-team');
  await expect(team).toBeVisible();
  await expect(team).not.toContainText('Engineer Meyer');
  expect((await npState(page)).team).not.toContain('Engineer Meyer');

  await control(page, { autopilot: true, speed: 64, handOverAt: 'escort-engineer-meyer' });
  await waitForObjective(page, 'escort-engineer-meyer', 120_000);
  await expect(team).toContainText('Engineer Meyer');

  await control(page, { autopilot: true, speed: 64, handOverAt: 'report-to-starfleet' });
  await waitForObjective(page, 'report-to-starfleet', 400_000);
  const hail = page.getByTestId('hail-prompt');
  await expect(hail).toBeVisible();
  await expect(hail).toContainText('Hail Starfleet Command');
  await expect(hail).not.toContainText('starfleet-command');
  expect((await npState(page)).waypoint).toBeNull();
  await hail.click();
  await poll(async () => (await state(page)).mission.status).toBe('complete');
  expect(problems).toEqual([]);
});
