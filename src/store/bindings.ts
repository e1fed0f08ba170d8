/**
 * Key bindings: what each action is called, how a key is named, and the rule that one key does
 * one thing. Saved settings that bind two actions to one key are mended on load
 * (`resolveClashes`), and the settings page refuses a key another action already has
 * (`boundTo`).
 */

/** A readable name for a `KeyboardEvent.code` ("KeyW" → "W", "ShiftLeft" → "Left Shift"). */
export function keyLabel(code: string | undefined): string {
  if (!code) return '—';
  const named: Record<string, string> = {
    Space: 'Space',
    Escape: 'Esc',
    Enter: 'Enter',
    Tab: 'Tab',
    Backspace: 'Backspace',
    ArrowUp: '↑',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowRight: '→',
    ShiftLeft: 'Left Shift',
    ShiftRight: 'Right Shift',
    ControlLeft: 'Left Ctrl',
    ControlRight: 'Right Ctrl',
    AltLeft: 'Left Alt',
    AltRight: 'Right Alt',
    MetaLeft: 'Left Meta',
    MetaRight: 'Right Meta',
    Backquote: '`',
    Minus: '-',
    Equal: '=',
    BracketLeft: '[',
    BracketRight: ']',
    Backslash: '\\',
    Semicolon: ';',
    Quote: "'",
    Comma: ',',
    Period: '.',
    Slash: '/',
  };
  const known = named[code];
  if (known) return known;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit\d$/.test(code)) return code.slice(5);
  if (code.startsWith('Numpad')) return `Num ${code.slice(6)}`;
  return code;
}

/** What each binding does, in the order the settings list shows them. */
export const BINDING_LABELS: Record<string, string> = {
  forward: 'Forward / throttle up',
  back: 'Back / throttle down',
  left: 'Turn or move left',
  right: 'Turn or move right',
  fire: 'Fire weapons',
  torpedo: 'Fire torpedo',
  interact: 'Interact (hold)',
  target: 'Next target',
  hail: 'Hail',
  fullImpulse: 'Full Impulse',
  pause: 'Pause menu',
  help: 'Controls help',
  journal: 'Mission journal',
  replays: 'Replay library',
  leaderboard: 'Leaderboard',
  accolades: 'Accolades',
  splits: 'Speedrun splits',
  comparison: 'Next comparison',
  reset: 'Reset the run',
};

/** Binding ids in display order: the known ones first, then any others the settings hold. */
export function bindingOrder(bindings: Record<string, string>): string[] {
  const known = Object.keys(BINDING_LABELS).filter((id) => id in bindings);
  const extra = Object.keys(bindings)
    .filter((id) => !(id in BINDING_LABELS))
    .sort();
  return [...known, ...extra];
}

/** "fullImpulse" → "Full impulse" for bindings the table above does not name. */
export function bindingLabel(id: string): string {
  const known = BINDING_LABELS[id];
  if (known) return known;
  const words = id.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The action other than `id` that `code` is bound to, or null when the key is free. */
export function boundTo(bindings: Record<string, string>, id: string, code: string): string | null {
  for (const other of bindingOrder(bindings))
    if (other !== id && code !== '' && bindings[other] === code) return other;
  return null;
}

/** One key that several actions were bound to, and the key each of them has now. */
export interface BindingClash {
  key: string;
  /** In display order; `to` is '' when no key was left for the action. */
  actions: { id: string; to: string }[];
}

/**
 * Makes every key do one thing. The actions that share a key go back to their default keys;
 * where a default is taken by another action, the first of them in display order keeps the
 * shared key, and an action left with neither is unbound (the notice says so).
 */
export function resolveClashes(
  bindings: Record<string, string>,
  defaults: Record<string, string>,
): { bindings: Record<string, string>; clashes: BindingClash[] } {
  const order = bindingOrder(bindings);
  const holders = new Map<string, string[]>();
  for (const id of order) {
    const code = bindings[id] ?? '';
    if (code !== '') holders.set(code, [...(holders.get(code) ?? []), id]);
  }
  const shared = [...holders].filter(([, ids]) => ids.length > 1);
  if (shared.length === 0) return { bindings: { ...bindings }, clashes: [] };
  const clashing = new Set(shared.flatMap(([, ids]) => ids));
  const out = { ...bindings };
  // Keys of the actions not involved stay where they are.
  const taken = new Set(order.filter((id) => !clashing.has(id)).map((id) => bindings[id] ?? ''));
  for (const id of order) {
    if (!clashing.has(id)) continue;
    const fallback = defaults[id] ?? '';
    const own = bindings[id] ?? '';
    const to = fallback !== '' && !taken.has(fallback) ? fallback : taken.has(own) ? '' : own;
    if (to !== '') taken.add(to);
    out[id] = to;
  }
  return {
    bindings: out,
    clashes: shared.map(([key, ids]) => ({
      key,
      actions: ids.map((id) => ({ id, to: out[id] ?? '' })),
    })),
  };
}
