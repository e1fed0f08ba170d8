/** Drives a session with the bot: what `npm run sim`, the bench and `?autopilot=1` share. */
import { BOT_THINK_INTERVAL, botCommands } from '../sim/bot';
import type { Command } from '../sim/commands';
import type { Session } from './Session';

/** Between the bot's thoughts: nothing (one shared, frozen list). */
const NOTHING: readonly Command[] = Object.freeze([]);

/** The bot's commands for the next tick (it sees what a player would). */
export function botCommandsFor(session: Session): readonly Command[] {
  const { world, mission, ctx } = session;
  // Between its thoughts the bot sends nothing (`botCommands` says the same, after more work).
  if (world.tick % BOT_THINK_INTERVAL !== 0) return NOTHING;
  const step = ctx.script.steps[mission.step];
  const objective =
    mission.status === 'active' ? (step?.objectives[mission.objective] ?? null) : null;
  return botCommands({ world, ctx, status: mission.status, objective });
}

/** What the idle captain never does: fire, pick a target, throw, launch or use an ability. */
const IDLE_DROPS: ReadonlySet<Command['type']> = new Set([
  'fire',
  'target',
  'cycleTarget',
  'aim',
  'ability',
  'torpedo',
]);

/**
 * The idle captain (`npm run sim -- --policy idle`): goes where the bot would go, so every
 * encounter starts as in a played run, accepts, hails and interacts as it would, but never
 * fires, targets, throws a grenade, launches a torpedo or uses an ability. What is defeated
 * then is the bridge officers' (and allies') doing alone.
 */
export function idleCaptainCommandsFor(session: Session): Command[] {
  return botCommandsFor(session).filter((c) => !IDLE_DROPS.has(c.type));
}

/** Queues the bot's commands for the next tick. */
export function queueBotCommands(session: Session): void {
  const list = botCommandsFor(session);
  for (let i = 0; i < list.length; i++) session.queue(list[i]);
}

/** Lets the bot play until the mission completes or `maxTicks` pass. */
export function runBot(session: Session, maxTicks: number): boolean {
  while (session.mission.status !== 'complete' && session.tick < maxTicks) {
    queueBotCommands(session);
    session.advance();
  }
  return session.mission.status === 'complete';
}
