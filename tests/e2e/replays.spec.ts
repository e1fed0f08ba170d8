/**
 * Runs as records in the browser: one autopilot run ends with the final hash and IGT of
 * `npm run sim`, and is kept, downloaded and verified by `npm run verify` with the same IGT and
 * hash; watched in the viewer (seek to the middle and the end, speed); a record file opened
 * (and a bad one refused). (The ghost race follows the two runs of speedrun.spec.ts.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { control, poll, recordTracker, shot, state, trackerSeen, watchConsole } from './helpers';

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
  await poll(async () => (await state(page)).mission.status, {
    timeout: 150_000,
    intervals: [250],
  }).toBe('complete');
  await expect(page.getByTestId('rewards-dialog')).toBeVisible();
}

const SEED = 7;

test.describe('one autopilot run, kept as a record', () => {
  test.describe.configure({ mode: 'serial' });
  // One page for both tests: the second goes on from the rewards dialog of the run the first
  // played to its end (a page load and a whole run at speed 64 fewer).
  let page: Page;
  let played = false;
  test.beforeAll(async ({ browser }, info) => {
    const { baseURL, viewport } = info.project.use;
    page = await browser.newPage({ baseURL, viewport });
  });
  test.afterAll(async () => {
    await page.context().close();
  });

  test('the autopilot at speed 64 completes Shutdown with the same final hash as npm run sim', async () => {
    test.setTimeout(240_000);
    const problems = watchConsole(page);
    const expected = JSON.parse(
      execFileSync(process.execPath, ['scripts/cli.mjs', 'sim', '--seed', String(SEED), '--json'], {
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .at(-1)!,
    );
    const script = JSON.parse(readFileSync('missions/shutdown.mission.json', 'utf8'));
    const steps: { id: string; objectives: { id: string }[] }[] = script.steps;
    expect(steps).toHaveLength(7);
    await recordTracker(page);
    // The first step lasts about 5 s of game time: at speed 64 less than one frame of a busy
    // machine (whose frames run up to a quarter second of time each), so its row could come and
    // go unseen. The run starts at speed 1 until the tracker has shown it, then goes on at 64.
    await page.goto(`/?seed=${SEED}&autopilot=1&speed=1`);
    const firstRow = `${steps[0]!.objectives[0]!.id}:`;
    await poll(async () => (await trackerSeen(page)).some((x) => x.startsWith(firstRow)), {
      timeout: 30_000,
    }).toBe(true);
    await control(page, { speed: 64 });
    const shots = new Map([
      ['ground-ops', 'ops'],
      ['space-holding', 'space-final'],
    ]);
    for (;;) {
      const s = await state(page);
      const name = shots.get(s.sceneId);
      if (name && s.scene !== 'title') {
        shots.delete(s.sceneId);
        // Past the scene's transition (beam-in sparkle, warp flash) before the picture, at
        // normal speed; the speed changes nothing in the simulation (the hash check below).
        await control(page, { speed: 1 });
        await expect(page.locator('#game')).not.toHaveAttribute('data-transition');
        await page.screenshot({ path: shot(name) });
        await control(page, { speed: 64 });
      }
      if (s.mission.status === 'complete') break;
      await page.waitForTimeout(100);
    }
    await expect(page.getByTestId('accolade-toast')).toContainText(
      'Fluidic Reclamation — Save Deep Space 9 (10)',
    );
    await expect(page.getByTestId('rewards-dialog')).toBeVisible();
    await page.screenshot({ path: shot('mission-complete') });
    const final = await state(page);
    expect(final.mission.objectives.map((o) => o.state)).toEqual(Array(17).fill('complete'));
    // The tracker passed through all 17 objectives: each one was shown as a row (pending,
    // active or ticked) while its step was current; at speed 64 a step that starts and ends
    // within one frame (the final report, three ticks) is only seen as a ticked step. Every
    // step ends ticked.
    const seen = await trackerSeen(page);
    const rows = final.mission.objectives.filter((o) =>
      seen.some((x) => x.startsWith(`${o.id}:`)),
    ).length;
    expect(rows, seen.join(' ')).toBeGreaterThanOrEqual(16);
    for (const { id } of steps) expect(seen, `step ${id} ticked`).toContain(`step:${id}:done`);
    await expect(page.getByTestId('mission-tracker')).toContainText('Mission complete');
    expect(final.stateHash).toBe(expected.stateHash);
    expect(final.igt).toBe(expected.igt);
    expect(problems).toEqual([]);
    played = true;
  });

  test('an autopilot run is kept: download, verify, watch with seeks and speeds', async () => {
    test.setTimeout(300_000);
    const problems = watchConsole(page);
    // The run the test before played (run alone, this test plays it itself).
    if (!played) await autopilotRun(page, SEED);
    const final = await state(page);
    // The rewards dialog offers the run just made.
    const download = page.getByTestId('download-replay');
    await expect(download).toBeVisible({ timeout: 15_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.replay\.json\.gz$/);
    const path = join(outDir, `autopilot-seed${SEED}.replay.json.gz`);
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
    await poll(async () => (await extra(page)).replay?.endTick).toBeGreaterThan(1000);
    const endTick = (await extra(page)).replay!.endTick;
    const seek = page.getByTestId('replay-seek');
    const mid = Math.floor(endTick / 2);
    await seek.fill(String(mid));
    await poll(async () => (await extra(page)).replay!.tick).toBeGreaterThanOrEqual(mid);
    await page.getByTestId('replay-play').click(); // pause where it is
    await poll(async () => (await extra(page)).replay!.playing).toBe(false);
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
    await poll(async () => (await extra(page)).replay!.speed).toBe(4);
    await seek.fill(String(endTick));
    await poll(async () => (await extra(page)).replay!.tick).toBe(endTick);
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
  await poll(async () => (await extra(page)).replay?.playing).toBe(true);
  await poll(async () => (await extra(page)).replay!.tick).toBeGreaterThan(30);
  await page.getByTestId('replay-close').click();
  expect(problems).toEqual([]);
});
