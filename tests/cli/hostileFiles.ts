/**
 * Hostile files for the command-line tests, made in a fresh folder under the OS temp dir:
 * a FIFO, a directory, an unreadable file, invalid UTF-8, a key with a newline, maps that
 * reach outside the script's folder, a map with too many walls. `cleanup` removes it all.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './runCli';

// biome-ignore lint/suspicious/noExplicitAny: scripts are edited here as loose JSON, wrong on purpose
type Json = Record<string, any>;

export function makeHostileFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'shutdown-hostile-'));
  const missions = join(dir, 'missions');
  mkdirSync(join(missions, 'maps'), { recursive: true });
  cpSync(join(repoRoot, 'missions/fixtures/maps/ops.tmj'), join(missions, 'maps/ops.tmj'));
  const escort: Json = JSON.parse(
    readFileSync(join(repoRoot, 'missions/fixtures/escort.mission.json'), 'utf8'),
  );
  const at = (name: string) => join(missions, name);
  /** The escort fixture, edited, written as `name` in the missions folder. */
  const script = (name: string, edit: (m: Json) => void = () => {}) => {
    const m = structuredClone(escort);
    edit(m);
    writeFileSync(at(name), JSON.stringify(m, null, 2));
    return at(name);
  };
  const fifo = (name: string) => {
    execFileSync('mkfifo', [name]);
    return name;
  };
  /** A copy of ops.tmj whose walls make `objects` objects in all. */
  const map = (name: string, objects: number) => {
    const tiled = JSON.parse(readFileSync(at('maps/ops.tmj'), 'utf8'));
    const others = tiled.layers
      .slice(1)
      .reduce((n: number, l: Json) => n + (l.objects?.length ?? 0), 0);
    tiled.layers[0].objects = Array.from({ length: objects - others }, (_, i) => ({
      name: '',
      x: i % 1000,
      y: 10,
      width: 1,
      height: 1,
    }));
    writeFileSync(at(name), JSON.stringify(tiled));
  };

  return {
    dir,
    valid: script('valid.mission.json'),
    fifo: fifo(at('fifo.mission.json')),
    directory: (() => {
      mkdirSync(at('folder.mission.json'));
      return at('folder.mission.json');
    })(),
    /** A file this user cannot read, or null when there is none (see `unreadable`). */
    unreadable: unreadable(at('locked.mission.json')),
    badUtf8: (() => {
      const text = JSON.stringify(escort).replace('"Fixture"', '"Fix\u0001ture"');
      const bytes = Buffer.from(text, 'utf8');
      // The control character becomes a lone continuation byte: invalid UTF-8 inside a title.
      bytes[bytes.indexOf(1)] = 0x80;
      writeFileSync(at('bad-utf8.mission.json'), bytes);
      return at('bad-utf8.mission.json');
    })(),
    newlineKey: (() => {
      const key = 'x\\n/tmp/forged.json: $: looks like a line of its own';
      writeFileSync(at('newline-key.mission.json'), `{"${key}": 1, "${key}": 2}`);
      return at('newline-key.mission.json');
    })(),
    mapUp: script('map-up.mission.json', (m) => {
      m.maps[0].file = '../ops.tmj';
      cpSync(at('maps/ops.tmj'), join(dir, 'ops.tmj'));
    }),
    mapAbsolute: script('map-absolute.mission.json', (m) => {
      m.maps[0].file = join(dir, 'ops.tmj');
    }),
    mapLinkOut: script('map-link.mission.json', (m) => {
      symlinkSync(join(dir, 'ops.tmj'), at('maps/link.tmj'));
      m.maps[0].file = 'maps/link.tmj';
    }),
    mapFifo: script('map-fifo.mission.json', (m) => {
      fifo(at('maps/fifo.tmj'));
      m.maps[0].file = 'maps/fifo.tmj';
    }),
    mapDevZero: script('map-dev-zero.mission.json', (m) => {
      symlinkSync('/dev/zero', at('maps/zero.tmj'));
      m.maps[0].file = 'maps/zero.tmj';
    }),
    manyWalls: script('many-walls.mission.json', (m) => {
      map('maps/walls.tmj', 1001);
      m.maps[0].file = 'maps/walls.tmj';
    }),
    hugeWalls: script('huge-walls.mission.json', (m) => {
      map('maps/huge.tmj', 300_000);
      m.maps[0].file = 'maps/huge.tmj';
    }),
    unplayable: script('unplayable.mission.json', (m) => {
      m.title = '\u200b \u200b';
      m.spawns[0].members[0].count = 2e9;
    }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A file made unreadable with chmod 000. Root reads it anyway, so for root the write-only
 * kernel setting /proc/sys/vm/compact_memory, which refuses reading even to root, stands in
 * when it exists; otherwise there is no unreadable file to test with and this returns null.
 */
function unreadable(path: string): string | null {
  writeFileSync(path, '{}');
  chmodSync(path, 0o000);
  if (!canOpen(path)) return path;
  const sysctl = '/proc/sys/vm/compact_memory';
  return refusesReading(sysctl) ? sysctl : null;
}

function canOpen(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'));
    return true;
  } catch {
    return false;
  }
}

function refusesReading(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'));
    return false;
  } catch (e) {
    return (e as { code?: string }).code === 'EACCES';
  }
}
