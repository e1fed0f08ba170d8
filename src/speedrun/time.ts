/**
 * Times as runners read them, computed from ticks (60 a second) only. A tick is 50/3 ms, so a
 * time in ms is never exactly halfway between two whole ms: rounding it to the nearest ms is
 * unambiguous, the same in every engine, and two different ticks never show the same text.
 */
import { TICKS_PER_SECOND } from '../sim/balance';

/** Whole ms of a tick count (nearest; exact at every tick boundary). */
export const ticksToMs = (ticks: number): number => Math.round((ticks * 1000) / TICKS_PER_SECOND);

function clock(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const f = String(ms % 1000).padStart(3, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${f}`;
  if (m > 0) return `${m}:${String(s).padStart(2, '0')}.${f}`;
  return `${s}.${f}`;
}

/** A split or segment time: "4.017", "1:02.350", "1:00:00.000"; "—" when there is none. */
export function formatTime(ticks: number | null | undefined): string {
  if (ticks === null || ticks === undefined || !Number.isFinite(ticks)) return '—';
  return clock(ticksToMs(Math.max(0, ticks)));
}

/** A signed delta: "+1.250" behind, "−0.717" ahead (a real minus sign), "±0.000" even. */
export function formatDelta(ticks: number | null | undefined): string {
  if (ticks === null || ticks === undefined || !Number.isFinite(ticks)) return '—';
  if (ticks === 0) return '±0.000';
  return `${ticks > 0 ? '+' : '−'}${clock(ticksToMs(Math.abs(ticks)))}`;
}

/** The signed delta in whole ms (`data-delta-ms`). */
export const deltaMs = (ticks: number): number =>
  ticks === 0 ? 0 : ticks < 0 ? -ticksToMs(-ticks) : ticksToMs(ticks);
