/** Ability tray, the hold-to-interact prompt, and hail prompts. */
import { html, nothing } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { AbilityView } from '../../store/hud';
import { keyLabel, seconds } from '../format';
import { labelFit } from '../layout';
import { noFocus, type View } from './context';

/** Past these many characters an ability's name takes a smaller font to fit its slot. */
export const ABILITY_NAME_LONG = 18;
export const ABILITY_NAME_VERY_LONG = 28;

function ability(a: AbilityView) {
  const cooling = a.readyIn > 0;
  const state = a.active ? 'active' : cooling ? 'cooldown' : 'ready';
  return html`<li
    class="ability is-${state}"
    data-testid="ability"
    data-ability-id=${a.id}
    data-state=${state}
    aria-label=${`${a.slot}: ${a.name}${a.active ? ', active' : cooling ? `, ready in ${seconds(a.readyIn)} seconds` : ', ready'}`}
  >
    <span class="ability-slot" aria-hidden="true">${a.slot}</span>
    <span class="ability-name ${labelFit(a.name, ABILITY_NAME_LONG, ABILITY_NAME_VERY_LONG)}" aria-hidden="true"
      >${a.name}</span
    >
    ${
      cooling
        ? html`<span class="ability-cooldown" aria-hidden="true">${seconds(a.readyIn)}</span>`
        : nothing
    }
  </li>`;
}

export function actionBarView({ s }: View) {
  const interact = s.interaction;
  const keyInteract = keyLabel(s.settings.bindings.interact);
  const keyHail = keyLabel(s.settings.bindings.hail);
  return html`<div class="action-area">
    <div class="prompts">
      ${
        interact
          ? html`<div class="prompt interact-prompt" data-testid="interact-prompt" role="status">
            <span class="key">${keyInteract}</span>
            <span class="prompt-text">${interact.label}</span>
            ${
              interact.progress > 0
                ? html`<div
                  class="hold"
                  role="progressbar"
                  aria-label="Hold progress"
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(interact.progress * 100)}
                >
                  <div
                    class="hold-fill"
                    style="width:${(Math.min(1, interact.progress) * 100).toFixed(1)}%"
                  ></div>
                </div>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${repeat(
        s.hails,
        (c) => c.id,
        (contact) =>
          html`<button
            type="button"
            class="prompt hail-prompt"
            data-testid="hail-prompt"
            @mousedown=${noFocus}
            data-contact=${contact.id}
            @click=${() => s.actions.hail(contact.id)}
          >
            <span class="key">${keyHail}</span>
            <span class="prompt-text">Hail ${contact.name}</span>
          </button>`,
      )}
    </div>
    ${
      s.abilities.length > 0
        ? html`<ol class="panel ability-bar" data-testid="ability-bar" aria-label="Abilities">
          ${repeat(s.abilities, (a) => a.id, ability)}
        </ol>`
        : nothing
    }
  </div>`;
}
