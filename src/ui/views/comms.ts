/** Incoming comm panel and accolade notice. */
import { html, nothing } from 'lit-html';
import { noFocus, type View } from './context';

export function commView({ s, ui, cmd }: View) {
  const d = s.dialogue;
  const shown = d !== null && ui.commKey === d.key;
  // The wrapper stays in the DOM so its live region is known before lines arrive.
  return html`<div class="comm-slot" aria-live="polite">
    ${
      shown
        ? html`<aside
          class="panel comm"
          data-testid="dialogue-panel"
          data-key=${d.key}
          aria-label=${`Incoming comm from ${d.speaker}`}
          title="Click to dismiss"
          @click=${cmd.dismissComm}
        >
          <header class="comm-head">
            <span class="comm-signal" aria-hidden="true"></span>
            <span class="comm-kind">Incoming transmission</span>
            <button
              type="button"
              class="comm-close"
              aria-label="Dismiss transmission"
              @mousedown=${noFocus}
              @click=${(e: Event) => {
                e.stopPropagation();
                cmd.dismissComm();
              }}
            >
              ×
            </button>
          </header>
          <div class="comm-speaker">${d.speaker}</div>
          ${d.lines.map((line) => html`<p class="comm-line">${line}</p>`)}
        </aside>`
        : nothing
    }
  </div>`;
}

export function accoladeView({ ui }: View) {
  const a = ui.accolades[0];
  if (!a) return nothing;
  return html`<aside
    class="panel accolade"
    data-testid="accolade-toast"
    data-accolade-id=${a.id}
    aria-label="Accolade earned"
  >
    <div class="accolade-medal" aria-hidden="true">★</div>
    <div class="accolade-body">
      <div class="accolade-kicker">Accolade earned</div>
      <div class="accolade-name" data-testid="accolade-name">
        ${a.name} — ${a.description} (${a.points})
      </div>
    </div>
    <div class="accolade-points" data-testid="accolade-points">
      <strong>${a.points}</strong><span>points</span>
    </div>
  </aside>`;
}
