/**
 * Runs as records in the browser: an autopilot run is kept, downloaded and verified by
 * `npm run verify` with the same IGT and hash; watched in the viewer (seek to the middle and
 * the end, speed); raced as a ghost; a record file opened (and a bad one refused).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { control, state, watchConsole } from './helpers';

const outDir = join('test-results', 'replays');
mkdirSync(outDir, { recursive: true });

type Replay = { tick: number; endTick: number; playing: boolean; speed: number };
type Ghost = { x: number; y: number; scene: string };
const extra = (page: Page) =>
  page.evaluate(async () => {
    await window.shutdown!.ready;
    return window.shutdown!.state() as unknown;
  }) as Promise<{
    replay?: Replay;
    ghost?: Ghost;
    tick: number;
    stateHash: string;
    igt: string;
    mission: { status: string; objectives: { id: string; title: string; state: string }[] };
    player: { x: number; y: number };
  }>;

async function autopilotRun(page: Page, seed: number) {
  await page.goto(`/?seed=${seed}&autopilot=1&speed=64`);
  await expect
    .poll(async () => (await state(page)).mission.status, { timeout: 150_000, intervals: [250] })
    .toBe('complete');
  await expect(page.getByTestId('rewards-dialog')).toBeVisible();
}

test('an autopilot run is kept: download, verify, watch with seeks and speeds', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await autopilotRun(page, 7);
  const final = await state(page);
  // The rewards dialog offers the run just made.
  const download = page.getByTestId('download-replay');
  await expect(download).toBeVisible({ timeout: 15_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.replay\.json\.gz$/);
  const path = join(outDir, 'autopilot-seed7.replay.json.gz');
  await file.saveAs(path);
  const verify = JSON.parse(
    execFileSync(process.execPath, ['scripts/cli.mjs', 'verify', path, '--json'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!,
  );
  expect(verify.files[0]).toMatchObject({
    verified: true,
    igt: final.igt,
    stateHash: final.stateHash,
  });
  const splits: { id: string; tick: number }[] = verify.files[0].splits;

  // Watch it.
  await page.getByTestId('watch-replay').click();
  await expect(page.getByTestId('replay-viewer')).toBeVisible();
  await expect.poll(async () => (await extra(page)).replay?.endTick).toBeGreaterThan(1000);
  const endTick = (await extra(page)).replay!.endTick;
  const seek = page.getByTestId('replay-seek');
  const mid = Math.floor(endTick / 2);
  await seek.fill(String(mid));
  await expect.poll(async () => (await extra(page)).replay!.tick).toBeGreaterThanOrEqual(mid);
  await page.getByTestId('replay-play').click(); // pause where it is
  await expect.poll(async () => (await extra(page)).replay!.playing).toBe(false);
  const atMid = await extra(page);
  const t = atMid.replay!.tick;
  // The tracker shows the run as it was at that tick: what was done by then, and no more.
  const doneThen = splits.filter((s) => s.tick <= t).map((s) => s.id);
  expect(atMid.mission.objectives.filter((o) => o.state === 'complete').map((o) => o.id)).toEqual(
    doneThen,
  );
  const active = atMid.mission.objectives.find((o) => o.state === 'active');
  if (active) await expect(page.getByTestId('mission-tracker')).toContainText(active.title);
  // Input never changes a replay.
  const before = (await extra(page)).stateHash;
  await page.keyboard.press('KeyQ');
  await page.keyboard.press('KeyF');
  expect((await extra(page)).stateHash).toBe(before);
  // Speed, then the end.
  await page.getByTestId('replay-speed').selectOption('4');
  await expect.poll(async () => (await extra(page)).replay!.speed).toBe(4);
  await seek.fill(String(endTick));
  await expect.poll(async () => (await extra(page)).replay!.tick).toBe(endTick);
  const atEnd = await extra(page);
  expect(atEnd.mission.status).toBe('complete');
  expect(atEnd.stateHash).toBe(final.stateHash);
  await expect(page.getByTestId('mission-tracker')).toContainText('Mission complete');
  await page.screenshot({ path: join(outDir, 'viewer.png') });
  await page.getByTestId('replay-close').click();
  await expect(page.getByTestId('replay-viewer')).toBeHidden();
  expect((await extra(page)).replay).toBeUndefined();
  expect(problems).toEqual([]);
});

test('a second autopilot run races the first one as a ghost', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await autopilotRun(page, 5);
  await expect(page.getByTestId('download-replay')).toBeVisible({ timeout: 15_000 });
  // Replay the mission: the bot plays again, against the ghost of the first run.
  await page.getByTestId('rewards-replay').click();
  await expect.poll(async () => (await extra(page)).mission.status).toBe('active');
  await expect.poll(async () => (await extra(page)).ghost, { timeout: 20_000 }).toBeTruthy();
  const g = (await extra(page)).ghost!;
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
  const both = await extra(page);
  expect(both.ghost).toBeTruthy();
  expect(Math.abs(both.ghost!.x - both.player.x)).toBeLessThan(1);
  expect(Math.abs(both.ghost!.y - both.player.y)).toBeLessThan(1);
  await page.screenshot({ path: join(outDir, 'ghost.png') });
  expect(problems).toEqual([]);
});

test('a record file can be opened from the library; a bad one is refused with a message', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const good = join(outDir, 'open-seed2.replay.json.gz');
  execFileSync(process.execPath, ['scripts/cli.mjs', 'sim', '--seed', '2', '--replay-out', good]);
  const bad = join(outDir, 'bad.replay.json');
  writeFileSync(bad, JSON.stringify({ format: 'shutdown-replay', formatVersion: 1, game: 7 }));
  await page.goto('/?seed=1');
  await expect(page.getByTestId('title-replays')).toBeVisible();
  // R opens the library from the title (once no text field has the keyboard).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('KeyR');
  await expect(page.getByTestId('replays')).toBeVisible();
  const entries = page.getByTestId('replay-entry');
  const count = await entries.count();
  await page.getByTestId('replay-open').setInputFiles(bad);
  await expect(page.getByTestId('replays-error')).toContainText('$.game');
  expect(await entries.count()).toBe(count);
  await page.getByTestId('replay-open').setInputFiles(good);
  await expect(page.getByTestId('replays-message')).toBeVisible();
  await expect(entries).toHaveCount(count + 1);
  await entries.first().getByTestId('replay-watch').click();
  await expect(page.getByTestId('replay-viewer')).toBeVisible();
  await expect.poll(async () => (await extra(page)).replay?.playing).toBe(true);
  await expect.poll(async () => (await extra(page)).replay!.tick).toBeGreaterThan(30);
  await page.getByTestId('replay-close').click();
  expect(problems).toEqual([]);
});
