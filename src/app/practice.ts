/**
 * Practice in the browser: the start state of a step (made by the bot on demand, kept in
 * IndexedDB so the next practice of it starts at once) and each captain's individual-level
 * bests, one per step. Practice runs are recorded flagged practice by the recording; nothing
 * here touches full-run personal bests, which only clean runs set (runLibrary.isClean).
 */
import type { SessionSnapshot } from '../session/Session';
import {
  MemoryPracticeCache,
  type PracticeParams,
  type PracticeStart,
  practiceKey,
  practiceStart,
} from '../speedrun/practice';
import type { GameEnv } from '../speedrun/verify';
import type { KeyValue } from './runLibrary';

/** A step's best practice time for one captain. */
export interface StepBest {
  ticks: number;
  /** ISO date of the attempt. */
  at: string;
}

export type StepBests = Record<string, StepBest>;

export class PracticeStore {
  constructor(
    private readonly env: GameEnv,
    private readonly kv: KeyValue,
  ) {}

  private startKey = (key: string) => `practice-start:${key}`;
  private bestsKey = (owner: string) => `practice-bests:${owner}`;

  /**
   * The start state of `stepId`: from IndexedDB when it was made before, else by a bot run now
   * (every step start on the way is stored too). Storage problems only cost the cache.
   */
  async start(params: PracticeParams, stepId: string): Promise<PracticeStart> {
    const key = practiceKey(this.env, params, stepId);
    const stored = await this.kv.get<SessionSnapshot>(this.startKey(key)).catch(() => undefined);
    if (stored) return { ok: true, snapshot: stored, cached: true };
    const made = new MemoryPracticeCache();
    const r = practiceStart(this.env, params, stepId, made);
    for (const [k, snapshot] of made.data)
      await this.kv.set(this.startKey(k), snapshot).catch(() => {});
    return r;
  }

  async bests(owner: string): Promise<StepBests> {
    const b = await this.kv.get<StepBests>(this.bestsKey(owner)).catch(() => undefined);
    return b && typeof b === 'object' ? b : {};
  }

  /** Notes a practised step's time; true when it is the captain's new best for that step. */
  async noteTime(owner: string, stepId: string, ticks: number, at: string): Promise<boolean> {
    const bests = await this.bests(owner);
    const old = Object.hasOwn(bests, stepId) ? bests[stepId] : undefined;
    if (old && old.ticks <= ticks) return false;
    await this.kv.set(this.bestsKey(owner), { ...bests, [stepId]: { ticks, at } });
    return true;
  }
}
