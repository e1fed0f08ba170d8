/** Ship and captain status, away team, target frame, and the respawn countdown. */
import { html, nothing, svg } from 'lit-html';
import type { HudState, VitalsView } from '../../store/hud';
import { band, fraction, percent, seconds, stance } from '../format';
import type { View } from './context';
import { helmView } from './helm';

/** Shield facings in the store's order, with where their arc sits (degrees, 0 = fore/up). */
const FACINGS = [
  { name: 'Fore', at: 0 },
  { name: 'Starboard', at: 90 },
  { name: 'Aft', at: 180 },
  { name: 'Port', at: 270 },
] as const;
const ARC_SPAN = 72;
const R = 44;
const C = 50;

function arcPath(centre: number): string {
  const point = (deg: number) => {
    const rad = ((deg - 90) * Math.PI) / 180;
    return `${(C + R * Math.cos(rad)).toFixed(2)} ${(C + R * Math.sin(rad)).toFixed(2)}`;
  };
  return `M ${point(centre - ARC_SPAN / 2)} A ${R} ${R} 0 0 1 ${point(centre + ARC_SPAN / 2)}`;
}
const ARCS = FACINGS.map((f) => arcPath(f.at));

/** Top-down starship: saucer, engineering hull, two nacelles. Drawn in a 100×100 box. */
const HULL_SHAPE = svg`
  <path class="ship-nacelle" d="M33 50 h6 v26 a3 3 0 0 1 -6 0 z M61 50 h6 v26 a3 3 0 0 1 -6 0 z" />
  <path class="ship-pylon" d="M39 60 L47 56 M61 60 L53 56" />
  <path class="ship-body" d="M46 46 h8 l2 24 q-6 6 -12 0 z" />
  <ellipse class="ship-saucer" cx="50" cy="36" rx="15" ry="14" />
  <circle class="ship-bridge" cx="50" cy="34" r="3" />`;

/** The four-facing shield diagram (fore up). Arcs are coloured and faded by strength. */
export function shieldDiagram(v: VitalsView, size: number) {
  const arcs = FACINGS.map((f, i) => {
    const value = v.shields[i] ?? 0;
    const fr = fraction(value, v.shieldMax);
    return svg`<path class="shield-track" d=${ARCS[i]} />
      <path
        class="shield-arc band-${band(fr)}"
        d=${ARCS[i]}
        style="opacity:${(0.35 + 0.65 * fr).toFixed(2)}"
        data-facing=${f.name.toLowerCase()}
      ><title>${f.name} shields ${percent(fr)}</title></path>`;
  });
  const label = FACINGS.map(
    (f, i) => `${f.name} ${percent(fraction(v.shields[i] ?? 0, v.shieldMax))}`,
  ).join(', ');
  return html`<svg
    class="shield-diagram"
    viewBox="0 0 100 100"
    width=${size}
    height=${size}
    role="img"
    aria-label=${`Shields: ${label}`}
  >
    ${arcs}${HULL_SHAPE}
  </svg>`;
}

export function bar(kind: 'shield' | 'hull', label: string, value: number, max: number) {
  const fr = fraction(value, max);
  return html`<div class="bar-row">
    <span class="bar-label">${label}</span>
    <div
      class="bar bar-${kind} band-${band(fr)}"
      role="meter"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax=${max}
      aria-valuenow=${Math.round(value)}
    >
      <div class="bar-fill" style="width:${(fr * 100).toFixed(1)}%"></div>
    </div>
    <span class="bar-value">${percent(fr)}</span>
  </div>`;
}

const groundShield = (v: VitalsView) => v.shields[0] ?? 0;

