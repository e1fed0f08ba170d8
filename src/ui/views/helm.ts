/**
 * The helm readout (space: throttle, speed, Full Impulse) and the first-controls hint.
 *
 * The hint is the line a new player needs at warp-in: the ship sits still until the throttle
 * is stepped up, and nothing else says how. It names the player's own keys, dims each control
 * once used, and fades for good once the throttle has been used (the one control a player
 * cannot find by trying the obvious keys: without it the ship never moves). It can be turned
 * off in Pause › Settings.
 */
import { html, nothing } from 'lit-html';
import type { HudState } from '../../store/hud';
import { keyLabel } from '../format';
import type { View } from './context';

export interface ControlsHintPart {
  id: 'throttle' | 'turn' | 'fire';
  keys: string;
  action: string;
  used: boolean;
}

/** What the hint shows now: its parts and whether it has done its job (fading), or null. */
export function controlsHint(s: HudState): { parts: ControlsHintPart[]; done: boolean } | null {
  if (!s.settings.hints || s.phase !== 'playing' || s.sceneKind !== 'space' || !s.player)
    return null;
  const b = s.settings.bindings;
  const used = s.controlsUsed;
  const parts: ControlsHintPart[] = [
    {
      id: 'throttle',
      keys: `${keyLabel(b.forward)}/${keyLabel(b.back)}`,
      action: 'throttle',
      used: used.throttle,
    },
    {
      id: 'turn',
      keys: `${keyLabel(b.left)}/${keyLabel(b.right)}`,
      action: 'turn',
      used: used.turn,
    },
    { id: 'fire', keys: keyLabel(b.fire), action: 'fire', used: used.fire },
  ];
  return { parts, done: used.throttle };
}

/** The one line itself: "W/S throttle · A/D turn · Space fire". */
export const controlsHintText = (parts: readonly ControlsHintPart[]): string =>
  parts.map((p) => `${p.keys} ${p.action}`).join(' · ');

export function controlsHintView({ s }: View) {
  const hint = controlsHint(s);
  if (!hint) return nothing;
  return html`<div
    class="controls-hint ${hint.done ? 'is-done' : ''}"
    data-testid="controls-hint"
    data-state=${hint.done ? 'done' : 'shown'}
    role="note"
    aria-label=${controlsHintText(hint.parts)}
  >
    ${hint.parts.map(
      (p, i) =>
        html`${i > 0 ? html`<span class="hint-sep" aria-hidden="true"> · </span>` : nothing}<span
            class="hint-part ${p.used ? 'is-used' : ''}"
            data-control=${p.id}
            aria-hidden="true"
            ><kbd>${p.keys}</kbd> ${p.action}</span
          >`,
    )}
  </div>`;
}

export function helmView({ s }: View) {
  const h = s.helm;
  if (s.sceneKind !== 'space' || !h) return nothing;
  const label = `Throttle ${h.throttle}%, speed ${h.speed}${h.fullImpulse ? ', Full Impulse' : ''}`;
  return html`<section
    class="panel helm ${h.fullImpulse ? 'is-full-impulse' : ''}"
    data-testid="throttle"
    data-throttle=${h.throttle}
    data-speed=${h.speed}
    data-full-impulse=${h.fullImpulse ? 'true' : 'false'}
    aria-label=${label}
  >
    <div class="helm-row">
      <span class="helm-label">Throttle</span>
      <div
        class="bar bar-throttle"
        role="meter"
        aria-label="Throttle"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${h.throttle}
      >
        <div class="bar-fill" style="width:${h.throttle}%"></div>
      </div>
      <span class="helm-value" data-testid="throttle-value">${h.throttle}%</span>
    </div>
    <div class="helm-row">
      <span class="helm-label">Speed</span>
      <span class="helm-speed" data-testid="speed-value">${h.speed}</span>
      ${h.fullImpulse ? html`<span class="helm-full" data-testid="full-impulse">Full Impulse</span>` : nothing}
    </div>
  </section>`;
}
