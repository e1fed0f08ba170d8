/**
 * `window.shutdown.control({autopilot, speed, handOverAt})` for tests and demos. What comes in
 * is untrusted (any page script can call it): fields of the wrong type are ignored, and a speed
 * that is not a finite number changes nothing.
 */
import type { GameHost } from '../session/host';

export interface Controllable {
  setAutopilot(on: boolean): void;
}

export function applyControl(host: GameHost, run: Controllable, raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  let c: Record<string, unknown>;
  try {
    // One read of each field (a getter or a Proxy is read once, here).
    const { autopilot, speed, handOverAt } = raw as Record<string, unknown>;
    c = { autopilot, speed, handOverAt };
  } catch {
    return;
  }
  if (c.handOverAt === null || (typeof c.handOverAt === 'string' && c.handOverAt.length < 100))
    host.handOverAt = c.handOverAt;
  if (typeof c.autopilot === 'boolean') run.setAutopilot(c.autopilot);
  if (typeof c.speed === 'number' && Number.isFinite(c.speed)) host.setSpeed(c.speed);
}
