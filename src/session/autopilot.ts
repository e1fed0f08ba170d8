/** Drives a session with the bot: what `npm run sim`, the bench and `?autopilot=1` share. */
import { botCommands } from '../sim/bot';
import type { Session } from './Session';

/** Queues the bot's commands for the next tick (it sees what a player would). */
export function queueBotCommands(session: Session): void {
  const { world, mission, ctx } = session;
  const step = ctx.script.steps[mission.step];
  const objective =
    mission.status === 'active' ? (step?.objectives[mission.objective] ?? null) : null;
  for (const c of botCommands({ world, ctx, status: mission.status, objective })) session.queue(c);
}

/** Lets the bot play until the mission completes or `maxTicks` pass. */
export function runBot(session: Session, maxTicks: number): boolean {
  while (session.mission.status !== 'complete' && session.tick < maxTicks) {
    queueBotCommands(session);
    session.step();
  }
  return session.mission.status === 'complete';
}
