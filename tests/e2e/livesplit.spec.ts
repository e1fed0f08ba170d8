/**
 * LiveSplit in the browser: the replay library exports the captain's attempts of a category as
 * `Shutdown - <category>.lss` (read back here), imports an `.lss` as a comparison, and refuses a
 * file that is not one; the game drives a LiveSplit Server (a local WebSocket server started in
 * the test) with the commands of a run, a reset and a lost connection.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type WebSocket, WebSocketServer } from 'ws';
import { readLss } from '../../src/speedrun/lss';
import { control, createCaptain, poll, startMission, state, watchConsole } from './helpers';

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

test('LiveSplit Server over WebSocket: the command sequence of a run, a reset, a lost connection', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  // A local stand-in for LiveSplit's server: it records every command per connection.
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  const connections: { path: string; commands: string[]; socket: WebSocket }[] = [];
  server.on('connection', (socket, request) => {
    const c = { path: request.url ?? '', commands: [] as string[], socket };
    connections.push(c);
    socket.on('message', (data) => c.commands.push(data.toString()));
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  try {
    await page.goto('/?seed=4');
    await createCaptain(page, 'Leeta', 40);
    await page.getByTestId('launch').click();
    await poll(async () => (await state(page)).scene).toBe('space');
    // Settings: the address, then on. Nothing is connected before.
    await page.keyboard.press('Escape');
    await page.getByTestId('pause-settings').click();
    const url = page.getByTestId('livesplit-url');
    await expect(url).toHaveValue('ws://localhost:16834/livesplit');
    await url.fill(`ws://127.0.0.1:${port}/livesplit`);
    await url.press('Tab');
    expect(connections).toHaveLength(0);
    await page.getByTestId('livesplit-enabled').check();
    await expect(page.getByTestId('livesplit-status')).toHaveAttribute('data-status', 'connected');
    expect(connections).toHaveLength(1);
    expect(connections[0]!.path).toBe('/livesplit');
    await page.getByTestId('settings-back').click();
    await page.getByTestId('pause-resume').click();

    // A run: accept, the autopilot plays the first objective and hands the controls back; the
    // player idles on while game time goes by.
    await page.keyboard.press('KeyJ');
    await page.getByTestId('journal-accept').click();
    await control(page, { autopilot: true, speed: 4, handOverAt: 'defense-go-to-ds9' });
    const first = connections[0]!.commands;
    await poll(() => first.filter((c) => c === 'split').length, { timeout: 60_000 }).toBe(1);
    await poll(
      () => first.slice(first.indexOf('split')).filter((c) => c.startsWith('setgametime')).length,
    ).toBeGreaterThan(1);
    expect(first.filter((c) => c === 'split')).toHaveLength(1);

    // Reset: the pause menu's restart ends the attempt and starts the next at once.
    await page.keyboard.press('Escape');
    await page.getByTestId('pause-restart').click();
    await page.getByTestId('pause-confirm-yes').click();
    await poll(() => first.filter((c) => c === 'starttimer').length).toBe(2);

    const times = (list: string[]) =>
      list.filter((c) => c.startsWith('setgametime ')).map((c) => c.slice(12));
    for (const t of times(first)) expect(t).toMatch(/^\d+:\d\d:\d\d\.\d{3}$/);
    const head = ['starttimer', 'initgametime', 'pausegametime', 'setgametime 0:00:00.000'];
    // The connection is new, so LiveSplit's timer is reset before the first start.
    expect(first.slice(0, 5)).toEqual(['reset', ...head]);
    const split = first.indexOf('split');
    const reset = first.indexOf('reset', 1);
    expect(split).toBeGreaterThan(5);
    expect(first[split - 1]).toMatch(/^setgametime /);
    // Game time only goes forward within the run, once a second (or at the split).
    const run = times(first.slice(0, reset));
    const seconds = run.map((t) => {
      const [h, m, s] = t.split(':');
      return Number(h) * 3600 + Number(m) * 60 + Number(s);
    });
    for (let i = 1; i < seconds.length; i++) expect(seconds[i]!).toBeGreaterThan(seconds[i - 1]!);
    expect(first.slice(split + 1, reset).every((c) => c.startsWith('setgametime '))).toBe(true);
    // After the reset, the restarted run starts LiveSplit again (no second reset: it is stopped).
    expect(first.slice(reset, reset + 5)).toEqual(['reset', ...head]);

    // The connection drops: the HUD says so, the game goes on, and it reconnects and catches up.
    await page.keyboard.press('Escape');
    await page.getByTestId('pause-resume').click();
    const tick = (await state(page)).tick;
    connections[0]!.socket.terminate();
    await expect(page.getByTestId('livesplit-hud')).toHaveAttribute('data-status', 'retrying');
    await expect(page.getByTestId('livesplit-hud')).toContainText('lost');
    await poll(() => connections.length, { timeout: 15_000 }).toBe(2);
    await expect(page.getByTestId('livesplit-hud')).toHaveCount(0);
    expect((await state(page)).tick).toBeGreaterThan(tick);
    await poll(() => connections[1]!.commands.length).toBeGreaterThan(4);
    expect(connections[1]!.commands.slice(0, 5)).toEqual(['reset', ...head]);
    expect(problems).toEqual([]);
  } finally {
    for (const c of connections) c.socket.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
});
