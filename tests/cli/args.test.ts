/**
 * Command-line arguments are strict: every tool refuses what it does not understand with one
 * line on stderr and exit 1, never a stack trace, and never quietly runs with a default instead
 * (`--seed` with no value used to run seed 1; `--difficulty constructor` made the hull NaN).
 * The tables run the bundled tools as a user would; the parsers are also tested in-process.
 */
import { describe, expect, it } from 'vitest';
import { choiceArg, parseCommandLine, seedArg, wholeNumberArg } from '../../src/cli/args';
import { DIFFICULTY } from '../../src/sim/balance';
import { CLI_TEST_TIMEOUT, expectRefusedInOneLine, runCli } from './runCli';

/** Every bad argument the issue names, and one of each other kind the parser refuses. */
const SIM_BAD: [string[], string][] = [
  [['--seed'], '--seed needs a value'],
  [['--seed', ''], '--seed needs a value'],
  [['--seed', '0x10'], "--seed must be a whole number from 0 to 4294967295, not '0x10'"],
  [['--seed', '1e3'], "not '1e3'"],
  [['--seed', '1.0'], "not '1.0'"],
  [['--seed', '--json'], "--seed needs a value before '--json'"],
  [['--seed', 'a\nb'], "not 'a\\nb'"],
  [['--seed', '1', '--seed', '2'], '--seed is given more than once'],
  [
    ['--difficulty', 'constructor'],
    "--difficulty must be one of normal, advanced, elite, not 'constructor'",
  ],
  [['--mission'], '--mission needs a value'],
  [['--json=yes'], '--json takes no value'],
  [['--frobnicate'], "unknown option '--frobnicate'"],
  [['stray'], "unexpected argument 'stray'"],
];

describe('npm run sim refuses bad arguments in one line', () => {
  for (const [args, message] of SIM_BAD) {
    it(`sim ${JSON.stringify(args)}`, { timeout: CLI_TEST_TIMEOUT }, () => {
      expectRefusedInOneLine(runCli('sim', args), message);
    });
  }
});

const CHECK_BAD: [string[], string][] = [
  [['--outline=1', 'missions/shutdown.mission.json'], '--outline takes no value'],
  [
    ['--outline', '--outline', 'missions/shutdown.mission.json'],
    '--outline is given more than once',
  ],
  [['--bogus', 'missions/shutdown.mission.json'], "unknown option '--bogus'"],
  [[''], 'an empty argument is not a file name'],
];

describe('npm run check:missions refuses bad arguments in one line', () => {
  for (const [args, message] of CHECK_BAD) {
    it(`check:missions ${JSON.stringify(args)}`, { timeout: CLI_TEST_TIMEOUT }, () => {
      expectRefusedInOneLine(runCli('checkMissions', args), message);
    });
  }
});

const BENCH_BAD: [string, string[], string][] = [
  ['bench', ['--seeds'], '--seeds needs a value'],
  ['bench', ['--seeds', '0'], "--seeds must be a whole number from 1 to 100000, not '0'"],
  ['bench', ['--seeds', '1e2'], "not '1e2'"],
  ['bench', ['--seed', '3'], "unknown option '--seed'"],
  ['benchValidator', ['--fast'], "unknown option '--fast' (this tool takes no options)"],
];

describe('npm run bench and bench:validator refuse bad arguments in one line', () => {
  for (const [tool, args, message] of BENCH_BAD) {
    it(`${tool} ${JSON.stringify(args)}`, { timeout: CLI_TEST_TIMEOUT }, () => {
      expectRefusedInOneLine(runCli(tool, args), message);
    });
  }
});

describe('the argument parsers', () => {
  const SIM = {
    seed: { type: 'string' },
    mission: { type: 'string' },
    json: { type: 'boolean' },
  } as const;

  it('read options, inline values and a value of "-"', () => {
    const r = parseCommandLine(['--seed=5', '--json', '--mission', '-'], SIM);
    expect(r).toEqual({
      ok: true,
      value: { values: { seed: '5', json: true, mission: '-' }, positionals: [] },
    });
    expect(parseCommandLine(['a.json', '--', '--b.json'], {}, true)).toEqual({
      ok: true,
      value: { values: {}, positionals: ['a.json', '--b.json'] },
    });
  });

  it('refuse, with a message naming the argument, every other malformed command line', () => {
    const table: [string[], string][] = [
      [['--seed='], '--seed needs a value, not an empty one'],
      [['--seed', '-1'], "--seed needs a value before '-1'"],
      [['--mission', ''], '--mission needs a value, not an empty one'],
      [['--json', '--json'], '--json is given more than once'],
      [['-s', '1'], "unknown option '-s'"],
      [['--Seed', '1'], "unknown option '--Seed'"],
      [['--constructor'], "unknown option '--constructor'"],
      [['--seed\nX'], "unknown option '--seed\\nX'"],
      [['--', 'x'], "unexpected argument 'x'"],
    ];
    for (const [args, message] of table) {
      const r = parseCommandLine(args, SIM);
      expect(r.ok, JSON.stringify(args)).toBe(false);
      if (!r.ok) expect(r.problems[0], JSON.stringify(args)).toContain(message);
    }
  });

  it('take seeds in decimal digits from 0 to 4294967295 only', () => {
    expect(seedArg('0')).toEqual({ ok: true, value: 0 });
    expect(seedArg('4294967295')).toEqual({ ok: true, value: 4294967295 });
    expect(seedArg('007')).toEqual({ ok: true, value: 7 });
    for (const bad of [
      '',
      ' 1',
      '1 ',
      '+1',
      '-0',
      '0x10',
      '0b1',
      '1e3',
      '1.',
      'Infinity',
      '٣',
      '9'.repeat(400),
    ]) {
      expect(seedArg(bad).ok, bad).toBe(false);
    }
    expect(wholeNumberArg('--n', '5', 1, 4)).toEqual({
      ok: false,
      problems: ["--n must be a whole number from 1 to 4, not '5'"],
    });
  });

  it('take a choice only among the table’s own keys', () => {
    expect(choiceArg('--difficulty', 'elite', DIFFICULTY)).toEqual({ ok: true, value: 'elite' });
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(choiceArg('--difficulty', inherited, DIFFICULTY).ok, inherited).toBe(false);
    }
  });
});
