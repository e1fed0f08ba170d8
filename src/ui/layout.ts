/**
 * Where the HUD leaves the game visible. The HUD is a CSS grid (ui.css, "HUD regions"): a
 * left column (tracker, ghost readout, then the player and team panels at its foot), a right
 * column (the minimap's reserved box, transmissions, notices), the target on top and the
 * ability tray at the bottom of the centre column. The centre cell between them is the free
 * area: the camera keeps the player in its middle.
 *
 * The free area is the centre cell shrunk away from any panel that still reaches into it (a
 * window too small for the grid, a panel that overflows), so what the camera is given is never
 * under a panel. The measuring is lazy: the DOM is read at most once per HUD change or resize.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when the two rectangles share some area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const area = (r: Rect) => Math.max(0, r.width) * Math.max(0, r.height);

/**
 * `cell` with every panel cut away: a panel that reaches in leaves the largest of the four
 * parts of the area beside it (left, right, above, below). Panels that miss the cell change
 * nothing; the result is never larger than the cell and never overlaps a panel.
 */
export function freeArea(cell: Rect, panels: readonly Rect[]): Rect {
  let r = { ...cell };
  for (const p of panels) {
    if (area(p) === 0 || !intersects(r, p)) continue;
    const right = r.x + r.width;
    const bottom = r.y + r.height;
    const parts: Rect[] = [
      { x: r.x, y: r.y, width: p.x - r.x, height: r.height },
      { x: p.x + p.width, y: r.y, width: right - (p.x + p.width), height: r.height },
      { x: r.x, y: r.y, width: r.width, height: p.y - r.y },
      { x: r.x, y: p.y + p.height, width: r.width, height: bottom - (p.y + p.height) },
    ];
    let best: Rect = { x: r.x + r.width / 2, y: r.y + r.height / 2, width: 0, height: 0 };
    for (const part of parts) if (area(part) > area(best)) best = part;
    r = best;
  }
  return r;
}

/** The free cell, and what counts as a panel (the centre overlays, such as the respawn count, do not). */
const FREE_CELL = '.hud-free';
const PANELS = '.hud-layer .panel, .hud-layer .prompt, .minimap-reserve';

const rectOf = (el: Element): Rect => {
  const b = el.getBoundingClientRect();
  return { x: b.left, y: b.top, width: b.width, height: b.height };
};

/**
 * Reads the free area from the mounted HUD (viewport coordinates). `invalidate` after every
 * render; `free` measures only when something changed since, and is null while no HUD shows.
 */
export class HudLayout {
  private dirty = true;
  private cached: Rect | null = null;
  private readonly onResize = () => this.invalidate();

  constructor(private readonly root: ParentNode) {
    window.addEventListener('resize', this.onResize);
  }

  invalidate(): void {
    this.dirty = true;
  }

  free(): Rect | null {
    if (this.dirty) {
      this.dirty = false;
      const cell = this.root.querySelector(FREE_CELL);
      const panels = [...this.root.querySelectorAll(PANELS)].filter(
        (el) => el.closest('.hud-center') === null,
      );
      this.cached = cell ? freeArea(rectOf(cell), panels.map(rectOf)) : null;
    }
    return this.cached;
  }

  dispose(): void {
    window.removeEventListener('resize', this.onResize);
  }
}

/** Size class of a label in a fixed-size slot: longer names get a smaller font to fit. */
export function labelFit(
  text: string,
  long: number,
  veryLong: number,
): '' | 'is-long' | 'is-very-long' {
  const n = [...text].length;
  return n > veryLong ? 'is-very-long' : n > long ? 'is-long' : '';
}
