/**
 * Commands: the only way a player, the bot or a replay changes the world. Game-world terms,
 * never screen pixels. Continuous controls (throttle, movement, firing, interacting) set a held
 * state, so a command log holds only the ticks where something changed.
 */
import { DIFFICULTY, type Difficulty } from './balance';

/**
 * Who plays the run and how: the `accept` command carries them, so a run's command log alone
 * says everything needed to play it again. Missing fields are filled by the session from its
 * defaults before the command is logged: the log always holds the full set.
 */
export interface RunParams {
  seed: number;
  difficulty: Difficulty;
  captainLevel: number;
  missionReplay: boolean;
}

export type AcceptCommand = { type: 'accept' } & Partial<RunParams>;

export type Command =
  | AcceptCommand
  | { type: 'throttle'; value: number }
  | { type: 'turn'; value: number }
  | { type: 'fullImpulse'; on: boolean }
  | { type: 'move'; x: number; y: number }
  | { type: 'aim'; x: number; y: number }
  | { type: 'clearAim' }
  | { type: 'fire'; on: boolean }
  | { type: 'torpedo' }
  | { type: 'ability'; slot: number }
  | { type: 'target'; id: number }
  | { type: 'cycleTarget' }
  | { type: 'interact'; on: boolean }
  | { type: 'hail'; contact: string };

export type CommandType = Command['type'];

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const clamp1 = (v: number) => Math.min(1, Math.max(-1, v));

/** Longest contact id a hail may name; mission ids are shorter still. */
const MAX_CONTACT_LENGTH = 100;

/**
 * Checks and normalises a command from outside (a replay file, the console). Returns null for
 * anything malformed, so bad input is dropped instead of corrupting the world.
 *
 * The input may be hostile: a getter that answers differently on each read, a getter or a
 * Proxy trap that throws. So each field is read exactly once into a local, the check and the
 * result use that local, and any exception means "malformed": this never throws.
 */
export function sanitizeCommand(raw: unknown): Command | null {
  try {
    return sanitize(raw);
  } catch {
    return null;
  }
}

function sanitize(raw: unknown): Command | null {
  if (raw === null || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  const type = c.type;
  switch (type) {
    case 'accept':
      return sanitizeAccept(c);
    case 'torpedo':
    case 'cycleTarget':
    case 'clearAim':
      return { type };
    case 'throttle': {
      const value = c.value;
      return finite(value) ? { type, value: Math.min(1, Math.max(0, value)) } : null;
    }
    case 'turn': {
      const value = c.value;
      return finite(value) ? { type, value: clamp1(value) } : null;
    }
    case 'fullImpulse':
    case 'fire':
    case 'interact': {
      const on = c.on;
      return typeof on === 'boolean' ? { type, on } : null;
    }
    case 'move': {
      const x = c.x;
      const y = c.y;
      return finite(x) && finite(y) ? { type, x: clamp1(x), y: clamp1(y) } : null;
    }
    case 'aim': {
      const x = c.x;
      const y = c.y;
      return finite(x) && finite(y) ? { type, x, y } : null;
    }
    case 'ability': {
      const slot = c.slot;
      return finite(slot) && Number.isInteger(slot) && slot >= 1 && slot <= 4
        ? { type, slot }
        : null;
    }
    case 'target': {
      const id = c.id;
      return finite(id) && Number.isInteger(id) && id >= 0 ? { type, id } : null;
    }
    case 'hail': {
      const contact = c.contact;
      return typeof contact === 'string' && contact.length < MAX_CONTACT_LENGTH
        ? { type, contact }
        : null;
    }
    default:
      return null;
  }
}

const MAX_SEED = 0xffffffff;

/** An accept with the run parameters it names; a present but malformed one refuses the whole command. */
function sanitizeAccept(c: Record<string, unknown>): AcceptCommand | null {
  const out: AcceptCommand = { type: 'accept' };
  const { seed, difficulty, captainLevel, missionReplay } = c;
  if (seed !== undefined) {
    if (!finite(seed) || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return null;
    out.seed = seed;
  }
  if (difficulty !== undefined) {
    if (typeof difficulty !== 'string' || !Object.hasOwn(DIFFICULTY, difficulty)) return null;
    out.difficulty = difficulty as Difficulty;
  }
  if (captainLevel !== undefined) {
    if (!finite(captainLevel) || !Number.isInteger(captainLevel)) return null;
    out.captainLevel = captainLevel;
  }
  if (missionReplay !== undefined) {
    if (typeof missionReplay !== 'boolean') return null;
    out.missionReplay = missionReplay;
  }
  return out;
}
