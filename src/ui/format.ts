/** Small pure helpers the views share: key names, fractions, strength classes. */

export { BINDING_LABELS, bindingLabel, bindingOrder, boundTo, keyLabel } from '../store/bindings';

/** value / max clamped to 0..1; 0 when max is not positive. */
export function fraction(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value / max));
}

export const percent = (f: number): string => `${Math.round(f * 100)}%`;

/** Strength band used for colours: shields and hull turn amber, then red, as they drop. */
export type Band = 'full' | 'high' | 'mid' | 'low' | 'empty';
export function band(f: number): Band {
  if (f <= 0) return 'empty';
  if (f < 0.25) return 'low';
  if (f < 0.5) return 'mid';
  if (f < 0.9999) return 'high';
  return 'full';
}

/** Whole seconds for countdowns ("in 7"), never below 0. */
export const seconds = (s: number): number => Math.max(0, Math.ceil(s));

/** The sim's factions are 'player' | 'ally' | 'enemy' | 'neutral'. */
export type Stance = 'hostile' | 'ally' | 'neutral';
export function stance(faction: string): Stance {
  const f = faction.toLowerCase();
  if (f === 'enemy' || f === 'hostile') return 'hostile';
  if (f === 'ally' || f === 'player' || f === 'friendly') return 'ally';
  return 'neutral';
}

/** The ghost delta's colour: behind (red), ahead (green), dead even, or no split yet. */
export type DeltaSign = 'behind' | 'ahead' | 'even' | 'none';
export function deltaSign(ms: number | null): DeltaSign {
  if (ms === null || !Number.isFinite(ms)) return 'none';
  const whole = Math.round(Math.abs(ms));
  if (whole === 0) return 'even';
  return ms > 0 ? 'behind' : 'ahead';
}

/**
 * A split delta as LiveSplit writes it: "+1.234" behind, "−0.567" ahead (a true minus sign),
 * minutes once past a minute ("+1:02.345"), "—" before the first split.
 */
export function deltaText(ms: number | null): string {
  const sign = deltaSign(ms);
  if (sign === 'none' || ms === null) return '—';
  const whole = Math.round(Math.abs(ms));
  const milli = String(whole % 1000).padStart(3, '0');
  const secs = Math.floor(whole / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs / 60) % 60;
  const s = secs % 60;
  const body =
    h > 0
      ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${milli}`
      : m > 0
        ? `${m}:${String(s).padStart(2, '0')}.${milli}`
        : `${s}.${milli}`;
  return `${sign === 'behind' ? '+' : sign === 'ahead' ? '\u2212' : ''}${body}`;
}

/** A playback speed as the viewer lists it ("0.25×", "8×"). */
export const speedLabel = (speed: number): string => `${speed}×`;

/** An ISO date in the reader's own locale and time zone; the raw text when it does not parse. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
