/**
 * Typed subscriptions to what the ticks of a frame produced: mission effects (objective done,
 * dialogue, rewards…) and mission events (zones entered, kills…). More than one part of the
 * application listens (the HUD, the captains' book, the run recorder, later the splits), so
 * each subscribes for the types it cares about instead of one switch knowing them all.
 */
import type { MissionEffect, MissionEvent } from '../mission/events';

export type EffectType = MissionEffect['type'];
export type EffectOf<T extends EffectType> = Extract<MissionEffect, { type: T }>;
export type EventType = MissionEvent['type'];
export type EventOf<T extends EventType> = Extract<MissionEvent, { type: T }>;

type Listener = (value: never) => void;

export class EffectBus {
  private readonly effects = new Map<string, Set<Listener>>();
  private readonly events = new Map<string, Set<Listener>>();
  private readonly batches = new Set<(effects: readonly MissionEffect[]) => void>();

  /** Calls `fn` for each effect of this type; returns the unsubscribe function. */
  on<T extends EffectType>(type: T, fn: (effect: EffectOf<T>) => void): () => void {
    return add(this.effects, type, fn as Listener);
  }

  /** Calls `fn` for each mission event of this type; returns the unsubscribe function. */
  onEvent<T extends EventType>(type: T, fn: (event: EventOf<T>) => void): () => void {
    return add(this.events, type, fn as Listener);
  }

  /** Calls `fn` once per frame that produced effects, with all of them in order. */
  onBatch(fn: (effects: readonly MissionEffect[]) => void): () => void {
    this.batches.add(fn);
    return () => this.batches.delete(fn);
  }

  /** Hands a frame's events and effects to the listeners: events first, in tick order. */
  publish(events: readonly MissionEvent[], effects: readonly MissionEffect[]): void {
    for (const e of events) for (const fn of this.events.get(e.type) ?? []) fn(e as never);
    if (effects.length === 0) return;
    for (const fn of this.batches) fn(effects);
    for (const e of effects) for (const fn of this.effects.get(e.type) ?? []) fn(e as never);
  }
}

function add(map: Map<string, Set<Listener>>, type: string, fn: Listener): () => void {
  let set = map.get(type);
  if (!set) {
    set = new Set();
    map.set(type, set);
  }
  set.add(fn);
  return () => set.delete(fn);
}
