import { describe, expect, it } from 'vitest';
import { rewardFor } from '../../src/mission/machine';
import { LIMITS } from '../../src/store/limits';
import {
  accoladeProgress,
  accoladeScore,
  captainProblem,
  isReplay,
  missionAvailable,
  newCaptain,
  normalizeName,
  own,
  rankFor,
  recordCompletion,
} from '../../src/store/profile';
import { buildProfileView, REPLAY_REASON } from '../../src/store/profileView';
import { shutdown } from '../helpers';

const script = shutdown();
const NOW = '2026-11-25T12:00:00.000Z';

function complete(c: ReturnType<typeof newCaptain>, kills = 32) {
  const replay = isReplay(c, script.id);
  const row = rewardFor(replay ? script.rewards.replay : script.rewards.firstCompletion, c.level)!;
  return recordCompletion(
    c,
    {
      missionId: script.id,
      igtTicks: 15_000,
      tallies: { 'federation-officers': kills },
      reward: {
        kind: replay ? 'replay' : 'first-completion',
        sp: row.sp,
        exp: row.exp,
        mark: row.mark,
      },
    },
    script.accolades,
    NOW,
  );
}

describe('rank by level', () => {
  it.each([
    [1, 'Lieutenant'],
    [9, 'Lieutenant'],
    [10, 'Lieutenant Commander'],
    [19, 'Lieutenant Commander'],
    [20, 'Commander'],
    [29, 'Commander'],
    [30, 'Captain'],
    [36, 'Captain'],
    [39, 'Captain'],
    [40, 'Rear Admiral, Lower Half'],
    [44, 'Rear Admiral, Lower Half'],
    [45, 'Rear Admiral, Upper Half'],
    [49, 'Rear Admiral, Upper Half'],
    [50, 'Vice Admiral'],
  ])('level %i is %s', (level, rank) => {
    expect(rankFor(level)).toBe(rank);
  });
});

describe('captains', () => {
  it('refuses bad names and levels with a reason', () => {
    expect(captainProblem('Sisko', 36)).toBeNull();
    expect(captainProblem('   ', 40)).toMatch(/name/);
    expect(captainProblem('x'.repeat(33), 40)).toMatch(/32/);
    expect(captainProblem('Bad\u0007Name', 40)).toMatch(/control/);
    for (const level of [35, 51, 40.5, Number.NaN])
      expect(captainProblem('Kira', level)).toMatch(/36 to 50/);
  });

  it('names are kept normalised: one Unicode form (NFC), no outer spaces', () => {
    expect(normalizeName('  Jose\u0301 Tyler  ')).toBe('Jos\u00e9 Tyler');
    expect(newCaptain('a', ' Jose\u0301 ', 40, NOW).name).toBe('Jos\u00e9');
    // 32 characters once composed: 33 code units before.
    expect(captainProblem(`${'x'.repeat(31)}e\u0301`, 40)).toBeNull();
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['zero-width joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte-order mark between spaces', ' \ufeff\u200b '],
    ['a Hangul filler', '\u3164\u3164'],
    ['a blank Braille pattern', '\u2800'],
    ['a soft hyphen', '\u00ad'],
    ['a variation selector', '\ufe0f'],
  ])('a name of only %s shows as nothing and is refused', (_, name) => {
    expect(captainProblem(name, 40)).toBe(
      'This name would show as nothing: it has only spaces or invisible characters. Give your captain a name with letters or digits.',
    );
  });

  it.each([
    ['right-to-left override', 'Kira\u202e'],
    ['left-to-right override', '\u202dSisko'],
    ['right-to-left embedding', 'a\u202bb'],
    ['pop directional formatting', 'x\u202cy'],
    ['left-to-right embedding', '\u202aDax'],
    ['isolates', 'a\u2066b\u2067c\u2068d\u2069'],
  ])('a name with a %s is refused', (_, name) => {
    expect(captainProblem(name, 40)).toMatch(/^A name cannot hold text-direction controls/);
  });

  it('names in any script, with joiners inside, are fine; C1 controls are not', () => {
    for (const name of [
      'Worf, son of Mogh',
      'Тувок',
      'ת׳ואלה',
      'T\u2019Vala',
      '👩\u200d🚀 Janeway',
    ])
      expect(captainProblem(name, 40)).toBeNull();
    expect(captainProblem('Kira\u0085', 40)).toMatch(/control/);
  });

  it('a new captain of level 36 or more has done War Games, so the mission is available', () => {
    const c = newCaptain('a', 'Sisko', 36, NOW);
    expect(c.prerequisitesDone).toEqual(['war-games']);
    expect(missionAvailable(c, script)).toBe(true);
    expect(missionAvailable({ ...c, prerequisitesDone: [] }, script)).toBe(false);
  });
});

