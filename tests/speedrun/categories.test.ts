/**
 * Categories are data: the mission script's `speedrun` section gives the categories, their
 * split lists and the difficulty variable, the validator refuses what cannot be timed, and run
 * records are checked against the categories of the script they were played on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMission } from '../../src/mission/loader';
import type { MissionScript } from '../../src/mission/schema';
import { queueBotCommands } from '../../src/session/autopilot';
import { Session } from '../../src/session/Session';
import {
  categoriesOf,
  categoryById,
  categoryFor,
  categoryProblem,
  playerCategories,
  requirementsMet,
} from '../../src/speedrun/categories';
import { missionHash, parseRecord } from '../../src/speedrun/record';
import { RunRecorder } from '../../src/speedrun/recorder';
import { verifyRecord } from '../../src/speedrun/verify';
import { repoPath } from '../helpers';
import { geometry, script } from '../sim/simHelpers';
import { botRecord, env } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: scripts are edited here as loose JSON, wrong on purpose
type Json = Record<string, any>;
const raw = (): Json =>
  JSON.parse(readFileSync(repoPath('missions/shutdown.mission.json'), 'utf8')) as Json;

function problems(data: Json): string[] {
  const r = loadMission(JSON.stringify(data));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}
function load(data: Json): MissionScript {
  const r = loadMission(JSON.stringify(data));
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

describe('categories from the mission script', () => {
  it('Shutdown has Any%, All Officers, Autopilot and one individual level per step', () => {
    const c = categoriesOf(script);
    const ids = c.list.map((x) => x.id);
    expect(ids.slice(0, 3)).toEqual(['any%', 'all-officers', 'autopilot']);
    expect(ids.filter((id) => id.startsWith('il-'))).toEqual(script.steps.map((s) => `il-${s.id}`));
    expect(playerCategories(script).map((x) => x.id)).toEqual(['any%', 'all-officers']);
    expect(c.difficulty.values.map((v) => v.name)).toEqual(['Normal', 'Advanced', 'Elite']);
    expect(c.difficulty.default).toBe('normal');
  });

  it('the default split list is one split per objective, grouped by step (17 in 7)', () => {
    const any = categoryById(script, 'any%')!;
    expect(any.splits).toHaveLength(17);
    expect(new Set(any.splits.map((s) => s.group)).size).toBe(7);
    expect(any.splits.map((s) => s.objective)).toEqual(
      script.steps.flatMap((s) => s.objectives.map((o) => o.id)),
    );
    expect(any.splits[1]).toMatchObject({
      id: 'defense-go-to-ds9',
      group: 'the-best-defense',
      groupTitle: 'The Best Defense',
    });
    const il = categoryById(script, 'il-innocent-victims')!;
    expect(il.individualLevel).toBe(true);
    expect(il.splits.map((s) => s.objective)).toEqual([
      'rescue-the-injured',
      'victims-lower-security-field',
      'escort-engineer-meyer',
      'use-turbolift',
    ]);
  });

  it('a category may give its own split list (here: one split per step)', () => {
    const data = raw();
    data.speedrun.categories.push({
      id: 'any%-steps',
      name: 'Any% (steps)',
      rules: 'Any%, split at the end of each step.',
      splits: data.steps.map((s: Json) => ({
        id: `end-${s.id}`,
        title: s.title,
        objective: s.objectives.at(-1).id,
      })),
    });
    const c = categoryById(load(data), 'any%-steps')!;
    expect(c.splits.map((s) => s.id)).toEqual(data.steps.map((s: Json) => `end-${s.id}`));
    expect(c.splits[2]!.title).toBe('Deception');
  });

  it('a script without the section has Any% and Autopilot', () => {
    const data = raw();
    delete data.speedrun;
    const c = categoriesOf(load(data));
    expect(c.list.map((x) => x.id)).toEqual(['any%', 'autopilot']);
    expect(c.list[0]!.splits).toHaveLength(17);
  });
});

describe('the validator refuses categories that cannot be timed', () => {
  const cases: [string, (d: Json) => void, string, string][] = [
    [
      'a duplicate id',
      (d) => d.speedrun.categories.push({ ...d.speedrun.categories[0] }),
      '$.speedrun.categories[10].id',
      "duplicate category id 'any%'",
    ],
    [
      'an unknown step',
      (d) => {
        d.speedrun.categories[3].from = 'nowhere';
      },
      '$.speedrun.categories[3].from',
      "no step 'nowhere'",
    ],
    [
      'steps out of order',
      (d) => {
        d.speedrun.categories[3].from = 'deception';
        d.speedrun.categories[3].to = 'the-best-defense';
      },
      '$.speedrun.categories[3].to',
      'comes before the first step',
    ],
    [
      'an unknown tally',
      (d) => {
        d.speedrun.categories[1].requireTallies = ['ghosts'];
      },
      '$.speedrun.categories[1].requireTallies[0]',
      "no tally 'ghosts'",
    ],
    [
      'a tally that cannot be completed within the steps',
      (d) => {
        d.speedrun.categories[3].requireTallies = ['federation-officers'];
      },
      '$.speedrun.categories[3].requireTallies[0]',
      'outside the category',
    ],
    [
      'splits out of order',
      (d) => {
        d.speedrun.categories[0].splits = [
          { id: 'b', objective: 'dock-at-ds9' },
          { id: 'a', objective: 'defense-go-to-ds9' },
          { id: 'end', objective: 'report-to-starfleet' },
        ];
      },
      '$.speedrun.categories[0].splits[1].objective',
      'splits go in the order objectives complete',
    ],
    [
      'a last split that is not the end of the run',
      (d) => {
        d.speedrun.categories[0].splits = [{ id: 'a', objective: 'dock-at-ds9' }];
      },
      '$.speedrun.categories[0].splits[0].objective',
      "must be 'report-to-starfleet'",
    ],
    [
      'an unknown objective',
      (d) => {
        d.speedrun.categories[0].splits = [{ id: 'a', objective: 'win' }];
      },
      '$.speedrun.categories[0].splits[0].objective',
      "no objective 'win'",
    ],
    [
      'a duplicate split id',
      (d) => {
        d.speedrun.categories[0].splits = [
          { id: 'a', objective: 'dock-at-ds9' },
          { id: 'a', objective: 'report-to-starfleet' },
        ];
      },
      '$.speedrun.categories[0].splits[1].id',
      "duplicate split id 'a'",
    ],
    [
      'no autopilot category',
      (d) => {
        d.speedrun.categories.splice(2, 1);
      },
      '$.speedrun.categories',
      "must have one category with runner 'autopilot'",
    ],
    [
      'a default that is not a value',
      (d) => {
        d.speedrun.difficulty.default = 'insane';
      },
      '$.speedrun.difficulty.default',
      "'insane' is not one of the values",
    ],
    [
      'a bad category id',
      (d) => {
        d.speedrun.categories[0].id = 'Any Percent';
      },
      '$.speedrun.categories[0].id',
      'must be a lowercase id',
    ],
  ];
  for (const [name, edit, path, message] of cases)
    it(name, () => {
      const data = raw();
      edit(data);
      const got = problems(data);
      expect(
        got.some((l) => l.startsWith(`${path}: `) && l.includes(message)),
        `no problem at ${path} containing "${message}"; got:\n${got.join('\n')}`,
      ).toBe(true);
    });

  it('accepts the shipped script', () => {
    expect(problems(raw())).toEqual([]);
  });
});

describe('records and categories', () => {
  it('the category of an attempt: the bot’s is Autopilot, practice is practice, else the choice', () => {
    const clean = { autopilot: false, resumed: false, practice: false };
    expect(categoryFor(clean)).toBe('any%');
    expect(categoryFor(clean, 'all-officers', script)).toBe('all-officers');
    expect(categoryFor({ ...clean, autopilot: true }, 'all-officers', script)).toBe('autopilot');
    expect(categoryFor({ ...clean, practice: true }, 'any%', script)).toBe('practice');
    expect(categoryProblem({ category: 'any%' }, { autopilot: true, practice: false })).toMatch(
      /autopilot/,
    );
    expect(
      categoryProblem({ category: 'il-deception' }, { autopilot: false, practice: false }, script),
    ).toMatch(/no full-run category 'il-deception'/);
    expect(
      categoryProblem({ category: 'all-officers' }, { autopilot: false, practice: false }, script),
    ).toBeNull();
  });

  it('a record made before categories were data still verifies (the hash leaves them out)', () => {
    const data = raw();
    delete data.speedrun;
    const before = load(data);
    expect(missionHash(before, geometry)).toBe(env.missionHash);
    const { record } = botRecord(5);
    const parsed = parseRecord(JSON.parse(JSON.stringify(record)));
    expect(parsed.ok).toBe(true);
    expect(verifyRecord(record, env)).toMatchObject({ verified: true, status: 'complete' });
  });

  it('a record claiming a category the mission does not have is refused by verification', () => {
    const { record } = botRecord(5);
    const r = structuredClone(record);
    r.assisted.autopilot = false;
    r.run.category = 'hundred%';
    expect(verifyRecord(r, env)).toMatchObject({ verified: false });
    expect(verifyRecord(r, env).reason).toMatch(/no full-run category 'hundred%'/);
  });

  it('an All Officers run: the recorder and verification agree on when it is complete', () => {
    const session = new Session({ script, geometry, seed: 5 });
    const recorder = new RunRecorder({
      missionHash: env.missionHash,
      startedAt: '2026-12-02T10:00:00.000Z',
      category: 'all-officers',
    });
    while (session.mission.status !== 'complete' && session.tick < 60 * 60 * 30) {
      queueBotCommands(session);
      session.step();
      recorder.afterTick(session);
    }
    const record = recorder.finish(session, 'complete');
    expect(record.run.category).toBe('all-officers');
    // The bot defeats all 32 officers on its way.
    expect(record.result.status).toBe('complete');
    expect(verifyRecord(record, env)).toMatchObject({ verified: true, status: 'complete' });
    // One officer short (as if left standing): the run reached the end, but it is not complete.
    session.mission.tallies[0]!.counts[4]! -= 1;
    expect(recorder.finish(session, 'complete').result.status).toBe('failed');
  });

  it('All Officers is complete only when every officer of the tally is defeated', () => {
    const counts = (n: number) => [{ id: 'federation-officers', counts: [0, 0, n, 0, 0, 0, 0] }];
    expect(requirementsMet(script, 'all-officers', counts(32))).toBe(true);
    expect(requirementsMet(script, 'all-officers', counts(31))).toBe(false);
    expect(requirementsMet(script, 'any%', counts(0))).toBe(true);
  });
});
