/** Watching a record: keyframes make any tick reachable, and the state there is the real one. */
import { describe, expect, it } from 'vitest';
import { objectiveStates } from '../../src/mission/machine';
import { Timeline } from '../../src/speedrun/timeline';
import { botRecord, env } from './helpers';

describe('Timeline', () => {
  it('a session at any tick matches the straight re-simulation there', () => {
    const { record } = botRecord(3);
    const built = Timeline.build(record, env, 300);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const t = built.timeline;
    expect(t.startTick).toBe(0);
    expect(t.endTick).toBe(record.result.endTick);
    // Every recorded hash tick, reached by seeking, has the recorded hash.
    for (const [tick, hash] of record.hashes.filter(
      (_, i) => i % 17 === 0 || i === record.hashes.length - 1,
    ))
      expect(t.sessionAt(tick).hash(), `tick ${tick}`).toBe(hash);
    // The middle: the tracker shows the objectives done by then, and no later ones.
    const mid = Math.floor(t.endTick / 2);
    const s = t.sessionAt(mid);
    const done = objectiveStates(s.ctx.script, s.mission).filter((o) => o.state === 'complete');
    expect(done.map((o) => o.id)).toEqual(
      record.result.splits.filter(([, at]) => at <= mid).map(([id]) => id),
    );
    // Out of range is clamped.
    expect(t.sessionAt(-50).tick).toBe(0);
    expect(t.sessionAt(1e9).tick).toBe(t.endTick);
    expect(t.sessionAt(t.endTick).mission.status).toBe('complete');
  });

  it('a record that cannot start gives the reason', () => {
    const { record } = botRecord(3);
    record.commands.shift();
    const built = Timeline.build(record, env);
    expect(built.ok).toBe(false);
  });
});
