/**
 * Speedrun mode in the browser: the bot's runs are the Autopilot category's, so a second
 * autopilot run is split against the first (the same seed and bot: every split even, 0 ms),
 * and a further one races the first as a ghost that keeps step with it; a reset mid-run asks
 * first, then ends the attempt as a reset, counts it, and starts the mission again at once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { control, poll, type State, state, watchConsole } from './helpers';

type Speedrun = {
  category: string;
  attempt: number;
  running: boolean;
  igtTicks: number;
  comparison: string;
  splits: { id: string; state: string; deltaMs: number | null; gold: boolean }[];
};
/** Speedrun mode's part of the state (read through `state`, which waits for the game). */
const speedrun = async (page: Page) =>
  ((await state(page)) as unknown as { speedrun: Speedrun | null }).speedrun;

const SEED = 5;
const ghostState = (page: Page) =>
  state(page) as Promise<State & { ghost?: { x: number; y: number; scene: string } }>;

test.describe('autopilot runs of one seed, one after another', () => {
  test.describe.configure({ mode: 'serial' });
  // One page for both tests: the ghost races the first of the runs the test before made (a
  // page load and a whole run at speed 64 fewer than a first run of its own).
  let page: Page;
  let runs = 0;
  test.beforeAll(async ({ browser }, info) => {
    const { baseURL, viewport } = info.project.use;
    page = await browser.newPage({ baseURL, viewport });
  });
  test.afterAll(async () => {
    await page.context().close();
  });

  test('two autopilot runs: the second is split against the first in the Autopilot category', async () => {
    test.setTimeout(400_000);
    const problems = watchConsole(page);
    await page.goto(`/?seed=${SEED}&autopilot=1&speed=64`);
    await poll(async () => (await speedrun(page))?.running, { timeout: 30_000 }).toBe(true);
    expect(await speedrun(page)).toMatchObject({ category: 'autopilot', attempt: 1 });
    // K shows the splits panel (speedrun mode is off by default).
    await page.keyboard.press('k');
    const panel = page.getByTestId('splits');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-category', 'autopilot');
    await expect(page.getByTestId('split')).not.toHaveCount(0);
    await poll(async () => (await state(page)).mission.status, {
      timeout: 180_000,
      intervals: [250],
    }).toBe('complete');
    const results = page.getByTestId('results');
    await expect(results).toBeVisible({ timeout: 15_000 });
    await expect(results).toHaveAttribute('data-new-pb', 'true');
    await expect(results).toHaveAttribute('data-attempt', '1');
    await expect(page.getByTestId('result-split')).toHaveCount(17);

    // The mission again: the bot plays, and its splits are compared with the first run's.
    await page.getByTestId('rewards-replay').click();
    await poll(async () => (await speedrun(page))?.running, { timeout: 30_000 }).toBe(true);
    expect(await speedrun(page)).toMatchObject({
      category: 'autopilot',
      attempt: 2,
      comparison: 'Personal Best',
    });
    await expect(panel).toHaveAttribute('data-attempt', '2');
    // Two splits done: each shows its delta against run 1, which ran tick for tick the same.
    await poll(
      async () => (await speedrun(page))?.splits.filter((s) => s.state === 'done').length ?? 0,
      { timeout: 120_000 },
    ).toBeGreaterThanOrEqual(2);
    // At 1× while the panel is looked at and used: at 64× the run could end meanwhile on a busy
    // machine, and its rewards dialog then has the keyboard (C would do nothing).
    await control(page, { speed: 1 });
    const done = (await speedrun(page))!.splits.filter((s) => s.state === 'done');
    for (const s of done) expect(s.deltaMs, s.id).toBe(0);
    const first = page.locator(`[data-testid="split"][data-split-id="${done[0]!.id}"]`);
    await expect(first).toHaveAttribute('data-delta-ms', '0');
    await expect(first).toHaveAttribute('data-state', 'done');
    await expect(first).toHaveAttribute('data-gold', 'false');
    // The comparison can be switched in the panel and with C.
    await page.getByTestId('comparison').selectOption('Best Segments');
    await poll(async () => (await speedrun(page))?.comparison).toBe('Best Segments');
    await page.keyboard.press('c');
    await poll(async () => (await speedrun(page))?.comparison).toBe('Average');
    await expect(page.getByTestId('sum-of-best')).not.toHaveText('—');
    await control(page, { speed: 64 });
    await poll(async () => (await state(page)).mission.status, {
      timeout: 200_000,
      intervals: [250],
    }).toBe('complete');
    await expect(results).toHaveAttribute('data-attempt', '2', { timeout: 15_000 });
    // Even with the first run: not a new PB, and every delta 0.
    await expect(results).toHaveAttribute('data-new-pb', 'false');
    await expect(page.locator('[data-testid="result-split"][data-delta-ms="0"]')).toHaveCount(17);
    expect(problems).toEqual([]);
    runs = 2;
  });

  test('a further autopilot run races the first one as a ghost', async () => {
    test.setTimeout(300_000);
    const problems = watchConsole(page);
    // After the runs of the test before (run alone, this test makes the first run itself).
    if (runs === 0) {
      await page.goto(`/?seed=${SEED}&autopilot=1&speed=64`);
      await poll(async () => (await state(page)).mission.status, {
        timeout: 150_000,
        intervals: [250],
      }).toBe('complete');
    }
    await expect(page.getByTestId('download-replay')).toBeVisible({ timeout: 15_000 });
    // Replay the mission: the bot plays again, against the ghost of the first run (the personal
    // best: a run that ties it is none).
    await page.getByTestId('rewards-replay').click();
    await poll(async () => (await ghostState(page)).mission.status).toBe('active');
    await poll(async () => (await ghostState(page)).ghost, { timeout: 20_000 }).toBeTruthy();
    const g = (await ghostState(page)).ghost!;
    expect(g.scene).toBeTruthy();
    await expect(page.getByTestId('ghost-delta')).toBeVisible();
    // The same seed and the same bot: the run matches its ghost tick for tick, so after the
    // first split the delta reads exactly even, and the ghost stands where the player is.
    await expect(page.getByTestId('ghost-delta')).toHaveAttribute('data-sign', 'even', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('ghost-delta')).toContainText('0.000');
    // One read of the state: the ghost stands exactly where the player does, tick for tick.
    await control(page, { speed: 1 });
    const both = await ghostState(page);
    expect(both.ghost).toBeTruthy();
    expect(Math.abs(both.ghost!.x - both.player.x)).toBeLessThan(1);
    expect(Math.abs(both.ghost!.y - both.player.y)).toBeLessThan(1);
    const dir = join('test-results', 'replays');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'ghost.png') });
    expect(problems).toEqual([]);
  });
});

