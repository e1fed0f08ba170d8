import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type State = {
  tick: number;
  scene: string;
  sceneId: string;
  mission: {
    status: string;
    stepId: string;
    objectives: {
      id: string;
      title: string;
      state: string;
      progress: number;
      count: number | null;
    }[];
  };
  player: { x: number; y: number; hull: number; target: number; firing: boolean };
  interaction: { label: string; progress: number } | null;
  igt: string;
  stateHash: string;
};

export const state = (page: Page) =>
  page.evaluate(() => window.shutdown!.state() as unknown) as Promise<State>;

export const control = (page: Page, c: { autopilot?: boolean; speed?: number }) =>
  page.evaluate((arg) => window.shutdown!.control!(arg), c);

/** Collects console errors and warnings (and page errors) for the whole test. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export const activeObjective = (s: State) =>
  s.mission.objectives.find((o) => o.state === 'active')?.id;

export async function waitForObjective(page: Page, id: string, timeout = 60_000) {
  await expect
    .poll(async () => activeObjective(await state(page)), { timeout, intervals: [100] })
    .toBe(id);
}

/** Holds keys that steer the ground captain toward a world point until within `near` units. */
export async function walkTo(page: Page, x: number, y: number, near = 30, timeout = 20_000) {
  const end = Date.now() + timeout;
  let held: string[] = [];
  for (;;) {
    const s = await state(page);
    const dx = x - s.player.x;
    const dy = y - s.player.y;
    if (Math.hypot(dx, dy) <= near) break;
    if (Date.now() > end)
      throw new Error(`could not walk to ${x},${y} (at ${s.player.x},${s.player.y})`);
    const want = [
      ...(dx > near / 2 ? ['KeyD'] : dx < -near / 2 ? ['KeyA'] : []),
      ...(dy > near / 2 ? ['KeyS'] : dy < -near / 2 ? ['KeyW'] : []),
    ];
    for (const k of held) if (!want.includes(k)) await page.keyboard.up(k);
    for (const k of want) if (!held.includes(k)) await page.keyboard.down(k);
    held = want;
    await page.waitForTimeout(50);
  }
  for (const k of held) await page.keyboard.up(k);
}
