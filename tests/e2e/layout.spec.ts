/**
 * The HUD's layout in each scene and window size: no panel overlaps another, nothing runs out
 * of its panel, the minimap is drawn inside the box the HUD keeps for it, and the player is
 * drawn in the free area (the part of the game no panel covers), not under a panel.
 *
 * One autopilot run at speed 64 hands over at the first objective of each scene (space,
 * promenade, habitat corridors on arrival, ops); there the window is set to each size, the
 * panels a new player sees are put up through `window.shutdown.debugHud` (`?hudtest=1`), and a
 * screenshot goes to test-results/layout/.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { control, poll, state, waitForObjective, watchConsole } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

/** Scene on show → the objective the autopilot hands over at (the scene's first). */
const SCENES = [
  { name: 'space', sceneId: 'space-bajor', at: 'destroy-station-defenses', ground: false },
  { name: 'promenade', sceneId: 'ground-promenade', at: 'deception-go-to-ds9', ground: true },
  { name: 'corridors', sceneId: 'ground-corridors', at: 'rescue-the-injured', ground: true },
  { name: 'ops', sceneId: 'ground-ops', at: 'protect-engineer-meyer', ground: true },
] as const;

/** The panels that must be on screen, and must not overlap (the team only on the ground). */
const PANELS = [
  'mission-tracker',
  'ghost-delta',
  'dialogue-panel',
  'accolade-toast',
  'save-notice',
  'player-vitals',
  'target-frame',
  'ability-bar',
  'minimap-reserve',
] as const;
/** Shown when the game has them up; checked with the others when present. */
const OPTIONAL = ['interact-prompt', 'hail-prompt'] as const;

const LONG =
  'Captain, the insurgents have sealed the habitat ring and the security fields are holding the injured behind them; we need you down there before the reactor shutdown completes.';

const HUD = {
  dialogue: {
    speaker: 'Lieutenant Commander Kira Nerys, Bajoran Militia',
    lines: [LONG, 'Meyer is with them. Get her to ops.'],
  },
  accolade: {
    name: 'Defender of Deep Space Nine',
    description: 'Defeat every insurgent group on the Promenade without losing a member',
    points: 25,
  },
  notice: 'Your captain could not be saved: the browser refused the storage. Export a copy.',
  ghost: { name: 'Sisko — Any% personal best from a long time ago', deltaMs: -1234 },
  target: { name: 'True Way Insurgent Squad Commander Vorlanak', hostile: true },
  team: [
    { name: 'Lieutenant Commander Worf, son of Mogh, House of Martok', downed: true },
    { name: 'Engineer Meyer', downed: false },
    { name: 'Ensign Ro Laren of the Bajoran Resistance', downed: true },
  ],
  cooldown: 45,
};

const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
const contains = (outer: Box, b: Box, slack = 0.5) =>
  b.x >= outer.x - slack &&
  b.y >= outer.y - slack &&
  b.x + b.width <= outer.x + outer.width + slack &&
  b.y + b.height <= outer.y + outer.height + slack;
/** Overlap of more than half a pixel each way (touching edges and subpixel rounding pass). */
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** Every HUD box by test id (the first of each), the free cell, and pieces inside panels. */
function measure(page: Page) {
  return page.evaluate(
    (ids) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      };
      const panels: Record<string, { x: number; y: number; width: number; height: number }> = {};
      for (const id of ids) {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (el) panels[id] = box(el);
      }
      const free = document.querySelector('[data-testid="hud-free"]');
      return {
        panels,
        free: free ? box(free) : null,
        members: [...document.querySelectorAll('[data-testid="away-team"] .member-name')].map(
          (m) => ({
            row: box(m),
            label: box(m.querySelector('.member-label')!),
            down: m.querySelector('.member-down') ? box(m.querySelector('.member-down')!) : null,
          }),
        ),
        abilities: [...document.querySelectorAll('[data-testid="ability"]')].map((a) => ({
          slot: box(a),
          name: box(a.querySelector('.ability-name')!),
          cooldown: a.querySelector('.ability-cooldown')
            ? box(a.querySelector('.ability-cooldown')!)
            : null,
        })),
      };
    },
    [...PANELS, ...OPTIONAL, 'away-team'],
  );
}

