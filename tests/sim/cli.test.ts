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
      'completed',
      'ticks',
      'igt',
      'objectives',
      'federationOfficerKills',
      'accolades',
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
    });
    expect(summary.federationOfficerKills).toEqual({
      deception: 14,
      'innocent-victims': 13,
      'wrath-of-tvala': 5,
      total: 32,
    });
    expect(summary.stateHash).toMatch(/^[0-9a-f]{16}$/);
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
