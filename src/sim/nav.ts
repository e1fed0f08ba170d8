/**
 * Ground navigation on a grid: cells blocked by walls (grown by a character's radius) and by
 * barriers that are up. A distance field from a goal (breadth-first, 8 neighbours) lets any
 * number of characters walk toward it by stepping to a lower neighbour. Fields are cached by
 * map, goal cell and barrier state: a pure function of the world, so caching cannot change
 * the outcome.
 */
import type { SimContext } from './context';

export const CELL = 20;
const INFLATE = 14;

export interface NavGrid {
  cols: number;
  rows: number;
  blocked: Uint8Array;
  /** Distance fields made on this grid, by goal cell (a small number: a cheap key). */
  fields: Map<number, Int32Array>;
  /** `nearestOpen` of each cell once asked (-1 until then): a blocked cell's search is long. */
  open: Int32Array;
  /** `blocked` with a blocked border one cell wide, for the breadth-first search (made on use). */
  padded?: Uint8Array;
}

const gridCache = new Map<string, NavGrid>();
/**
 * Memory for the fields kept per grid (the oldest is dropped first): 8 MB, about 390 fields of
 * the largest ground grid (the habitat corridors, 120×45 cells: 21.6 KB a field). A whole run of the Shutdown mission asks for about 150 different
 * goals over all its grids (goals are snapped to 3×3-cell blocks); runs played one after
 * another (restarts, replays, a server verifying runs) ask for many of the same. Measured over
 * the bot's seeds 1-100: 735 fields made with no limit; 1,371 with 256 kept per grid (the
 * limit before), the oldest dropped and made again; 735 with this.
 */
const FIELD_CACHE_BYTES = 8 * 1024 * 1024;
/** Fields kept per grid of `cells` cells (at least 64, however large the grid). */
const fieldCacheLimit = (cells: number) =>
  Math.max(64, Math.floor(FIELD_CACHE_BYTES / (cells * 4)));

/**
 * The last grid asked for with a given `barriersUp` list: asked for many times a tick with
 * the same list, so this saves building the key. The list's contents are compared too, so a
 * list changed in place still gets the right grid.
 */
const lastGrid = new WeakMap<
  readonly string[],
  { ctx: SimContext; map: string; up: string[]; grid: NavGrid }
>();