function playerPanel(s: HudState, p: VitalsView) {
  if (s.sceneKind === 'space') {
    return html`<section
      class="panel vitals vitals-space ${p.downed ? 'is-downed' : ''}"
      data-testid="player-vitals"
      aria-label="Ship status"
    >
      ${shieldDiagram(p, 92)}
      <div class="vitals-info">
        <div class="vitals-name">${p.name}</div>
        ${bar('hull', 'Hull', p.hull, p.hullMax)}
        <div class="facings">
          ${FACINGS.map(
            (f, i) =>
              html`<span class="facing band-${band(fraction(p.shields[i] ?? 0, p.shieldMax))}"
                ><abbr title=${`${f.name} shields`}>${f.name[0]}</abbr>
                ${percent(fraction(p.shields[i] ?? 0, p.shieldMax))}</span
              >`,
          )}
        </div>
      </div>
    </section>`;
  }
  return html`<section
    class="panel vitals vitals-ground ${p.downed ? 'is-downed' : ''}"
    data-testid="player-vitals"
    aria-label="Captain status"
  >
    <div class="vitals-name">${p.name}</div>
    ${bar('shield', 'Shield', groundShield(p), p.shieldMax)}
    ${bar('hull', 'Health', p.hull, p.hullMax)}
  </section>`;
}

function teamPanel(s: HudState) {
  if (s.team.length === 0) return nothing;
  return html`<section class="panel team" data-testid="away-team" aria-label="Away team">
    ${s.team.map(
      (m) =>
        html`<div class="member ${m.downed ? 'is-downed' : ''}">
          <div class="member-name">
            <span class="member-label" title=${m.name}>${m.name}</span>
            ${m.downed ? html`<span class="member-down">Incapacitated</span>` : nothing}
          </div>
          <div class="mini-bars" aria-label=${`${m.name}: shield ${percent(fraction(groundShield(m), m.shieldMax))}, health ${percent(fraction(m.hull, m.hullMax))}`}>
            <div class="bar bar-shield mini band-${band(fraction(groundShield(m), m.shieldMax))}">
              <div class="bar-fill" style="width:${(fraction(groundShield(m), m.shieldMax) * 100).toFixed(1)}%"></div>
            </div>
            <div class="bar bar-hull mini band-${band(fraction(m.hull, m.hullMax))}">
              <div class="bar-fill" style="width:${(fraction(m.hull, m.hullMax) * 100).toFixed(1)}%"></div>
            </div>
          </div>
        </div>`,
    )}
  </section>`;
}

export function targetView({ s }: View) {
  const t = s.target;
  if (!t) return nothing;
  const who = stance(t.faction);
  const space = s.sceneKind === 'space' && t.shields.length === 4;
  const shieldTotal = t.shields.reduce((a, b) => a + b, 0);
  return html`<section
    class="panel target is-${who} ${t.downed ? 'is-downed' : ''}"
    data-testid="target-frame"
    data-stance=${who}
    aria-label=${`Target: ${t.name}`}
  >
    ${space ? shieldDiagram(t, 54) : nothing}
    <div class="target-info">
      <div class="target-name">
        <span>${t.name}</span>
        <span class="target-tag">${t.downed ? 'Disabled' : who === 'hostile' ? 'Hostile' : who === 'ally' ? 'Ally' : 'Neutral'}</span>
      </div>
      ${bar('shield', 'Shields', shieldTotal, t.shieldMax * Math.max(1, t.shields.length))}
      ${bar('hull', s.sceneKind === 'space' ? 'Hull' : 'Health', t.hull, t.hullMax)}
    </div>
  </section>`;
}

export function statusView(v: View) {
  const { s } = v;
  return html`<div class="status-stack">
    ${teamPanel(s)} ${s.player ? playerPanel(s, s.player) : nothing} ${helmView(v)}
  </div>`;
}

export function respawnView({ s }: View) {
  if (!(s.respawnIn > 0)) return nothing;
  const space = s.sceneKind === 'space';
  return html`<div class="respawn" data-testid="respawn-countdown" role="status">
    <div class="respawn-cause">
      ${space ? 'Your ship has been disabled' : 'You have been incapacitated'}
    </div>
    <div class="respawn-count">
      ${space ? 'Respawning' : 'Reviving'} in <strong>${seconds(s.respawnIn)}</strong>
    </div>
  </div>`;
}
