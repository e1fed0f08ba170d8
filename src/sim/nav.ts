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
const fieldCache = new Map<string, Int32Array>();
const FIELD_CACHE_LIMIT = 256;

export function navGrid(ctx: SimContext, map: string, barriersUp: readonly string[]): NavGrid {
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

const DIRS = [
  [1, 0, 2],
  [-1, 0, 2],
  [0, 1, 2],
  [0, -1, 2],
  [1, 1, 3],
  [1, -1, 3],
  [-1, 1, 3],
  [-1, -1, 3],
] as const;

/** Distance (in half-cells, diagonal 3 vs straight 2) from every cell to the goal; -1 unreachable. */
export function distanceField(grid: NavGrid, goalX: number, goalY: number): Int32Array {
  const goal = nearestOpen(grid, cellOf(grid, goalX, goalY));
  const key = `${grid.cols}x${grid.rows}/${goal}/${fieldKey(grid)}`;
  const cached = fieldCache.get(key);
  if (cached) return cached;
  const n = grid.cols * grid.rows;
  const dist = new Int32Array(n).fill(-1);
  // Dijkstra with small integer weights: a bucket queue.
  const buckets: number[][] = [[goal]];
  dist[goal] = 0;
  for (let d = 0; d < buckets.length; d++) {
    const bucket = buckets[d];
    if (!bucket) continue;
    for (let k = 0; k < bucket.length; k++) {
      const cell: number = bucket[k]!;
      if (dist[cell] !== d) continue;
      const cx: number = cell % grid.cols;
      const cy: number = (cell - cx) / grid.cols;
      for (const [dx, dy, w] of DIRS) {
        const nx: number = cx + dx;
        const ny: number = cy + dy;
        if (nx < 0 || ny < 0 || nx >= grid.cols || ny >= grid.rows) continue;
        const next = ny * grid.cols + nx;
        if (grid.blocked[next]) continue;
        // No corner cutting past a blocked cell.
        if (
          dx !== 0 &&
          dy !== 0 &&
          (grid.blocked[cy * grid.cols + nx] || grid.blocked[ny * grid.cols + cx])
        )
          continue;
        const nd = d + w;
        if (dist[next] === -1 || nd < dist[next]!) {
          dist[next] = nd;
          (buckets[nd] ??= []).push(next);
        }
      }
    }
  }
  if (fieldCache.size >= FIELD_CACHE_LIMIT) fieldCache.delete(fieldCache.keys().next().value!);
  fieldCache.set(key, dist);
  return dist;
}

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
  for (const [dx, dy] of DIRS) {
    const nx = cx + dx;
    const ny = cy + dy;
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
