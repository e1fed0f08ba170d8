/** Practice from a step's start state: made by the bot, cached, recorded and verified. */
import { describe, expect, it } from 'vitest';
import { queueBotCommands } from '../../src/session/autopilot';
import { Session } from '../../src/session/Session';
import {
  MemoryPracticeCache,
  type PracticeParams,
  practiceKey,
  practiceResult,
  practiceSession,
  practiceStart,
  practiceStepIds,
  stepTicks,
} from '../../src/speedrun/practice';
import { parseRecordText } from '../../src/speedrun/record';
import { RunRecorder } from '../../src/speedrun/recorder';
import { verifyRecord } from '../../src/speedrun/verify';
import { geometry, script } from '../sim/simHelpers';
import { env } from './helpers';

const params: PracticeParams = {
  seed: 4,
  difficulty: 'normal',
  captainLevel: script.levelRange.min,
  missionReplay: false,
};

/** A practice run from `stepId` played on by the bot, recorded as the browser and CLI do. */
function practiceRecord(stepId: string, cache = new MemoryPracticeCache(), ticks = 60 * 60 * 30) {
  const start = practiceStart(env, params, stepId, cache);
  if (!start.ok) throw new Error(start.reason);
  const made = practiceSession(env, params, start.snapshot);
  if (!made.ok) throw new Error(made.reason);
  const s = made.session;
  const recorder = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: '2026-12-02T10:00:00.000Z',
    startedFrom: { stepId, snapshot: start.snapshot },
    practice: true,
  });
  recorder.autopilot = true;
  const end = s.tick + ticks;
  while (s.mission.status !== 'complete' && s.tick < end) {
    queueBotCommands(s);
    s.step();
    recorder.afterTick(s);
  }
  return {
    session: s,
    record: recorder.finish(s, s.mission.status === 'complete' ? 'complete' : 'reset'),
  };
}

describe('practice start states', () => {
  it('is the state a straight bot run with the same seed has when the step starts', () => {
    const start = practiceStart(env, params, 'deception', new MemoryPracticeCache());
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    // The straight run: the CLI's own (the bot accepts with the session's defaults).
    const straight = new Session({ script, geometry, seed: params.seed });
    const index = script.steps.findIndex((s) => s.id === 'deception');
    while (straight.mission.step < index) {
      queueBotCommands(straight);
      straight.step();
    }
    expect(start.snapshot.world.tick).toBe(straight.tick);
    const made = practiceSession(env, params, start.snapshot);
    expect(made.ok && made.session.hash()).toBe(straight.hash());
    expect(made.ok && script.steps[made.session.mission.step]!.id).toBe('deception');
  });

  it('caches every step start the bot passes, so a later step reuses nothing stale', () => {
    const cache = new MemoryPracticeCache();
    const first = practiceStart(env, params, 'innocent-victims', cache);
    expect(first.ok && first.cached).toBe(false);
    // The steps before it were reached on the way and kept.
    for (const id of ['report-to-bajor', 'the-best-defense', 'deception', 'innocent-victims'])
      expect(cache.get(practiceKey(env, params, id))).toBeDefined();
    expect(cache.get(practiceKey(env, params, 'wrath-of-tvala'))).toBeUndefined();
    const again = practiceStart(env, params, 'deception', cache);
    expect(again.ok && again.cached).toBe(true);
    // Another seed is another state.
    const other = practiceStart(env, { ...params, seed: 5 }, 'deception', cache);
    expect(other.ok && other.cached).toBe(false);
    expect(other.ok && again.ok && other.snapshot.world.rng).not.toEqual(
      again.ok && again.snapshot.world.rng,
    );
  });

  it('a cached state handed out is a copy: changing it changes nothing cached', () => {
    const cache = new MemoryPracticeCache();
    const a = practiceStart(env, params, 'report-to-bajor', cache);
    if (!a.ok) throw new Error(a.reason);
    a.snapshot.world.tick = 999_999;
    const b = practiceStart(env, params, 'report-to-bajor', cache);
    expect(b.ok && b.snapshot.world.tick).not.toBe(999_999);
  });

  it('refuses an unknown step, naming every valid one', () => {
    const r = practiceStart(env, params, 'nope', new MemoryPracticeCache());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toContain("'nope'");
    for (const id of practiceStepIds(script)) expect(r.reason).toContain(id);
  });

  it('says so when the bot cannot reach the step in the ticks it is given', () => {
    const r = practiceStart(env, params, 'report-to-starfleet', new MemoryPracticeCache(), 600);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('did not reach') });
  });
});

describe('practice records', () => {
  it('are flagged practice, carry the start state, survive JSON and verify', () => {
    const { record, session } = practiceRecord('wrath-of-tvala');
    expect(record.assisted.practice).toBe(true);
    // The bot played it: autopilot runs are their own category, practice flag or not.
    expect(record.assisted.autopilot).toBe(true);
    expect(record.run.category).toBe('autopilot');
    expect(record.run.startedFrom).toBe('wrath-of-tvala');
    expect(record.start?.world.tick).toBeGreaterThan(0);
    const parsed = parseRecordText(JSON.stringify(record));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const out = verifyRecord(parsed.record, env);
    expect(out.reason).toBeUndefined();
    expect(out.verified).toBe(true);
    expect(out.stateHash).toBe(session.hash());
  });

  it('a changed start state does not verify', () => {
    const { record } = practiceRecord('finish-the-fight');
    const tampered = structuredClone(record);
    const ship = tampered.start!.world.entities.find((e) => e.id === tampered.start!.world.player)!;
    ship.x += 500;
    const parsed = parseRecordText(JSON.stringify(tampered));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(verifyRecord(parsed.record, env).verified).toBe(false);
  });

  it('time the practised step from its start to its last objective', () => {
    const { record } = practiceRecord('deception');
    const r = practiceResult(script, record)!;
    const last = record.result.splits.find(([id]) => id === 'deception-lower-security-field')!;
    expect(r.stepId).toBe('deception');
    expect(r.ticks).toBe(last[1] - record.start!.world.tick);
    expect(r.ticks).toBeGreaterThan(0);
  });

  it('a step not finished has no time; a full run is no practice', () => {
    const { record } = practiceRecord('deception', new MemoryPracticeCache(), 60);
    expect(practiceResult(script, record)?.ticks).toBeNull();
    expect(stepTicks(script, 'nope', 0, record.result.splits)).toBeNull();
    const full = { ...record, assisted: { ...record.assisted, practice: false } };
    expect(practiceResult(script, full)).toBeNull();
  });
});
