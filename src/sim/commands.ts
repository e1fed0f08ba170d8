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

/**
 * Checks and normalises a command from outside (a replay file, the console). Returns null for
 * anything malformed, so bad input is dropped instead of corrupting the world.
 */
export function sanitizeCommand(raw: unknown): Command | null {
  if (raw === null || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  switch (c.type) {
    case 'accept':
      return sanitizeAccept(c);
    case 'torpedo':
    case 'cycleTarget':
    case 'clearAim':
      return { type: c.type };
    case 'throttle':
      return finite(c.value)
        ? { type: 'throttle', value: Math.min(1, Math.max(0, c.value)) }
        : null;
    case 'turn':
      return finite(c.value) ? { type: 'turn', value: clamp1(c.value) } : null;
    case 'fullImpulse':
    case 'fire':
    case 'interact':
      return typeof c.on === 'boolean' ? { type: c.type, on: c.on } : null;
    case 'move':
      return finite(c.x) && finite(c.y) ? { type: 'move', x: clamp1(c.x), y: clamp1(c.y) } : null;
    case 'aim':
      return finite(c.x) && finite(c.y) ? { type: 'aim', x: c.x, y: c.y } : null;
    case 'ability':
      return finite(c.slot) && Number.isInteger(c.slot) && c.slot >= 1 && c.slot <= 4
        ? { type: 'ability', slot: c.slot }
        : null;
    case 'target':
      return finite(c.id) && Number.isInteger(c.id) && c.id >= 0
        ? { type: 'target', id: c.id }
        : null;
    case 'hail':
      return typeof c.contact === 'string' && c.contact.length < 100
        ? { type: 'hail', contact: c.contact }
        : null;
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
