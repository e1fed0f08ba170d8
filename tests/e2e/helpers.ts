import { mkdirSync } from 'node:fs';
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

/**
 * `expect.poll` that checks every 100 ms until it passes. Playwright's default backs off to one
 * check a second (100, 250, 500, 1000 ms), so a wait for the game often ended up to a second
 * after the game got there. Options as for `expect.poll`.
 */
export const poll = <T>(
  fn: () => T | Promise<T>,
  options: { timeout?: number; intervals?: number[]; message?: string } = {},
) => expect.poll(fn, { intervals: [100], ...options });

/**
 * The game loads after the title: these wait for it (`window.shutdown.ready`), and first for
 * `window.shutdown` itself (a poll right after `goto` can come before the page has set it).
 */
export const state = async (page: Page) => {
  await page.waitForFunction(() => window.shutdown !== undefined);
  return (await page.evaluate(async () => {
    await window.shutdown!.ready;
    return window.shutdown!.state() as unknown;
  })) as State;
};

export const control = async (
  page: Page,
  c: { autopilot?: boolean; speed?: number; handOverAt?: string | null },
) => {
  await page.waitForFunction(() => window.shutdown !== undefined);
  await page.evaluate(async (arg) => {
    await window.shutdown!.ready;
    window.shutdown!.control!(arg);
  }, c);
};

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
  await poll(async () => activeObjective(await state(page)), { timeout, intervals: [100] }).toBe(
    id,
  );
}

/**
 * Before the page loads, starts recording every objective row the tracker ever shows, with
 * each state it shows it in (`id:state`), and every step it lists as done (`step:id:done`);
 * `trackerSeen` reads the record. At speed 64 a short step can come
 * and go between two polls, so the page records, not the test.
 */
export async function recordTracker(page: Page) {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __trackerSeen: Set<string> }).__trackerSeen = seen;
    const scan = () => {
      for (const el of document.querySelectorAll('[data-testid="objective"]'))
        seen.add(`${el.getAttribute('data-objective-id')}:${el.getAttribute('data-state')}`);
      for (const el of document.querySelectorAll('.step-done[data-step-id]'))
        seen.add(`step:${el.getAttribute('data-step-id')}:done`);
    };
    new MutationObserver(scan).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state', 'data-objective-id', 'data-step-id'],
    });
  });
}

export const trackerSeen = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __trackerSeen: Set<string> }).__trackerSeen]);

/** On the title: fills in and submits the new-captain form. */
export async function createCaptain(page: Page, name = 'Sisko', level = 36) {
  await page.getByTestId('captain-name').fill(name);
  await page.getByTestId('captain-level').selectOption(String(level));
  await page.getByTestId('create-captain').click();
  await expect(page.getByTestId('captain-card')).toContainText(name);
}

/** On the title: creates a captain, warps in and accepts the mission from the journal. */
export async function startMission(page: Page, name = 'Sisko', level = 36) {
  await createCaptain(page, name, level);
  await page.getByTestId('launch').click();
  await page.keyboard.press('KeyJ');
  await page.getByTestId('journal-accept').click();
  await expect(page.getByTestId('journal')).toBeHidden();
  await poll(async () => (await state(page)).mission.status).toBe('active');
}

/**
 * Where a test writes a picture or a figure: `test-results/` (ignored by git), so `npm test`
 * leaves the work tree clean; `npm run screenshots` sets SHUTDOWN_DOCS=1 to update `docs/`.
 */
export function outputPath(name: string): string {
  const dir = process.env.SHUTDOWN_DOCS === '1' ? 'docs' : 'test-results/docs';
  const path = `${dir}/${name}`;
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  return path;
}

export const shot = (name: string) => outputPath(`screenshots/${name}.png`);

/**
 * Fills the page's localStorage until the browser throws QuotaExceededError, with ever
 * smaller entries, so that even one more character does not fit. Returns the error's name.
 */
export function fillLocalStorage(page: Page) {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    let error = '';
    while (size >= 1) {
      try {
        localStorage.setItem(`filler.${n}`, 'x'.repeat(size));
        n++;
      } catch (e) {
        error = (e as DOMException).name;
        if (error !== 'QuotaExceededError') throw e;
        size = Math.floor(size / 2);
      }
    }
    return error;
  });
}

/** A backup the game stored in IndexedDB (database `shutdown-backups`), or null. */
export function idbBackup(page: Page, name: string) {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('shutdown-backups');
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('backups');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('backups').objectStore('backups').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    name,
  );
}

/** A captain as the game saves it, with `items` received items (about 85 bytes each). */
export function captainData(id: string, items: number, name = `Captain ${id}`) {
  return {
    id,
    name,
    level: 45,
    createdAt: '2026-01-01T00:00:00.000Z',
    prerequisitesDone: ['war-games'],
    missions: {},
    tallies: {},
    accolades: {},
    sp: 0,
    exp: 0,
    items: Array.from({ length: items }, (_, i) => ({
      missionId: 'shutdown',
      mark: 'X',
      kind: 'replay',
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    })),
    run: null,
  };
}

type CaptainData = ReturnType<typeof captainData>;

/** The captains' save as the game writes it (version 2). */
export const saveText = (captains: CaptainData[]) =>
  JSON.stringify({ state: { captains, activeId: captains[0]?.id ?? null }, version: 2 });

/** A captain file as the game exports it. */
export const captainFileText = (c: CaptainData) =>
  `${JSON.stringify({ format: 'shutdown-captain', version: 1, captain: c }, null, 2)}\n`;

/** Puts `text` under the captains' save key and reloads the page on it. */
export async function loadSave(page: Page, text: string) {
  await page.evaluate((t) => localStorage.setItem('shutdown.captains', t), text);
  await page.reload();
}