test('reset mid-run asks first, then restarts the mission at once and counts the attempt', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=7&autopilot=1&speed=4');
  await poll(async () => (await speedrun(page))?.splits[0]?.state, { timeout: 60_000 }).toBe(
    'done',
  );
  const before = (await speedrun(page))!;
  expect(before).toMatchObject({ attempt: 1, running: true });
  await page.keyboard.press('Backspace');
  const ask = page.getByTestId('reset-confirm');
  await expect(ask).toBeVisible();
  // Esc keeps the run going.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  expect((await state(page)).mission.status).toBe('active');
  await page.keyboard.press('Backspace');
  await expect(ask).toBeVisible();
  const tickBefore = (await state(page)).tick;
  const igtBefore = (await speedrun(page))!.igtTicks;
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  // At once: a fresh run from the start, its first objective under way, attempt 2.
  await poll(async () => (await speedrun(page))?.attempt, { timeout: 5_000 }).toBe(2);
  const after = (await speedrun(page))!;
  expect(after.running).toBe(true);
  expect(after.igtTicks).toBeLessThan(igtBefore);
  const s = await state(page);
  expect(s.mission.status).toBe('active');
  expect(s.tick).toBeLessThan(tickBefore);
  // The reset attempt is kept in the library, with its status.
  await page.keyboard.press('r');
  await expect(page.locator('[data-testid="replay-entry"][data-status="reset"]')).toHaveCount(1);
  expect(problems).toEqual([]);
});
