/** Run records: record → verify round trips, tampering, refusals and fuzzed input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIM_VERSION } from '../../src/sim/balance';
import {
  absoluteCommands,
  parseRecord,
  parseRecordText,
  RECORD_LIMITS,
  type RunRecord,
} from '../../src/speedrun/record';
import { verifyRecord } from '../../src/speedrun/verify';
import { botRecord, env } from './helpers';

const fresh = (seed: number, difficulty: 'normal' | 'advanced' | 'elite' = 'normal') =>
  botRecord(seed, difficulty) as {
    record: RunRecord;
    session: import('../../src/session/Session').Session;
  };

describe('record → verify', () => {
  for (const [seed, difficulty] of [
    [3, 'normal'],
    [11, 'elite'],
    [5, 'advanced'],
  ] as const) {
    it(`a bot run (seed ${seed}, ${difficulty}) verifies with its IGT, splits and hash`, () => {
      const { record, session } = fresh(seed, difficulty);
      expect(record.result.status).toBe('complete');
      expect(record.assisted.autopilot).toBe(true);
      expect(record.run.category).toBe('autopilot');
      expect(record.commands[0]).toEqual([
        1,
        { type: 'accept', seed, difficulty, captainLevel: 36, missionReplay: false },
      ]);
      // Through JSON, as a file would carry it.
      const parsed = parseRecordText(JSON.stringify(record));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const out = verifyRecord(parsed.record, env);
      expect(out.reason).toBeUndefined();
      expect(out.verified).toBe(true);
      expect(out.igtTicks).toBe(session.igtTicks());
      expect(out.stateHash).toBe(session.hash());
      expect(out.splits).toHaveLength(17);
      expect(out.splits.map((s) => [s.id, s.tick])).toEqual(record.result.splits);
      // Every 60 ticks and the last.
      expect(record.hashes.length).toBe(Math.floor(record.result.endTick / 60) + 1);
    });
  }

  it('one command changed reports the first recorded hash after it as the diverging tick', () => {
    const { record } = fresh(3);
    const abs = absoluteCommands(record);
    // A throttle or move command well into the run.
    const i = abs.findIndex(([t, c]) => t > 5000 && (c.type === 'throttle' || c.type === 'move'));
    const [tick, c] = abs[i]!;
    record.commands[i]![1] =
      c.type === 'throttle'
        ? { type: 'throttle', value: c.value > 0.5 ? 0 : 1 }
        : { type: 'move', x: -1, y: -1 };
    const out = verifyRecord(record, env);
    expect(out.verified).toBe(false);
    expect(out.divergedAtTick).toBe(
      Math.ceil(tick / 60) * 60 === tick ? tick : Math.ceil(tick / 60) * 60,
    );
    expect(out.reason).toBe(`diverged at tick ${out.divergedAtTick}`);
  });

  it('never trusts the claimed result', () => {
    const { record } = fresh(3);
    for (const tamper of [
      (r: RunRecord) => {
        r.result.igtTicks -= 600;
      },
      (r: RunRecord) => {
        r.result.splits[4]![1] -= 1;
      },
      (r: RunRecord) => {
        r.result.stateHash = '0123456789abcdef';
      },
      (r: RunRecord) => {
        r.result.endTick += 500;
      },
    ]) {
      const copy = structuredClone(record);
      tamper(copy);
      const out = verifyRecord(copy, env);
      expect(out.verified).toBe(false);
      expect(out.reason).toBeTruthy();
    }
    // A run cut short (its tail dropped) is not complete, whatever it claims.
    const cut = structuredClone(record);
    cut.result.endTick = 9000;
    cut.hashes = cut.hashes.filter(([t]) => t <= 9000);
    cut.commands = cut.commands.slice(
      0,
      absoluteCommands(cut).findIndex(([t]) => t > 9000),
    );
    const out = verifyRecord(cut, env);
    expect(out.verified).toBe(false);
    expect(out.status).toBe('incomplete');
  });

  it('refuses another simVersion or mission', () => {
    const { record } = fresh(3);
    const other = structuredClone(record);
    other.game.simVersion = SIM_VERSION + 1;
    expect(verifyRecord(other, env).reason).toBe(
      `made for simVersion ${SIM_VERSION + 1}, this game runs ${SIM_VERSION}`,
    );
    const hash = structuredClone(record);
    hash.game.missionHash = 'ffffffffffffffff';
    expect(verifyRecord(hash, env).reason).toMatch(/another version of the mission script/);
    const mission = structuredClone(record);
    mission.game.missionId = 'another';
    expect(verifyRecord(mission, env).reason).toMatch(/made for mission 'another'/);
  });

  it('a start state is refused on a run that claims to start at the accept, or is not flagged', () => {
    const { record, session } = fresh(3);
    const forged = structuredClone(record);
    forged.start = session.snapshot();
    const r = parseRecord(forged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('$.start');
    const unflagged = structuredClone(forged);
    unflagged.run.startedFrom = 'deception';
    expect(parseRecord(unflagged).ok).toBe(false);
    // The category must be the one the flags give.
    const wrong = structuredClone(record);
    wrong.run.category = 'any%';
    const w = parseRecord(wrong);
    expect(!w.ok && w.problems[0]).toMatchObject({ path: '$.run.category' });
  });

  it('a header that disagrees with the accept command is refused', () => {
    const { record } = fresh(3);
    record.run.seed = 4;
    expect(verifyRecord(record, env).reason).toMatch(/run parameters differ/);
  });
});

describe('parseRecord', () => {
  it('names the path of what is wrong', () => {
    const { record } = fresh(3);
    const bad = structuredClone(record) as unknown as Record<string, unknown>;
    (bad.run as Record<string, unknown>).seed = 'seven';
    const r = parseRecord(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('$.run.seed');
    const cmd = structuredClone(record);
    (cmd.commands[3] as unknown[])[1] = { type: 'warp', factor: 9 };
    const c = parseRecord(cmd);
    expect(!c.ok && c.problems[0]).toEqual({
      path: '$.commands[3][1]',
      message: 'not a valid command',
    });
    expect(parseRecordText('{"format":"something-else"}')).toMatchObject({
      ok: false,
      problems: [{ path: '$.format' }],
    });
    expect(parseRecordText('not json')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
  });

  it('refuses records past the limits before simulating them', () => {
    const { record } = fresh(3);
    const long = structuredClone(record);
    long.result.endTick = RECORD_LIMITS.maxTicks + 1;
    expect(parseRecord(long).ok).toBe(false);
    const many = structuredClone(record);
    many.commands = Array.from({ length: RECORD_LIMITS.maxCommands + 1 }, () => [
      0,
      { type: 'torpedo' },
    ]);
    expect(parseRecord(many).ok).toBe(false);
    const spread = structuredClone(record);
    spread.commands.push([RECORD_LIMITS.maxTicks, { type: 'torpedo' }]);
    expect(parseRecord(spread).ok).toBe(false);
    expect(parseRecordText(' '.repeat(RECORD_LIMITS.maxBytes + 1)).ok).toBe(false);
  });

  it('fuzzed records never throw, in parsing or verifying', () => {
    const { record } = fresh(3);
    const short = structuredClone(record);
    // Short runs keep the property fast: the first 1,200 ticks.
    short.result.endTick = 1200;
    short.hashes = short.hashes.filter(([t]) => t <= 1200);
    short.commands = short.commands.slice(
      0,
      Math.max(
        1,
        absoluteCommands(short).findIndex(([t]) => t > 1200),
      ),
    );
    const leaves: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else leaves.push(path);
    };
    walk(short, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.oneof(
          fc.anything(),
          fc.integer(),
          fc.double(),
          fc.constantFrom(-1, 1e300, Number.NaN, '', null, [], {}),
        ),
        (path, value) => {
          const copy = structuredClone(short) as unknown as Record<string, unknown>;
          let o = copy as Record<string, unknown>;
          for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
          o[path.at(-1)!] = value;
          const parsed = parseRecordText(JSON.stringify(copy) ?? 'null');
          if (parsed.ok) verifyRecord(parsed.record, env);
        },
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        parseRecord(v);
        parseRecordText(JSON.stringify(v) ?? '');
      }),
      { numRuns: 300 },
    );
  });
});