async function checkLayout(
  page: Page,
  scene: (typeof SCENES)[number],
  size: (typeof SIZES)[number],
) {
  const where = `${scene.name} ${size.width}×${size.height}`;
  await page.setViewportSize(size);
  await page.evaluate(async (hud) => {
    await window.shutdown!.ready;
    window.shutdown!.debugHud!(hud);
  }, HUD);
  // The game resizes its canvas on its next frame, and the camera eases to the new free area:
  // wait until both have happened (never longer than 10 s).
  await poll(
    async () => {
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('#game canvas');
        return c ? { width: c.clientWidth, height: c.clientHeight } : null;
      });
      if (canvas?.width !== size.width || canvas.height !== size.height) return false;
      const s = (await state(page)) as unknown as { playerScreen?: { x: number; y: number } };
      const m = await measure(page);
      return Boolean(s.playerScreen && m.free && inside(s.playerScreen, m.free));
    },
    { message: `${where}: the player is drawn in the free area`, timeout: 10_000 },
  ).toBe(true);

  // Put the panels up again (their timers restart), then measure at once: a transmission
  // leaves after 8 s or so, and waiting for the camera may have taken part of that.
  await page.evaluate(async (hud) => {
    await window.shutdown!.ready;
    window.shutdown!.debugHud!(hud);
  }, HUD);
  // Two frames: the game has drawn at this size and with these panels.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const m = await measure(page);
  const s = (await state(page)) as unknown as {
    playerScreen: { x: number; y: number };
    minimap: Box;
  };
  const required = [...PANELS, ...(scene.ground ? (['away-team'] as const) : [])];
  for (const id of required) expect(m.panels[id], `${where}: ${id} is shown`).toBeDefined();
  const view = { x: 0, y: 0, width: size.width, height: size.height };
  const ids = Object.keys(m.panels);
  for (const id of ids)
    expect(contains(view, m.panels[id]!), `${where}: ${id} is inside the window`).toBe(true);
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      expect(overlaps(m.panels[a]!, m.panels[b]!), `${where}: ${a} overlaps ${b}`).toBe(false);
    }
  // The game draws the minimap inside the box the HUD keeps for it.
  expect(contains(m.panels['minimap-reserve']!, s.minimap), `${where}: minimap in its box`).toBe(
    true,
  );
  // The player is in the free area and under no panel.
  expect(inside(s.playerScreen, m.free!), `${where}: player in the free area`).toBe(true);
  for (const id of ids)
    expect(inside(s.playerScreen, m.panels[id]!), `${where}: player under ${id}`).toBe(false);
  // Long names are cut inside their panel; the state tag shows whole, beside the name.
  if (scene.ground) {
    const team = m.panels['away-team']!;
    expect(m.members.filter((x) => x.down).length, `${where}: downed members`).toBe(2);
    for (const row of m.members) {
      expect(contains(team, row.row), `${where}: team row inside the team panel`).toBe(true);
      if (row.down) {
        expect(contains(team, row.down), `${where}: INCAPACITATED inside the panel`).toBe(true);
        expect(overlaps(row.label, row.down), `${where}: name over INCAPACITATED`).toBe(false);
      }
    }
  }
  // Measured first, pictured after (a screenshot under load can take seconds).
  await page.screenshot({
    path: `test-results/layout/${scene.name}-${size.width}x${size.height}.png`,
  });
  // A cooldown leaves the ability's name readable.
  expect(m.abilities.length, `${where}: abilities`).toBeGreaterThan(0);
  for (const a of m.abilities) {
    expect(a.cooldown, `${where}: ability cooling down`).not.toBeNull();
    expect(contains(a.slot, a.name), `${where}: ability name inside its slot`).toBe(true);
    expect(overlaps(a.name, a.cooldown!), `${where}: cooldown over the ability name`).toBe(false);
  }
}

test('the HUD never overlaps itself or the player, in every scene and window size', async ({
  page,
}) => {
  test.setTimeout(420_000);
  mkdirSync('test-results/layout', { recursive: true });
  const problems = watchConsole(page);
  // No slide-in or pop animations: boxes are measured where they come to rest.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?seed=3&autopilot=1&speed=64&hudtest=1');
  for (const scene of SCENES) {
    await control(page, { autopilot: true, speed: 64, handOverAt: scene.at });
    await waitForObjective(page, scene.at, 150_000);
    expect((await state(page)).sceneId).toBe(scene.sceneId);
    for (const size of SIZES) await checkLayout(page, scene, size);
    await page.evaluate(() =>
      window.shutdown!.debugHud!({ ghost: null, target: null, team: null, cooldown: null }),
    );
  }
  expect(problems).toEqual([]);
});

test('the name error on the title does not move the name field', async ({ page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?seed=3');
  const field = page.getByTestId('captain-name');
  await expect(field).toBeVisible();
  // One page, resized: the field's box at each size, then again with the error shown.
  const resize = async (size: (typeof SIZES)[number]) => {
    await page.setViewportSize(size);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  };
  const before: (Box | null)[] = [];
  for (const size of SIZES) {
    await resize(size);
    before.push(await field.boundingBox());
  }
  // Only invisible characters: the longest of the name errors.
  await field.fill('\u200b\u200b');
  await page.getByTestId('create-captain').click();
  await expect(page.getByTestId('create-error')).toBeVisible();
  for (const [i, size] of SIZES.entries()) {
    await resize(size);
    const error = await page.getByTestId('create-error').boundingBox();
    const slot = await page.getByTestId('create-error-slot').boundingBox();
    expect(before[i], `${size.width}×${size.height}`).not.toBeNull();
    expect(await field.boundingBox(), `${size.width}×${size.height}`).toEqual(before[i]);
    expect(contains(slot!, error!), 'the error fits its reserved room').toBe(true);
    await page.screenshot({
      path: `test-results/layout/title-error-${size.width}x${size.height}.png`,
    });
  }
});
