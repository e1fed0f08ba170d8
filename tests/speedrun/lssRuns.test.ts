/** Which records go in a category's .lss, and their split times (full runs and individual levels). */
import { describe, expect, it } from 'vitest';
import { queueBotCommands } from '../../src/session/autopilot';
import { categoryById } from '../../src/speedrun/categories';
import { readLss } from '../../src/speedrun/lss';
import { lssAttemptOf, lssFileName, lssOfAttempts, recordMisfit } from '../../src/speedrun/lssRuns';
import { MemoryPracticeCache, practiceSession, practiceStart } from '../../src/speedrun/practice';
import type { RunRecord } from '../../src/speedrun/record';
import { RunRecorder } from '../../src/speedrun/recorder';
import { verifyRecord } from '../../src/speedrun/verify';
import { script } from '../sim/simHelpers';
import { botRecord, env } from './helpers';

const cat = (id: string) => categoryById(script, id)!;
const ownResult = (r: RunRecord) => ({ ...r.result, complete: r.result.status === 'complete' });

/** A practice run of `stepId` as a player's (the commands are the bot's; the record cannot tell). */
function playerPractice(stepId: string): RunRecord {
  const params = { seed: 4, difficulty: 'normal' as const, captainLevel: 36, missionReplay: false };
  const start = practiceStart(env, params, stepId, new MemoryPracticeCache());
  if (!start.ok) throw new Error(start.reason);
  const made = practiceSession(env, params, start.snapshot);
  if (!made.ok) throw new Error(made.reason);
  const s = made.session;
  const rec = new RunRecorder({
    missionHash: env.missionHash,
    startedAt: '2026-12-02T11:00:00.000Z',
    startedFrom: { stepId, snapshot: start.snapshot },
    practice: true,
  });
  const stop = script.steps.findIndex((x) => x.id === stepId) + 1;
  while (s.mission.step < stop && s.mission.status !== 'complete') {
    queueBotCommands(s);
    s.step();
    rec.afterTick(s);
  }
  return rec.finish(s, s.mission.status === 'complete' ? 'complete' : 'reset');
}

describe('records in a category’s .lss', () => {
  it('fit only where their flags do', () => {
    const bot = botRecord(2).record;
    expect(recordMisfit(script, cat('autopilot'), bot, 'normal')).toBeNull();
    expect(recordMisfit(script, cat('any%'), bot, 'normal')).toMatch(/autopilot played it/);
    expect(recordMisfit(script, cat('autopilot'), bot, 'elite')).toMatch(/not elite/);
    const clean = structuredClone(bot);
    clean.assisted.autopilot = false;
    clean.run.category = 'any%';
    expect(recordMisfit(script, cat('any%'), clean, 'normal')).toBeNull();
    expect(recordMisfit(script, cat('all-officers'), clean, 'normal')).toMatch(/run of 'any%'/);
    expect(recordMisfit(script, cat('autopilot'), clean, 'normal')).toMatch(/did not play/);
    const resumed = structuredClone(clean);
    resumed.assisted.resumed = true;
    expect(recordMisfit(script, cat('any%'), resumed, 'normal')).toMatch(/resumed/);
    const practice = playerPractice('report-to-starfleet');
    expect(recordMisfit(script, cat('il-report-to-starfleet'), practice, 'normal')).toBeNull();
    expect(recordMisfit(script, cat('il-deception'), practice, 'normal')).toMatch(/'deception'/);
    expect(recordMisfit(script, cat('any%'), practice, 'normal')).toMatch(/practice run/);
  });

  it('a full run’s split times count from the accept; its last split is its IGT', () => {
    const { record } = botRecord(2);
    const a = lssAttemptOf(cat('autopilot'), record, ownResult(record));
    expect(a.complete).toBe(true);
    expect(Object.keys(a.splits)).toHaveLength(17);
    expect(a.igtTicks).toBe(record.result.igtTicks);
    expect(a.splits['report-to-starfleet']).toBe(record.result.igtTicks);
  });

  it('an individual level counts from the step’s start state, and verifies', () => {
    const record = playerPractice('report-to-starfleet');
    const out = verifyRecord(record, env);
    expect(out.verified).toBe(true);
    const il = cat('il-report-to-starfleet');
    const a = lssAttemptOf(il, record, {
      endTick: out.endTick,
      igtTicks: out.igtTicks,
      splits: out.splits.map((s) => [s.id, s.tick] as const),
      complete: out.status === 'complete',
    });
    const done = record.result.splits.find(([id]) => id === 'report-to-starfleet')![1];
    expect(a).toMatchObject({ complete: true, igtTicks: done - record.start!.world.tick });
    expect(a.splits).toEqual({ 'report-to-starfleet': done - record.start!.world.tick });
  });

  it('the .lss of several attempts: oldest first, the difficulty as a variable', () => {
    const r1 = botRecord(1).record;
    const r2 = botRecord(2).record;
    r2.run.startedAt = '2026-12-01T09:00:00.000Z';
    const attempts = [r1, r2].map((r) => lssAttemptOf(cat('autopilot'), r, ownResult(r)));
    const read = readLss(lssOfAttempts(script, cat('autopilot'), 'normal', attempts));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.run.attemptCount).toBe(2);
    expect(read.run.attempts.map((a) => a.gameTime)).toEqual([
      r2.result.igtTicks,
      r1.result.igtTicks,
    ]);
    expect(read.run.variables).toEqual({ Difficulty: 'Normal' });
    expect(read.run.categoryName).toBe('Autopilot');
    expect(lssFileName(script, cat('any%'))).toBe('Shutdown - Any%.lss');
    expect(lssFileName(script, cat('il-deception'))).toBe('Shutdown - Level- Deception.lss');
  });
});
