import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBot } from '../../src/session/autopilot';
import { Session } from '../../src/session/Session';
import { geometry, newSession, script } from './simHelpers';

const LIMIT = 60 * 60 * 20;

describe('determinism', () => {
  const straight = newSession(11);
  runBot(straight, LIMIT);
  const finalHash = straight.hash();

  it('the same seed gives the same state hash twice', () => {
    const again = newSession(11);
    runBot(again, LIMIT);
    expect(again.mission.status).toBe('complete');
    expect(again.tick).toBe(straight.tick);
    expect(again.hash()).toBe(finalHash);
  });

  it('a different seed gives a different run', () => {
    const other = newSession(12);
    runBot(other, LIMIT);
    expect(other.hash()).not.toBe(finalHash);
  });

  it('snapshot at a random tick → JSON → restore → run on gives the same final hash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: straight.tick - 1 }), (cut) => {
        const first = newSession(11);
        runBot(first, cut);
        const json = JSON.stringify(first.snapshot());
        const resumed = newSession(999);
        const restored = resumed.restore(JSON.parse(json));
        expect(restored.ok).toBe(true);
        expect(resumed.hash()).toBe(first.hash());
        runBot(resumed, LIMIT);
        expect(resumed.tick).toBe(straight.tick);
        expect(resumed.hash()).toBe(finalHash);
      }),
      { numRuns: 4 },
    );
  });

  it.each(['advanced', 'elite'] as const)(
    '%s: the same seed gives the same run twice, another difficulty another run',
    (d) => {
      const runOf = () => {
        const s = newSession(11, { difficulty: d });
        runBot(s, 60 * 60 * 40);
        return s;
      };
      const a = runOf();
      const b = runOf();
      expect(a.mission.status).toBe('complete');
      expect(b.tick).toBe(a.tick);
      expect(b.hash()).toBe(a.hash());
      expect(a.hash()).not.toBe(finalHash);
      // Snapshot half-way, restore, run on: the same end.
      const half = newSession(11, { difficulty: d });
      runBot(half, Math.floor(a.tick / 2));
      const resumed = newSession(5);
      expect(resumed.restore(JSON.parse(JSON.stringify(half.snapshot()))).ok).toBe(true);
      runBot(resumed, 60 * 60 * 40);
      expect(resumed.hash()).toBe(a.hash());
    },
  );

  it('a recorded command log replayed into a fresh session gives the same hash', () => {
    const replay = new Session({ script, geometry, seed: 11 });
    const log = straight.log;
    let i = 0;
    while (replay.tick < straight.tick) {
      const next = replay.tick + 1;
      while (i < log.length && log[i]![0] === next) replay.queue(log[i++]![1]);
      replay.step();
    }
    expect(i).toBe(log.length);
    expect(replay.hash()).toBe(finalHash);
    // The log is sparse: far fewer commands than ticks.
    expect(log.length).toBeLessThan(straight.tick / 3);
  });

  it('a snapshot of another mission or version is refused and changes nothing', () => {
    const s = newSession(3);
    const before = s.hash();
    const snap = s.snapshot();
    expect(s.restore({ ...snap, simVersion: snap.simVersion + 1 }).ok).toBe(false);
    expect(s.restore({ ...snap, missionId: 'other' }).ok).toBe(false);
    expect(s.hash()).toBe(before);
  });
});
