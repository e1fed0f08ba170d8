import { expect, type Page, test } from '@playwright/test';
import { shot } from './helpers';

/**
 * The title screen boots with both renderers, logs no errors or page errors, and the canvas
 * shows real pictures (many distinct colours, a fair share of lit pixels), not a blank frame.
 */

interface ConsoleLog {
  errors: string[];
  warnings: string[];
}

function watchConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = { errors: [], warnings: [] };
  page.on('console', (msg) => {
    const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    if (msg.type() === 'error') log.errors.push(`${msg.text()}${where}`);
    else if (msg.type() === 'warning') log.warnings.push(`${msg.text()}${where}`);
  });
  page.on('pageerror', (err) => log.errors.push(`page error: ${err.message}`));
  return log;
}

interface CanvasStats {
  width: number;
  height: number;
  colours: number;
  litFraction: number;
  context: '2d' | 'webgl';
}

/** Copies the game canvas into a 2D canvas and measures how much is actually drawn on it. */
function canvasStats(page: Page): Promise<CanvasStats | null> {
  return page.evaluate(() => {
    const src = document.querySelector<HTMLCanvasElement>('#game canvas');
    if (!src || src.width === 0 || src.height === 0) return null;
    // getContext with another type than the canvas already has returns null.
    const context = src.getContext('2d') ? '2d' : 'webgl';
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(src, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const colours = new Set<number>();
    let lit = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      colours.add((r << 16) | (g << 8) | b);
      if (r + g + b > 120) lit++;
    }
    return {
      width: src.width,
      height: src.height,
      colours: colours.size,
      litFraction: lit / (copy.width * copy.height),
      context,
    } as const;
  });
}

for (const renderer of ['webgl', 'canvas'] as const) {
  test(`title screen renders with the ${renderer} renderer${renderer === 'webgl' ? ' @webgl' : ''}`, async ({
    page,
  }, testInfo) => {
    const log = watchConsole(page);

    await page.goto(`/?renderer=${renderer}`);
    await expect(page.locator('[data-testid="load-error"]')).toHaveCount(0);
    await page.waitForFunction(() => window.shutdown?.state().scene === 'title', undefined, {
      timeout: 20_000,
    });
    await expect(page.locator('#game')).toHaveAttribute('data-scene', 'title');
    // Let the twinkle tweens and the starfield run for a moment.
    await page.waitForTimeout(400);

    const stats = await canvasStats(page);
    expect(stats, 'a game canvas exists inside #game').not.toBeNull();
    if (!stats) return;
    await testInfo.attach('canvas-stats', {
      body: JSON.stringify(stats, null, 2),
      contentType: 'application/json',
    });
    expect(stats.context, 'the requested renderer is the one in use').toBe(
      renderer === 'canvas' ? '2d' : 'webgl',
    );
    // RESIZE scale mode: the canvas fills the 1280×720 viewport.
    expect(stats.width).toBe(1280);
    expect(stats.height).toBe(720);
    // Stars, station, nebula and anti-aliased text give thousands of colours; a blank or
    // single-colour frame gives one or two.
    expect(stats.colours).toBeGreaterThan(500);
    expect(stats.litFraction).toBeGreaterThan(0.02);
    expect(stats.litFraction).toBeLessThan(0.9);

    await page.screenshot({
      path: renderer === 'webgl' ? shot('title') : shot('title-canvas'),
    });

    if (log.warnings.length > 0) {
      await testInfo.attach('console-warnings', { body: log.warnings.join('\n') });
    }
    expect(log.errors, 'console errors and page errors').toEqual([]);
    expect(log.warnings, 'console warnings').toEqual([]);
  });
}
