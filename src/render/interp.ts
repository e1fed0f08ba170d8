/**
 * Render-side interpolation between the previous and the current simulation tick. Runs only in
 * the browser, so it may use Math.atan2 and friends (the determinism rules cover the sim only).
 */
import type { GameHost } from '../session/host';
import type { Entity } from './types';

export interface Pose {
  x: number;
  y: number;
  angle: number;
}

const TAU = Math.PI * 2;

/** Signed smallest difference b - a, in (-π, π]. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % TAU;
  if (d > Math.PI) d -= TAU;
  else if (d <= -Math.PI) d += TAU;
  return d;
}

/**
 * Where to draw an entity this frame: between its pose one tick ago and now, by the host's
 * leftover fraction. A jump longer than `snap` (respawn, revive, scene start) is not smoothed.
 */
export function interpolatedPose(host: GameHost, e: Entity, snap: number, out: Pose): Pose {
  const prev = host.previousPose(e.id);
  if (!prev) {
    out.x = e.x;
    out.y = e.y;
    out.angle = e.angle;
    return out;
  }
  const dx = e.x - prev.x;
  const dy = e.y - prev.y;
  if (dx * dx + dy * dy > snap * snap) {
    out.x = e.x;
    out.y = e.y;
    out.angle = e.angle;
    return out;
  }
  const a = host.alpha;
  out.x = prev.x + dx * a;
  out.y = prev.y + dy * a;
  out.angle = prev.angle + angleDelta(prev.angle, e.angle) * a;
  return out;
}

/** Frame-rate independent smoothing factor for an exponential follow with rate `k` per second. */
export const smoothing = (k: number, dtMs: number): number => 1 - Math.exp((-k * dtMs) / 1000);
