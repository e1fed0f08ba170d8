import { loadFromDisk } from '../../src/cli/loadFromDisk';
import { queueBotCommands } from '../../src/session/autopilot';
import { Session, type SessionOptions } from '../../src/session/Session';
import type { Entity } from '../../src/sim/world';
import { repoPath } from '../helpers';

const loaded = loadFromDisk(repoPath('missions/shutdown.mission.json').pathname);
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
export const { script, geometry } = loaded;

export const newSession = (seed = 1, extra: Partial<SessionOptions> = {}) =>
  new Session({ script, geometry, seed, ...extra });

/** Lets the bot play until the given step is the current one (or gives up). */
export function sessionAtStep(stepId: string, seed = 1): Session {
  const s = newSession(seed);
  const index = script.steps.findIndex((x) => x.id === stepId);
  while (s.mission.step < index && s.tick < 60 * 60 * 20) {
    queueBotCommands(s);
    s.step();
  }
  if (s.mission.step !== index) throw new Error(`the bot did not reach ${stepId}`);
  return s;
}

export const player = (s: Session): Entity =>
  s.world.entities.find((e) => e.id === s.world.player)!;

export function run(s: Session, ticks: number, commands: unknown[] = []) {
  for (const c of commands) s.queue(c);
  for (let i = 0; i < ticks; i++) s.step();
}

/** Lets the bot play until `done` holds (at most `limit` ticks more). */
export function botUntil(s: Session, done: (s: Session) => boolean, limit = 60 * 60 * 10) {
  const end = s.tick + limit;
  while (!done(s) && s.tick < end) {
    queueBotCommands(s);
    s.step();
  }
  if (!done(s)) throw new Error('the bot did not get there');
}
