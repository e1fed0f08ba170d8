/**
 * `window.shutdown.debugHud(patch)`: puts HUD pieces on screen for layout tests and screenshots
 * (a transmission, an accolade notice, a save-style notice, the ghost readout, a target frame,
 * an away team, abilities cooling down)
 * without waiting for the mission to bring them. Installed only with `?hudtest=1` in the URL.
 *
 * It is harmless by construction: it writes display facts to the HUD store and nothing else —
 * never the session, the run record, the captains' save or the library. What comes in is
 * untrusted (any page script can call it): it is rebuilt field by field from plain strings and
 * finite numbers, anything else is ignored. `ghost`, `target`, `team` and `cooldown` are held
 * (re-applied when the game publishes its own) until the patch sets them to null.
 */
import type { HudState, HudStore } from '../store/hud';

const TEXT_MAX = 400;
const LINES_MAX = 6;

export interface DebugHudPatch {
  dialogue?: { speaker: string; lines: string[] };
  accolade?: { name: string; description: string; points: number };
  notice?: string;
  ghost?: { name: string; deltaMs: number | null } | null;
  target?: { name: string; hostile: boolean } | null;
  team?: { name: string; downed: boolean }[] | null;
  /** Seconds every ability shown now is still cooling down for. */
  cooldown?: number | null;
}

const text = (v: unknown): string | null =>
  typeof v === 'string' && v.length > 0 && v.length <= TEXT_MAX ? v : null;
const finite = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function record(v: unknown): Record<string, unknown> | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  try {
    return { ...(v as Record<string, unknown>) };
  } catch {
    return null;
  }
}

/** The valid part of an untrusted patch (an empty object when nothing in it is usable). */
export function parseDebugHud(raw: unknown): DebugHudPatch {
  const r = record(raw);
  if (!r) return {};
  const out: DebugHudPatch = {};
  const d = record(r.dialogue);
  if (d) {
    const speaker = text(d.speaker);
    const lines = Array.isArray(d.lines)
      ? d.lines
          .slice(0, LINES_MAX)
          .map(text)
          .filter((l): l is string => l !== null)
      : [];
    if (speaker && lines.length > 0) out.dialogue = { speaker, lines };
  }
  const a = record(r.accolade);
  if (a) {
    const name = text(a.name);
    const description = text(a.description);
    const points = finite(a.points);
    if (name && description && points !== null) out.accolade = { name, description, points };
  }
  const notice = text(r.notice);
  if (notice) out.notice = notice;
  if (r.ghost === null) out.ghost = null;
  else {
    const g = record(r.ghost);
    const name = g ? text(g.name) : null;
    if (g && name) out.ghost = { name, deltaMs: finite(g.deltaMs) };
  }
  if (r.target === null) out.target = null;
  else {
    const t = record(r.target);
    const name = t ? text(t.name) : null;
    if (t && name) out.target = { name, hostile: t.hostile === true };
  }
  if (r.team === null) out.team = null;
  else if (Array.isArray(r.team)) {
    const team = r.team.slice(0, LINES_MAX).flatMap((m) => {
      const mr = record(m);
      const name = mr ? text(mr.name) : null;
      return mr && name ? [{ name, downed: mr.downed === true }] : [];
    });
    if (team.length > 0) out.team = team;
  }
  if (r.cooldown === null) out.cooldown = null;
  else {
    const c = finite(r.cooldown);
    if (c !== null && c > 0 && c < 1000) out.cooldown = Math.ceil(c);
  }
  return out;
}

type Held = Partial<Pick<HudState, 'ghost' | 'target' | 'team' | 'abilities'>>;

const vitals = (name: string, downed: boolean) => ({
  name,
  hull: downed ? 0 : 70,
  hullMax: 100,
  shields: [downed ? 0 : 40, 40, 40, 40],
  shieldMax: 50,
  downed,
});

/**
 * Returns the hook. Call it after the interface is mounted: the held fields are re-applied by
 * a store listener, which must run after the interface's own so the last render shows them.
 */
export function debugHud(store: HudStore, notice: (text: string) => void): (raw: unknown) => void {
  let key = 1_000_000;
  const held: Held = {};
  store.subscribe((s) => {
    const stale = (Object.keys(held) as (keyof Held)[]).some((k) => s[k] !== held[k]);
    if (stale) store.setState(held);
  });
  return (raw) => {
    const p = parseDebugHud(raw);
    const next: Partial<HudState> = {};
    if (p.dialogue) next.dialogue = { key: ++key, ...p.dialogue };
    if (p.accolade) next.accolade = { key: ++key, id: 'debug', ...p.accolade };
    if (p.ghost !== undefined) {
      if (p.ghost === null) delete held.ghost;
      else held.ghost = { ...p.ghost, elsewhere: false };
      next.ghost = p.ghost === null ? null : held.ghost;
    }
    if (p.target !== undefined) {
      if (p.target === null) delete held.target;
      else
        held.target = {
          ...vitals(p.target.name, false),
          faction: p.target.hostile ? 'enemy' : 'ally',
        };
      next.target = p.target === null ? null : held.target;
    }
    if (p.team !== undefined) {
      if (p.team === null) delete held.team;
      else held.team = p.team.map((m) => vitals(m.name, m.downed));
    }
    if (p.cooldown !== undefined) {
      const readyIn = p.cooldown;
      if (readyIn === null) delete held.abilities;
      else
        held.abilities = store.getState().abilities.map((a) => ({ ...a, readyIn, active: false }));
    }
    Object.assign(next, held);
    if (p.notice) notice(p.notice);
    store.setState(next);
  };
}