describe('rewards: first completion, then Mission Replay by level band', () => {
  it.each([
    [36, 1743, 1878, 'VIII'],
    [39, 1743, 1878, 'VIII'],
    [40, 1935, 1856, 'X'],
    [45, 1935, 1856, 'X'],
    [49, 1935, 1856, 'X'],
    [50, 2126, 1856, 'XI'],
  ])('level %i replays for %i SP, %i Exp, Mark %s', (level, sp, exp, mark) => {
    const first = complete(newCaptain('a', 'Sisko', level, NOW)).captain;
    expect(isReplay(first, script.id)).toBe(true);
    const second = complete(first).captain;
    expect(second.sp - first.sp).toBe(sp);
    expect(second.exp - first.exp).toBe(exp);
    expect(second.items.at(-1)).toMatchObject({ mark, kind: 'replay' });
  });

  it('the first completion pays the first-completion table (1.5× the replay table)', () => {
    const c = complete(newCaptain('a', 'Sisko', 45, NOW)).captain;
    expect(c).toMatchObject({ sp: 2903, exp: 2784 });
    expect(c.items).toEqual([
      { missionId: 'shutdown', mark: 'X', kind: 'first-completion', at: NOW },
    ]);
    expect(c.missions.shutdown).toEqual({
      completions: 1,
      firstCompletedAt: NOW,
      bestIgtTicks: 15_000,
    });
  });

  it('the journal states the next reward and why', () => {
    const fresh = newCaptain('a', 'Sisko', 45, NOW);
    const once = complete(fresh).captain;
    const view = (c: typeof fresh) =>
      buildProfileView(
        { captains: [c], activeId: c.id },
        c,
        false,
        script,
        { status: 'offered', stepTitle: null },
        [],
        null,
      );
    expect(view(fresh).journal[0]).toMatchObject({ state: 'available', nextReward: { sp: 2903 } });
    expect(view(once).journal[0]).toMatchObject({
      state: 'completed',
      completions: 1,
      nextReward: { reason: REPLAY_REASON, sp: 1935, exp: 1856, mark: 'X' },
    });
  });
});

describe('accolades', () => {
  it('Fluidic Reclamation once; Defeat tiers at 10, 100 and 1000 over every run', () => {
    let c = newCaptain('a', 'Sisko', 45, NOW);
    const r1 = complete(c);
    expect(r1.earned.map((a) => a.id)).toEqual(['fluidic-reclamation', 'federation-foil']);
    c = r1.captain;
    const r2 = complete(c);
    expect(r2.earned).toEqual([]);
    c = r2.captain;
    const s31 = accoladeProgress(c, script.accolades).find((a) => a.id === 'wanted-by-section-31')!;
    expect(s31).toMatchObject({ earned: false, progress: { value: 64, target: 100 } });
    expect(accoladeScore(c, script.accolades)).toBe(15);
    // 64 + 32 = 96: not yet; 128: Wanted by Section 31.
    c = complete(c).captain;
    expect(c.accolades['wanted-by-section-31']).toBeUndefined();
    const r4 = complete(c);
    expect(r4.earned.map((a) => a.id)).toEqual(['wanted-by-section-31']);
    c = r4.captain;
    expect(c.tallies['federation-officers']).toBe(128);
  });

  it('thresholds are exact: 9 is not enough, 10 is; 999 and 1000 for Scourge of Starfleet', () => {
    const c = newCaptain('a', 'Sisko', 36, NOW);
    expect(complete(c, 9).earned.map((a) => a.id)).toEqual(['fluidic-reclamation']);
    expect(complete(c, 10).earned.map((a) => a.id)).toContain('federation-foil');
    const near = { ...c, tallies: { 'federation-officers': 967 } };
    expect(complete(near, 32).earned.map((a) => a.id)).not.toContain('scourge-of-starfleet');
    const at = { ...c, tallies: { 'federation-officers': 968 } };
    expect(complete(at, 32).earned.map((a) => a.id)).toContain('scourge-of-starfleet');
    const progress = accoladeProgress(complete(at, 32).captain, script.accolades);
    // Progress is capped at the threshold.
    expect(progress.find((a) => a.id === 'federation-foil')?.progress).toEqual({
      value: 10,
      target: 10,
    });
  });

  it('the items log keeps the newest entries, so a save never outgrows what it can read', () => {
    const old = { missionId: 'shutdown', mark: 'X', kind: 'replay' as const, at: 'old' };
    const c = {
      ...newCaptain('a', 'Sisko', 45, NOW),
      missions: { shutdown: { completions: 1000, firstCompletedAt: NOW, bestIgtTicks: 9000 } },
      items: Array.from({ length: LIMITS.itemsPerCaptain }, (_, i) => ({ ...old, at: `old-${i}` })),
    };
    const next = complete(c).captain;
    expect(next.items).toHaveLength(LIMITS.itemsPerCaptain);
    expect(next.items[0]!.at).toBe('old-1');
    expect(next.items.at(-1)).toEqual({
      missionId: 'shutdown',
      mark: 'X',
      kind: 'replay',
      at: NOW,
    });
    expect(next.missions.shutdown!.completions).toBe(1001);
  });

  it('recording a completion clears the checkpoint and never mutates the captain', () => {
    const c = newCaptain('a', 'Sisko', 45, NOW);
    const frozen = structuredClone(c);
    complete(c);
    expect(c).toEqual(frozen);
  });
});

describe('ids that are Object.prototype names', () => {
  it('a mission or accolade id `constructor` reads nothing the captain does not own', () => {
    const c = newCaptain('c1', 'Kira', 40, '2026-01-01T00:00:00.000Z');
    expect(isReplay(c, 'constructor')).toBe(false);
    expect(own(c.accolades, 'constructor')).toBeUndefined();
    expect(own(c.tallies, 'toString')).toBeUndefined();
  });
});
