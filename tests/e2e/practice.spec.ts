/**
 * Practice from the journal: a step starts from its start state (made by the bot with the same
 * seed), the player finishes it, its time becomes the captain's best for that step, the attempt
 * is kept as a replay flagged Practice, and nothing is booked on the captain.
 */
import { expect, test } from '@playwright/test';
import { startMission, state, watchConsole } from './helpers';

test('a practice run from a step: timed, kept as a best and as a practice replay, no rewards', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto('/?seed=4');
  await startMission(page, 'Dax', 40);
  await page.keyboard.press('KeyJ');
  const practice = page.getByTestId('journal').getByTestId('practice');
  await expect(practice.getByTestId('practice-entry')).toHaveCount(7);
  const last = practice.locator(
    '[data-testid="practice-entry"][data-step-id="report-to-starfleet"]',
  );
  await expect(last.getByTestId('practice-best')).toHaveText('No time yet');
  await last.getByTestId('practice-step').click();
  await expect(page.getByTestId('journal')).toBeHidden();

  // The bot's run to the last step is made, then the practice starts there.
  const line = page.getByTestId('practice-run');
  await expect(line).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  await expect(line).toHaveAttribute('data-step-id', 'report-to-starfleet');
  const s = await state(page);
  expect(s.mission.status).toBe('active');
  expect(s.mission.stepId).toBe('report-to-starfleet');
  // Every objective before the step is done: the state is the bot's at the step's start.
  expect(s.mission.objectives.filter((o) => o.state === 'complete')).toHaveLength(16);

  // The player reports to Starfleet: the hail prompt for Starfleet Command.
  await page.locator('[data-testid="hail-prompt"][data-contact="starfleet-command"]').click({
    timeout: 20_000,
  });
  await expect(line).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(line).toHaveAttribute('data-new-best', 'true');
  const time = (await line.getByTestId('practice-time').textContent())!.trim();
  expect(time).toMatch(/^\d\d:\d\d\.\d{3}$/);
  // Practice books nothing: no rewards dialog.
  await expect(page.getByTestId('rewards-dialog')).toBeHidden();

  // The journal shows the best; the mission is still not completed by this captain.
  await page.keyboard.press('KeyJ');
  await expect(last.getByTestId('practice-best')).toContainText(time);
  await expect(page.getByTestId('journal-mission')).not.toHaveAttribute('data-state', 'completed');
  await page.keyboard.press('Escape');

  // The attempt is in the replay library, flagged Practice, and is no personal best.
  await page.keyboard.press('KeyJ');
  await page.getByTestId('journal-replays').click();
  const entry = page
    .getByTestId('replay-entry')
    .filter({ has: page.locator('[data-testid="replay-flag"][data-flag="practice"]') });
  await expect(entry).toHaveCount(1, { timeout: 15_000 });
  await expect(entry.getByTestId('replay-pb')).toHaveCount(0);
  expect(problems).toEqual([]);
});