export function navGrid(ctx: SimContext, map: string, barriersUp: readonly string[]): NavGrid {
  const last = lastGrid.get(barriersUp);
  if (last && last.ctx === ctx && last.map === map && sameList(last.up, barriersUp))
    return last.grid;
  const grid = buildNavGrid(ctx, map, barriersUp);
  lastGrid.set(barriersUp, { ctx, map, up: barriersUp.slice(), grid });
  return grid;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildNavGrid(ctx: SimContext, map: string, barriersUp: readonly string[]): NavGrid {
  const up = barriersUp.filter((b) => ctx.barriers.get(b)?.map === map);
  const key = `${ctx.script.id}/${map}/${up.join(',')}`;
  const cached = gridCache.get(key);
  if (cached) return cached;
  const geo = ctx.geometry[map]!;
  const cols = Math.ceil(geo.width / CELL);
  const rows = Math.ceil(geo.height / CELL);
  const blocked = new Uint8Array(cols * rows);
  const rects = [...geo.walls, ...up.map((b) => ctx.barriers.get(b)!.rect)];
  for (const r of rects) {
    const c0 = Math.max(0, Math.floor((r.x - INFLATE) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((r.x + r.w + INFLATE) / CELL));
    const r0 = Math.max(0, Math.floor((r.y - INFLATE) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((r.y + r.h + INFLATE) / CELL));
    for (let row = r0; row <= r1; row++) for (let c = c0; c <= c1; c++) blocked[row * cols + c] = 1;
  }
  const grid = {
    cols,
    rows,
    blocked,
    fields: new Map<number, Int32Array>(),
    open: new Int32Array(cols * rows).fill(-1),
    padded: undefined,
  };
  gridCache.set(key, grid);
  return grid;
}

export function cellOf(grid: NavGrid, x: number, y: number): number {
  const c = Math.min(grid.cols - 1, Math.max(0, Math.floor(x / CELL)));
  const r = Math.min(grid.rows - 1, Math.max(0, Math.floor(y / CELL)));
  return r * grid.cols + c;
}

const DX = [1, -1, 0, 0, 1, 1, -1, -1] as const;
const DY = [0, 0, 1, -1, 1, -1, 1, -1] as const;

/**
 * Steps from every cell to the goal (8 neighbours, breadth-first); -1 where unreachable.
 * Uniform steps keep it a plain BFS over a typed queue; `pathPoint` straightens the result.
 */
export function distanceField(
  grid: NavGrid,
  goalX: number,
  goalY: number,
  exact = false,
): Int32Array {
  // Goals are snapped to the centre of 3×3-cell blocks, so characters chasing a moving target
  // share fields; `pathPoint` asks for an exact field for the last stretch.
  const snapX = exact ? goalX : (Math.floor(goalX / (3 * CELL)) + 0.5) * 3 * CELL;
  const snapY = exact ? goalY : (Math.floor(goalY / (3 * CELL)) + 0.5) * 3 * CELL;
  const goal = nearestOpen(grid, cellOf(grid, snapX, snapY));
  const cached = grid.fields.get(goal);
  if (cached) return cached;
  const dist = breadthFirst(grid, goal);
  const fields = grid.fields;
  if (fields.size >= fieldCacheLimit(dist.length)) fields.delete(fields.keys().next().value!);
  fields.set(goal, dist);
  return dist;
}

/**
 * The distance field from `goal`: steps on the 8-neighbour grid, no corner cut past a blocked
 * cell, -1 where blocked or unreachable. Breadth-first over the grid with a blocked border of
 * one cell (`padded`), so a neighbour is one index offset away and needs no bounds test: every
 * cell's distance is its shortest number of steps, whatever order the search visits the cells
 * in, so this gives the same field as a search over the bare grid.
 */
function breadthFirst(grid: NavGrid, goal: number): Int32Array {
  const { cols, rows } = grid;
  const w = cols + 2;
  const blocked = paddedBlocked(grid);
  const size = w * (rows + 2);
  if (scratch.length < size) {
    scratch = new Int32Array(size);
    queueBuffer = new Int32Array(size);
  }
  const dist = scratch;
  dist.fill(-1, 0, size);
  const queue = queueBuffer;
  const start = goal + w + 1 + 2 * Math.floor(goal / cols);
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  dist[start] = 0;
  // Orthogonal steps, then diagonal ones with the two cells each would cut past.
  const up = -w;
  const down = w;
  while (head < tail) {
    const cell = queue[head++]!;
    const d = dist[cell]! + 1;
    let next = cell + 1;
    if (blocked[next] === 0 && dist[next] === -1) {
      dist[next] = d;
      queue[tail++] = next;
    }
    next = cell - 1;
    if (blocked[next] === 0 && dist[next] === -1) {
      dist[next] = d;
      queue[tail++] = next;
    }
    next = cell + down;
    if (blocked[next] === 0 && dist[next] === -1) {
      dist[next] = d;
      queue[tail++] = next;
    }
    next = cell + up;
    if (blocked[next] === 0 && dist[next] === -1) {
      dist[next] = d;
      queue[tail++] = next;
    }
    for (let k = 0; k < 4; k++) {
      const dx = k < 2 ? 1 : -1;
      const dy = (k & 1) === 0 ? down : up;
      next = cell + dx + dy;
      if (blocked[next] !== 0 || dist[next] !== -1) continue;
      if (blocked[cell + dx] !== 0 || blocked[cell + dy] !== 0) continue;
      dist[next] = d;
      queue[tail++] = next;
    }
  }
  // The bare grid's rows out of the padded one.
  const out = new Int32Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const from = (r + 1) * w + 1;
    out.set(dist.subarray(from, from + cols), r * cols);
  }
  return out;
}

/** The grid's blocked cells with a blocked border one cell wide (made once per grid). */
function paddedBlocked(grid: NavGrid): Uint8Array {
  if (grid.padded) return grid.padded;
  const { cols, rows, blocked } = grid;
  const w = cols + 2;
  const padded = new Uint8Array(w * (rows + 2)).fill(1);
  for (let r = 0; r < rows; r++)
    padded.set(blocked.subarray(r * cols, (r + 1) * cols), (r + 1) * w + 1);
  grid.padded = padded;
  return padded;
}

/** The breadth-first search's distances and queue, reused (padded grid cells). */
let scratch = new Int32Array(0);
let queueBuffer = new Int32Array(0);

function nearestOpen(grid: NavGrid, cell: number): number {
  if (!grid.blocked[cell]) return cell;
  const known = grid.open[cell]!;
  if (known !== -1) return known;
  const found = searchOpen(grid, cell);
  grid.open[cell] = found;
  return found;
}

/** The first open cell in growing squares around a blocked one (itself when none is near). */
function searchOpen(grid: NavGrid, cell: number): number {
  const cx = cell % grid.cols;
  const cy = (cell - cx) / grid.cols;
  for (let r = 1; r < 20; r++) {
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        const nx = cx + dx;
        const ny = cy + dy;
        if (nx < 0 || ny < 0 || nx >= grid.cols || ny >= grid.rows) continue;
        const c = ny * grid.cols + nx;
        if (!grid.blocked[c]) return c;
      }
    }
  }
  return cell;
}

/**
 * The cell to walk toward from (x, y) to descend the field: the best neighbouring cell (walk
 * to its centre, `cellCenterX`/`cellCenterY`). Returns -1 when there is no way (or already at
 * the goal cell). A cell index, not a point: path following asks for several a tick, and a
 * number costs no allocation.
 */
export function nextCell(grid: NavGrid, field: Int32Array, x: number, y: number): number {
  let cell = cellOf(grid, x, y);
  if (field[cell] === -1) cell = nearestOpen(grid, cell);
  const here = field[cell]!;
  if (here <= 0) return -1;
  const cx = cell % grid.cols;
  const cy = (cell - cx) / grid.cols;
  let best = -1;
  let bestD = here;
  for (let k = 0; k < 8; k++) {
    const nx = cx + DX[k]!;
    const ny = cy + DY[k]!;
    if (nx < 0 || ny < 0 || nx >= grid.cols || ny >= grid.rows) continue;
    const c = ny * grid.cols + nx;
    const d = field[c]!;
    if (d >= 0 && d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

export function cellCenterX(grid: NavGrid, cell: number): number {
  return (cell % grid.cols) * CELL + CELL / 2;
}

export function cellCenterY(grid: NavGrid, cell: number): number {
  return ((cell - (cell % grid.cols)) / grid.cols) * CELL + CELL / 2;
}
