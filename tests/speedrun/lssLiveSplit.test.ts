/**
 * Our `.lss` as LiveSplit itself reads it (livesplit-core, the library behind LiveSplit One),
 * and a file LiveSplit writes as our reader reads it.
 */
import LiveSplit from 'livesplit-core';
import { describe, expect, it } from 'vitest';
import { type LssAttempt, type LssSplit, readLss, writeLss } from '../../src/speedrun/lss';

const SPLITS: LssSplit[] = [
  { id: 'a1', title: 'Go To DS9', group: 'a', groupTitle: 'The Best Defense' },
  { id: 'a2', title: 'Dock at DS9', group: 'a', groupTitle: 'The Best Defense' },
  { id: 'b1', title: 'Report to Starfleet', group: 'b', groupTitle: 'Report to Starfleet' },
];
const ATTEMPTS: LssAttempt[] = [
  {
    started: '2026-12-02T10:00:00.000Z',
    ended: '2026-12-02T10:01:00.000Z',
    complete: true,
    splits: { a1: 600, a2: 1800, b1: 2400 },
    igtTicks: 2400,
    realMs: 41_000,
  },
  {
    started: '2026-12-02T11:00:00.000Z',
    complete: false,
    splits: { a1: 540 },
    igtTicks: 700,
  },
];

describe('LiveSplit reads our .lss', () => {
  it('with its game, category, attempts, segments, PB split times and best segments', () => {
    const text = writeLss({
      categoryName: 'Any%',
      splits: SPLITS,
      attempts: ATTEMPTS,
      variables: { Difficulty: 'Normal' },
    });
    const parsed = LiveSplit.Run.parseString(text, '', false);
    expect(parsed.parsedSuccessfully()).toBe(true);
    const run = parsed.unwrap();
    expect(run.gameName()).toBe('Star Trek Online: Shutdown');
    expect(run.categoryName()).toBe('Any%');
    expect(run.attemptCount()).toBe(2);
    expect(run.attemptHistoryLen()).toBe(2);
    expect(run.len()).toBe(3);
    const seconds = (t: { totalSeconds(): number } | null) => t?.totalSeconds() ?? null;
    const pb = [0, 1, 2].map((i) => seconds(run.segment(i).personalBestSplitTime().gameTime()));
    expect(pb).toEqual([10, 30, 40]);
    const gold = [0, 1, 2].map((i) => seconds(run.segment(i).bestSegmentTime().gameTime()));
    expect(gold).toEqual([9, 20, 10]);
    expect(run.segment(1).name()).toBe('{The Best Defense} Dock at DS9');
    // And what LiveSplit writes back, we read.
    const again = readLss(run.saveAsLss());
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.run.segments.map((s) => s.pb)).toEqual([600, 1800, 2400]);
      expect(again.run.segments.map((s) => s.best)).toEqual([540, 1200, 600]);
      expect(again.run.attemptCount).toBe(2);
    }
    run.dispose();
  });
});
