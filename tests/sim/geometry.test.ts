import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Circle,
  pushOutOfCircle,
  pushOutOfCircles,
  pushOutOfRect,
  pushOutOfRects,
  type Rect,
  segmentHitsAnyGrownRect,
  segmentHitsAnyRect,
  segmentHitsBox,
  segmentHitsRect,
} from '../../src/sim/geometry';
import { geometry } from './simHelpers';

// The culled pushes must move a body exactly as pushing against every shape in order does,
// to the last bit: a difference would change every state hash after it.
function plainRects(pos: { x: number; y: number }, r: number, rects: readonly Rect[]) {
  let moved = false;
  for (const rect of rects) if (pushOutOfRect(pos, r, rect)) moved = true;
  return moved;
}
function plainCircles(pos: { x: number; y: number }, r: number, circles: readonly Circle[]) {
  let moved = false;
  for (const c of circles) if (pushOutOfCircle(pos, r, c)) moved = true;
  return moved;
}

const maps = Object.values(geometry);
const wallLists = maps.filter((g) => g.walls.length > 0).map((g) => g.walls);
const hullLists = maps.filter((g) => g.hulls.length > 0).map((g) => g.hulls);
// Made-up lists too: overlapping shapes, a shape on its own, none at all.
const rect = fc.record({
  x: fc.double({ min: -300, max: 300, noNaN: true }),
  y: fc.double({ min: -300, max: 300, noNaN: true }),
  w: fc.double({ min: 0, max: 200, noNaN: true }),
  h: fc.double({ min: 0, max: 200, noNaN: true }),
});
const circle = fc.record({
  x: fc.double({ min: -300, max: 300, noNaN: true }),
  y: fc.double({ min: -300, max: 300, noNaN: true }),
  r: fc.double({ min: 0, max: 150, noNaN: true }),
});
const radius = fc.oneof(fc.constantFrom(12, 24, 40, 56, 64, 80), fc.double({ min: 0, max: 100 }));

function near(shapes: readonly { x: number; y: number }[]) {
  const xs = shapes.map((s) => s.x);
  const ys = shapes.map((s) => s.y);
  const lo = Math.min(0, ...xs, ...ys) - 400;
  const hi = Math.max(0, ...xs, ...ys) + 400;
  return fc.record({
    x: fc.oneof(fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(...xs, Number.NaN)),
    y: fc.oneof(fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(...ys)),
  });
}

describe('culled pushes', () => {
  it('pushOutOfRects moves a body exactly as pushing against every rectangle in order', () => {
    const lists = [...wallLists, ...fc.sample(fc.array(rect, { maxLength: 12 }), 20)];
    for (const rects of lists) {
      fc.assert(
        fc.property(near(rects.length > 0 ? rects : [{ x: 0, y: 0 }]), radius, (p, r) => {
          const a = { ...p };
          const b = { ...p };
          expect(pushOutOfRects(a, r, rects)).toBe(plainRects(b, r, rects));
          expect(a).toEqual(b);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('pushOutOfCircles moves a body exactly as pushing against every circle in order', () => {
    const lists = [...hullLists, ...fc.sample(fc.array(circle, { maxLength: 12 }), 20)];
    for (const circles of lists) {
      fc.assert(
        fc.property(near(circles.length > 0 ? circles : [{ x: 0, y: 0 }]), radius, (p, r) => {
          const a = { ...p };
          const b = { ...p };
          expect(pushOutOfCircles(a, r, circles)).toBe(plainCircles(b, r, circles));
          expect(a).toEqual(b);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('culled segment tests', () => {
  // Segments whose ends lie near the rectangles, on them, on their edges, exactly a margin away
  // or far off; a growth like a character's, or none.
  function ends(rects: readonly Rect[]) {
    const xs = rects.flatMap((r) => [r.x, r.x + r.w, r.x - 1, r.x + r.w + 1, r.x - 13, r.x + 0.5]);
    const ys = rects.flatMap((r) => [r.y, r.y + r.h, r.y - 1, r.y + r.h + 1, r.y + r.h + 13]);
    const lo = Math.min(0, ...xs, ...ys) - 400;
    const hi = Math.max(0, ...xs, ...ys) + 400;
    const coord = (edges: number[]) =>
      fc.oneof(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.constantFrom(...edges, Number.NaN, 2e6),
      );
    return fc.record({ ax: coord(xs), ay: coord(ys), bx: coord(xs), by: coord(ys) });
  }
  const lists = [
    ...wallLists,
    ...fc.sample(fc.array(rect, { maxLength: 12 }), 20),
    [
      { x: 0, y: 0, w: -20, h: 30 },
      { x: 3e6, y: 0, w: 10, h: 10 },
    ],
  ];

  it('segmentHitsAnyRect answers as testing every rectangle', () => {
    for (const rects of lists) {
      fc.assert(
        fc.property(ends(rects.length > 0 ? rects : [{ x: 0, y: 0, w: 0, h: 0 }]), (s) => {
          const plain = rects.some((r) => segmentHitsRect(s.ax, s.ay, s.bx, s.by, r));
          expect(segmentHitsAnyRect(s.ax, s.ay, s.bx, s.by, rects)).toBe(plain);
        }),
        { numRuns: 400 },
      );
    }
  });

  it('segmentHitsAnyGrownRect answers as testing every grown rectangle', () => {
    for (const rects of lists) {
      fc.assert(
        fc.property(
          ends(rects.length > 0 ? rects : [{ x: 0, y: 0, w: 0, h: 0 }]),
          radius,
          (s, r) => {
            const plain = rects.some((w) =>
              segmentHitsBox(s.ax, s.ay, s.bx, s.by, w.x - r, w.y - r, w.w + 2 * r, w.h + 2 * r),
            );
            expect(segmentHitsAnyGrownRect(s.ax, s.ay, s.bx, s.by, rects, r)).toBe(plain);
          },
        ),
        { numRuns: 400 },
      );
    }
  });
});
