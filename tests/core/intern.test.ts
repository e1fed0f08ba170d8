import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intern, internStrings } from '../../src/core/intern';
import { loadMission } from '../../src/mission/loader';

describe('internStrings', () => {
  it('keeps every value and the structure, in place', () => {
    const made = (n: number) => ['ene', 'my', String(n)].join('');
    const data = {
      a: made(1),
      list: [made(2), 3, null, true, { deep: [made(4), { s: made(5) }] }],
      n: 1.5,
      none: null,
    };
    const before = JSON.stringify(data);
    const list = data.list;
    expect(internStrings(data)).toBe(data);
    expect(data.list).toBe(list);
    expect(JSON.stringify(data)).toBe(before);
    expect(data.a).toBe('enemy1');
  });

  it('returns a string as it is, whatever it holds', () => {
    for (const s of ['', 'promenade', '12', '__proto__', 'constructor', 'é☃💫', 'a'.repeat(5000)])
      expect(intern(s)).toBe(s);
    expect(internStrings('ops')).toBe('ops');
    expect(internStrings(7)).toBe(7);
    expect(internStrings(null)).toBe(null);
  });

  it('does not touch a prototype through a "__proto__" key made by JSON.parse', () => {
    const data = JSON.parse('{"__proto__": "x", "list": [{"__proto__": {"polluted": true}}]}');
    internStrings(data);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves frozen objects and arrays as they are, and still goes into their children', () => {
    const inner = { s: 'x'.concat('y') };
    const frozen = Object.freeze({ s: 'a'.concat('b'), inner });
    const list = Object.freeze(['c'.concat('d')]);
    expect(() => internStrings({ frozen, list })).not.toThrow();
    expect(frozen.s).toBe('ab');
    expect(list[0]).toBe('cd');
    expect(inner.s).toBe('xy');
  });

  it('the loaded mission script is the same data as its file says', () => {
    const text = readFileSync('missions/shutdown.mission.json', 'utf8');
    const loaded = loadMission(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(Object.isFrozen(loaded.value)).toBe(true);
    expect(loaded.value.id).toBe(JSON.parse(text).id);
  });
});

describe('intern, as the engine sees it', () => {
  it('gives internalized strings for strings made at run time (V8 natives syntax, in a child)', async () => {
    const { buildSync } = await import('esbuild');
    const { execFileSync } = await import('node:child_process');
    const bundled = buildSync({
      entryPoints: ['src/core/intern.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'node',
    }).outputFiles[0]!.text;
    const check = `
      const isIn = new Function('s', 'return %IsInternalizedString(s)');
      const made = (...parts) => parts.join('');
      const out = {
        before: isIn(JSON.parse('"promenade"')) && isIn(made('pro', 'menade')),
        after: [made('pro', 'menade'), made('fed', 'eration-officer'), JSON.parse('"bajor-space"')]
          .every((s) => isIn(intern(s))),
        index: intern(made('1', '2')) === '12',
        deep: (() => {
          const d = internStrings({ a: [made('x', 'y'), { b: made('z', 'w') }] });
          return isIn(d.a[0]) && isIn(d.a[1].b);
        })(),
      };
      console.log(JSON.stringify(out));`;
    const text = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--input-type=module', '-e', `${bundled}\n${check}`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(text.trim())).toEqual({
      before: false,
      after: true,
      index: true,
      deep: true,
    });
  });
});
