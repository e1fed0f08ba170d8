import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL, distanceField, type NavGrid } from '../../src/sim/nav';

/** The plain breadth-first search over the bare grid (bounds tested per neighbour). */
function reference(grid: NavGrid, goal: number): Int32Array {
  const { cols, rows, blocked } = grid;
  const DX = [1, -1, 0, 0, 1, 1, -1, -1];
  const DY = [0, 0, 1, -1, 1, -1, 1, -1];
  const dist = new Int32Array(cols * rows).fill(-1);
  const queue = [goal];
  dist[goal] = 0;
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head]!;
    const cx = cell % cols;
    const cy = (cell - cx) / cols;
    for (let k = 0; k < 8; k++) {
      const nx = cx + DX[k]!;
      const ny = cy + DY[k]!;
      if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
      const next = ny * cols + nx;
      if (blocked[next] || dist[next] !== -1) continue;
      if (DX[k] !== 0 && DY[k] !== 0 && (blocked[cy * cols + nx] || blocked[ny * cols + cx]))
        continue;
      dist[next] = dist[cell]! + 1;
      queue.push(next);
    }
  }
  return dist;
}

const gridOf = (cols: number, rows: number, cells: boolean[]): NavGrid => ({
  cols,
  rows,
  blocked: Uint8Array.from(cells.slice(0, cols * rows), (b) => (b ? 1 : 0)),
  fields: new Map(),
  open: new Int32Array(cols * rows).fill(-1),
  padded: undefined,
});

describe('distanceField', () => {
  it('gives the plain breadth-first distances on any grid, from any goal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.boolean(), { minLength: 576, maxLength: 576 }),
        fc.nat(),
        (cols, rows, cells, g) => {
          const grid = gridOf(cols, rows, cells);
          const goal = g % (cols * rows);
          // The goal's own cell is asked for exactly (the centre of the cell).
          const x = (goal % cols) * CELL + CELL / 2;
          const y = Math.floor(goal / cols) * CELL + CELL / 2;
          const field = distanceField(grid, x, y, true);
          // A blocked goal is moved to the nearest open cell first: compare from there.
          const from = grid.blocked[goal] ? [...grid.fields.keys()][0]! : goal;
          expect(Array.from(field)).toEqual(Array.from(reference(grid, from)));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps walls of one cell and corners closed', () => {
    // 5×3 with a wall down the middle column except the top row.
    const cells = [false, false, false, false, false, false, false, true, false, false];
    cells.push(false, false, true, false, false);
    const grid = gridOf(5, 3, cells);
    const field = distanceField(grid, CELL / 2, 2 * CELL + CELL / 2, true);
    expect(Array.from(field)).toEqual(Array.from(reference(grid, 10)));
    expect(field[12]).toBe(-1);
  });
});
