import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run sim', () => {
  // A whole mission in a child process: minutes-scale timeouts, since the machine may be busy.
  it('plays a seed headlessly and prints the run summary as the last line', {
    timeout: 120_000,
  }, () => {
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'sim', '--seed', '4', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1)!;
    const summary = JSON.parse(last);
    expect(Object.keys(summary)).toEqual([
      'mission',
      'seed',
      'difficulty',
      'completed',
      'ticks',
      'igt',
      'objectives',
      'federationOfficerKills',
      'accolades',
      'combat',
      'stateHash',
    ]);
    expect(summary).toMatchObject({
      mission: 'shutdown',
      seed: 4,
      completed: true,
      accolades: ['fluidic-reclamation'],
    });
    expect(summary.igt).toMatch(/^\d\d:\d\d\.\d{3}$/);
    expect(summary.objectives).toHaveLength(17);
    expect(summary.objectives[0]).toEqual({
      id: 'report-to-bajor-sector',
      title: 'Report to the Bajor Sector, Outside DS9',
      completedAtTick: expect.any(Number),
      progress: 1,
      count: 1,
    });
    expect(
      summary.objectives.find((o: { id: string }) => o.id === 'destroy-station-defenses'),
    ).toMatchObject({ progress: 18, count: 18 });
    expect(summary.difficulty).toBe('normal');
    expect(Object.keys(summary.combat)).toEqual([
      'playerDeaths',
      'playerDamageDealt',
      'playerDamageTaken',
      'alliesDamageDealt',
      'byScene',
    ]);
    expect(summary.combat.byScene['ground-promenade']).toMatchObject({ kind: 'ground' });
    expect(summary.combat.byScene['space-bajor']).toMatchObject({ kind: 'space' });
    expect(summary.federationOfficerKills).toEqual({
      deception: 14,
      'innocent-victims': 13,
      'wrath-of-tvala': 5,
      total: 32,
    });
    expect(summary.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('--policy idle: the captain goes where the bot would, but never fires (nothing destroyed by the player)', {
    timeout: 120_000,
  }, () => {
    const out = spawnSync(
      process.execPath,
      [
        'scripts/cli.mjs',
        'sim',
        '--seed',
        '2',
        '--policy',
        'idle',
        '--max-ticks',
        '3000',
        '--json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.status).toBe(2);
    const summary = JSON.parse(out.stdout.trim().split('\n').at(-1)!);
    expect(summary.completed).toBe(false);
    expect(summary.combat.playerDamageDealt).toBe(0);
    const bad = spawnSync(process.execPath, ['scripts/cli.mjs', 'sim', '--policy', 'lazy'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--policy must be one of bot, idle/);
  });

  it('--max-ticks counts from the practised step’s start with --from-step; the idle captain walks in', {
    timeout: 120_000,
  }, () => {
    const out = spawnSync(
      process.execPath,
      [
        'scripts/cli.mjs',
        'sim',
        '--seed',
        '1',
        '--policy',
        'idle',
        '--from-step',
        'deception',
        '--max-ticks',
        '3600',
        '--json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out.status).toBe(2);
    const summary = JSON.parse(out.stdout.trim().split('\n').at(-1)!);
    expect(summary.practice.startTick).toBeGreaterThan(0);
    expect(summary.ticks).toBe(summary.practice.startTick + 3600);
    const ground = summary.combat.byScene['ground-promenade'];
    // Encounters started (the captain walked in and was shot at) but the captain fired nothing.
    expect(ground.playerDamageTaken).toBeGreaterThan(0);
    expect(ground.playerDamageDealt).toBe(0);
    const groups = summary.objectives.find(
      (o: { id: string }) => o.id === 'defeat-insurgent-groups',
    );
    expect(groups.progress).toBeLessThanOrEqual(2);
  });

  it('refuses a bad seed and a broken mission file with a message', { timeout: 120_000 }, () => {
    const bad = spawnSync(process.execPath, ['scripts/cli.mjs', 'sim', '--seed', 'abc'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--seed must be a whole number/);
    const broken = spawnSync(
      process.execPath,
      [
        'scripts/cli.mjs',
        'sim',
        '--mission',
        'tests/fixtures/broken/01-trailing-comma-in-object.json',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/not valid JSON at line \d+, column \d+/);
  });
});
