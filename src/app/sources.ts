/**
 * Command sources: the player's input, the bot, and a recorded run. The host asks the active
 * one for each tick's commands; the session cannot tell them apart, so the application keeps
 * track of which ones a run used (the run record's `assisted` flags).
 */
import { botCommandsFor } from '../session/autopilot';
import { type CommandSource, RELEASE } from '../session/host';
import type { Session } from '../session/Session';
import type { Command } from '../sim/commands';

/** What the keyboard, mouse, gamepad and interface send: kept until the next tick runs. */
export class PlayerSource implements CommandSource {
  readonly kind = 'player';
  private buffer: Command[] = [];

  push(command: Command): void {
    this.buffer.push(command);
  }

  /** Lets go of everything held (after the bot, or when input is switched off). */
  release(): void {
    this.buffer.push(...RELEASE);
  }

  clear(): void {
    this.buffer = [];
  }

  next(): readonly Command[] {
    if (this.buffer.length === 0) return EMPTY;
    const out = this.buffer;
    this.buffer = [];
    return out;
  }
}

const EMPTY: readonly Command[] = Object.freeze([]);

/** The autopilot: it sees what a player would and sends player commands. */
export class BotSource implements CommandSource {
  readonly kind = 'bot';
  next(session: Session): readonly Command[] {
    return botCommandsFor(session);
  }
}

/**
 * A recorded run's commands, each on its tick. `at` is the index of the next command; a seek
 * moves it with `seek(tick)`.
 */
export class ReplaySource implements CommandSource {
  readonly kind = 'replay';
  private at = 0;

  /** `commands` as absolute [tick, command] pairs, in tick order. */
  constructor(private readonly commands: readonly (readonly [number, Command])[]) {}

  next(session: Session): readonly Command[] {
    const tick = session.tick + 1;
    while (this.at < this.commands.length && this.commands[this.at]![0] < tick) this.at++;
    const out: Command[] = [];
    while (this.at < this.commands.length && this.commands[this.at]![0] === tick)
      out.push(this.commands[this.at++]![1]);
    return out.length > 0 ? out : EMPTY;
  }

  /** The session now stands at `tick`: the next command is the first after it. */
  seek(tick: number): void {
    let lo = 0;
    let hi = this.commands.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.commands[mid]![0] <= tick) lo = mid + 1;
      else hi = mid;
    }
    this.at = lo;
  }
}
