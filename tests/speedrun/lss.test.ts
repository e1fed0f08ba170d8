/** LiveSplit `.lss`: times at tick boundaries, write → read round trip, and hostile input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestSegments,
  formatLssDate,
  formatLssTime,
  type LssAttempt,
  type LssSplit,
  lssComparison,
  parseLssTime,
  personalBest,
  plainSegmentName,
  readLss,
  segmentNames,
  writeLss,
} from '../../src/speedrun/lss';
import { parseXml } from '../../src/speedrun/xml';

const SPLITS: LssSplit[] = [
  { id: 'a1', title: 'Go To DS9', group: 'a', groupTitle: 'The Best Defense' },
  { id: 'a2', title: 'Dock at DS9', group: 'a', groupTitle: 'The Best Defense' },
  { id: 'b1', title: 'Rescue <the> "Injured" & co', group: 'b', groupTitle: 'Innocent Victims' },
  { id: 'c1', title: 'Report to Starfleet', group: 'c', groupTitle: 'Report to Starfleet' },
];

const attempt = (
  splits: Record<string, number>,
  complete: boolean,
  started = '2026-12-02T10:00:00.000Z',
): LssAttempt => ({
  started,
  ended: '2026-12-02T10:05:00.000Z',
  complete,
  splits,
  igtTicks: complete ? splits.c1! : Math.max(0, ...Object.values(splits)),
  realMs: 301_000,
});

const ATTEMPTS: LssAttempt[] = [
  attempt({ a1: 100, a2: 300, b1: 900, c1: 1000 }, true),
  attempt({ a1: 90, a2: 320 }, false),
  attempt({ a1: 120, a2: 280, b1: 850, c1: 990 }, true),
  attempt({}, false),
];

describe('LiveSplit times', () => {
  it('are hh:mm:ss.fffffff at tick boundaries, days as d.', () => {
    expect(formatLssTime(0)).toBe('00:00:00.0000000');
    expect(formatLssTime(1)).toBe('00:00:00.0166667');
    expect(formatLssTime(59)).toBe('00:00:00.9833333');
    expect(formatLssTime(60)).toBe('00:00:01.0000000');
    expect(formatLssTime(61)).toBe('00:00:01.0166667');
    expect(formatLssTime(15344)).toBe('00:04:15.7333333');
    expect(formatLssTime(60 * 3600)).toBe('01:00:00.0000000');
    expect(formatLssTime(60 * 86400 + 30)).toBe('1.00:00:00.5000000');
  });

  it('read back to the same tick, and LiveSplit forms are read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 86400 * 3 }), (t) => {
        expect(parseLssTime(formatLssTime(t))).toBe(t);
      }),
    );
    expect(parseLssTime('00:00:00')).toBe(0);
    expect(parseLssTime('0:01:02.5')).toBe(62 * 60 + 30);
    expect(parseLssTime('1.02:03:04.0000000')).toBe((86400 + 7384) * 60);
    for (const bad of ['', 'abc', '1:2:3', '00:60:00', '-00:00:01', '00:00:01.12345678', '1e3'])
      expect(parseLssTime(bad)).toBeNull();
  });

  it('dates are LiveSplit’s MM/dd/yyyy HH:mm:ss in UTC', () => {
    expect(formatLssDate('2026-12-02T09:05:07.123Z')).toBe('12/02/2026 09:05:07');
    expect(formatLssDate('yesterday')).toBeNull();
  });
});

describe('writing an .lss', () => {
  const text = writeLss({
    categoryName: 'Any%',
    splits: SPLITS,
    attempts: ATTEMPTS,
    variables: { Difficulty: 'Normal' },
  });

  it('has the elements LiveSplit needs, in its order, and is well-formed XML', () => {
    const xml = parseXml(text);
    expect(xml.ok).toBe(true);
    if (!xml.ok) return;
    expect(xml.root.name).toBe('Run');
    expect(xml.root.attrs.version).toBe('1.7.0');
    expect(xml.root.children.map((c) => c.name)).toEqual([
      'GameIcon',
      'GameName',
      'CategoryName',
      'LayoutPath',
      'Metadata',
      'Offset',
      'AttemptCount',
      'AttemptHistory',
      'Segments',
      'AutoSplitterSettings',
    ]);
    expect(text).toContain('<GameName>Star Trek Online: Shutdown</GameName>');
    expect(text).toContain('<AttemptCount>4</AttemptCount>');
    expect(text).toContain(
      '<Attempt id="1" started="12/02/2026 10:00:00" isStartedSynced="True" ended="12/02/2026 10:05:00" isEndedSynced="True">',
    );
    expect(text).toContain('<Variable name="Difficulty">Normal</Variable>');
    // Subsplits: "-Name" inside a step, "{Step} Name" at its end.
    expect(segmentNames(SPLITS)).toEqual([
      '-Go To DS9',
      '{The Best Defense} Dock at DS9',
      'Rescue <the> "Injured" & co',
      'Report to Starfleet',
    ]);
    expect(text).toContain('<Name>Rescue &lt;the&gt; &quot;Injured&quot; &amp; co</Name>');
  });

  it('PB = fastest complete attempt, best segments = fastest over all attempts', () => {
    expect(personalBest(ATTEMPTS)).toBe(ATTEMPTS[2]);
    // a1: 90 (attempt 2); a2: 300-100=200, 320-90=230, 280-120=160; b1: 600, 570; c1: 100, 140.
    expect(bestSegments(SPLITS, ATTEMPTS)).toEqual([90, 160, 570, 100]);
  });

  it('reads back what was written', () => {
    const r = readLss(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const run = r.run;
    expect(run).toMatchObject({
      version: '1.7.0',
      gameName: 'Star Trek Online: Shutdown',
      categoryName: 'Any%',
      variables: { Difficulty: 'Normal' },
      attemptCount: 4,
      realTimeOnly: false,
    });
    expect(run.segments.map((s) => plainSegmentName(s.name))).toEqual(SPLITS.map((s) => s.title));
    expect(run.segments.map((s) => s.pb)).toEqual([120, 280, 850, 990]);
    expect(run.segments.map((s) => s.best)).toEqual([90, 160, 570, 100]);
    expect(run.segments[0]!.history).toEqual([
      { id: 1, time: 100 },
      { id: 2, time: 90 },
      { id: 3, time: 120 },
    ]);
    expect(run.segments[2]!.history).toEqual([
      { id: 1, time: 600 },
      { id: 3, time: 570 },
    ]);
    expect(run.attempts.map((a) => a.gameTime)).toEqual([1000, null, 990, null]);
    expect(run.attempts[0]!.started).toBe('12/02/2026 10:00:00');
    const cmp = lssComparison(run, SPLITS);
    expect(cmp).toEqual({
      name: 'Any% (LiveSplit)',
      splitTimes: { a1: 120, a2: 280, b1: 850, c1: 990 },
    });
  });

  it('round-trips any attempts: PB and golds read back as computed', () => {
    const times = fc.array(fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(times, { maxLength: 8 }), (rows) => {
        const attempts = rows.map((row) => {
          const splits: Record<string, number> = {};
          let at = 0;
          row.forEach((t, i) => {
            if (t !== undefined) {
              at += t;
              splits[SPLITS[i]!.id] = at;
            }
          });
          return attempt(
            splits,
            row.every((t) => t !== undefined),
          );
        });
        const r = readLss(writeLss({ categoryName: 'X', splits: SPLITS, attempts }));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.run.attemptCount).toBe(attempts.length);
        expect(r.run.segments.map((s) => s.best)).toEqual(bestSegments(SPLITS, attempts));
        const pb = personalBest(attempts);
        expect(r.run.segments.map((s) => s.pb)).toEqual(
          SPLITS.map((s) => (pb ? (pb.splits[s.id] ?? null) : null)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a comparison matches by name when the segment count differs', () => {
    const r = readLss(text);
    if (!r.ok) throw new Error(r.message);
    const more: LssSplit[] = [
      SPLITS[3]!,
      { id: 'x', title: 'Not there', group: 'x', groupTitle: 'X' },
      SPLITS[1]!,
    ];
    expect(lssComparison(r.run, more, 'Mine').splitTimes).toEqual({ c1: 990, x: null, a2: 280 });
  });
});

describe('reading what is not an .lss', () => {
  const refusals: [string, unknown, RegExp][] = [
    ['JSON', '{"format":"shutdown-replay"}', /looks like JSON/],
    ['HTML', '<html><body>hi</body></html>', /root element is <html>, not <Run>/],
    ['empty', '', /empty/],
    ['plain text', 'Any% 4:15', /does not start with an XML element/],
    ['binary', 'PK\u0003\u0004\u0000\u0000', /binary/],
    [
      'entity expansion',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><Run>&a;</Run>',
      /document type/,
    ],
    ['unclosed', '<Run><Segments>', /<Segments> is never closed/],
    ['mismatched', '<Run><Segments></Run>', /<Segments> is closed by <\/Run>/],
    ['no segments', '<Run version="1.7.0"><GameName>x</GameName></Run>', /no <Segments>/],
    ['no segment', '<Run><Segments></Segments></Run>', /no segments/],
    [
      'bad time',
      '<Run><Segments><Segment><Name>a</Name><SplitTimes><SplitTime name="Personal Best"><GameTime>soon</GameTime></SplitTime></SplitTimes></Segment></Segments></Run>',
      /Segment 1 \(“a”\): its Personal Best time is not a time/,
    ],
    ['unknown entity', '<Run>&nbsp;</Run>', /unknown or unfinished entity/],
    ['two roots', '<Run/><Run/>', /second root/],
    ['not text', 42, /not text/],
    ['too deep', `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, /nested deeper than 64/],
  ];
  for (const [what, input, message] of refusals)
    it(`refuses ${what} with a message naming the problem`, () => {
      const r = readLss(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    });

  it('names the line and column of a syntax error', () => {
    const r = readLss('<Run>\n  <Segments>\n    <Segment <\n</Run>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/line 3, column \d+/);
  });

  it('reads a real-time-only file from its real times, and says so', () => {
    const r = readLss(
      '<Run><Segments><Segment><Name>a</Name><SplitTimes><SplitTime name="Personal Best"><RealTime>00:00:02.0000000</RealTime></SplitTime></SplitTimes></Segment></Segments></Run>',
    );
    expect(r.ok && r.run.realTimeOnly && r.run.segments[0]!.pb).toBe(120);
  });

  it('never throws on any text (fuzz), nor on a valid file cut or changed anywhere', () => {
    const valid = writeLss({ categoryName: 'Any%', splits: SPLITS, attempts: ATTEMPTS });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = readLss(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.nat({ max: valid.length }),
        fc.nat({ max: 40 }),
        fc.string({
          maxLength: 20,
          unit: fc.constantFrom('<', '>', '/', '&', ';', '"', 'a', ' ', '!', '?', '#', 'x'),
        }),
        (at, cut, insert) => {
          const r = readLss(valid.slice(0, at) + insert + valid.slice(at + cut));
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an attribute named __proto__ stays an own value', () => {
    const x = parseXml('<Run __proto__="x" constructor="y"/>');
    expect(x.ok && Object.getPrototypeOf(x.root.attrs)).toBe(Object.prototype);
    expect(x.ok && Object.getOwnPropertyDescriptor(x.root.attrs, '__proto__')?.value).toBe('x');
  });
});
