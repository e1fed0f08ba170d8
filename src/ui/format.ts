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
