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
}

const gridCache = new Map<string, NavGrid>();
const fieldCache = new Map<number, Int32Array>();
const FIELD_CACHE_LIMIT = 256;

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
  const grid = { cols, rows, blocked };
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
  const { cols, rows, blocked } = grid;
  const n = cols * rows;
  // A number key (grid id, goal cell) is cheaper to look up than a string. A typed array has
  // fewer than 2^31 cells, so the key is unique (and exact while ids stay below 2^22).
  const key = fieldKey(grid) * 2147483648 + goal;
  const cached = fieldCache.get(key);
  if (cached) return cached;
  const dist = new Int32Array(n).fill(-1);
  if (queueBuffer.length < n) queueBuffer = new Int32Array(n);
  const queue = queueBuffer;
  let head = 0;
  let tail = 0;
  queue[tail++] = goal;
  dist[goal] = 0;
  while (head < tail) {
    const cell = queue[head++]!;
    const cx = cell % cols;
    const cy = (cell - cx) / cols;
    const d = dist[cell]! + 1;
    for (let k = 0; k < 8; k++) {
      const dx = DX[k]!;
      const dy = DY[k]!;
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
      const next = ny * cols + nx;
      if (blocked[next] || dist[next] !== -1) continue;
      // No corner cutting past a blocked cell.
      if (dx !== 0 && dy !== 0 && (blocked[cy * cols + nx] || blocked[ny * cols + cx])) continue;
      dist[next] = d;
      queue[tail++] = next;
    }
  }
  if (fieldCache.size >= FIELD_CACHE_LIMIT) fieldCache.delete(fieldCache.keys().next().value!);
  fieldCache.set(key, dist);
  return dist;
}

/** The breadth-first queue, reused: every cell enters it at most once per field. */
let queueBuffer = new Int32Array(0);

const gridIds = new WeakMap<NavGrid, number>();
let nextGridId = 1;
function fieldKey(grid: NavGrid): number {
  let id = gridIds.get(grid);
  if (id === undefined) {
    id = nextGridId++;
    gridIds.set(grid, id);
  }
  return id;
}

function nearestOpen(grid: NavGrid, cell: number): number {
  if (!grid.blocked[cell]) return cell;
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
 * The point to walk toward from (x, y) to descend the field: the centre of the best
 * neighbouring cell. Returns null when there is no way (or already at the goal cell).
 */
export function nextWaypoint(
  grid: NavGrid,
  field: Int32Array,
  x: number,
  y: number,
): { x: number; y: number } | null {
  let cell = cellOf(grid, x, y);
  if (field[cell] === -1) cell = nearestOpen(grid, cell);
  const here = field[cell]!;
  if (here <= 0) return null;
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
  if (best < 0) return null;
  const bx = best % grid.cols;
  return { x: bx * CELL + CELL / 2, y: ((best - bx) / grid.cols) * CELL + CELL / 2 };
}
