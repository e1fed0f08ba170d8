/**
 * The mission script and its maps, validated when the game is built (and on every change under
 * `npm start`), so the browser needs neither the schema library nor the map parser to start:
 * `import { script, geometry } from 'virtual:shutdown-mission'` gives the parsed script (zod's
 * defaults filled in) and map geometry as plain data. A script with problems fails the build
 * with every problem as `FILE: PATH: message`, as `npm run check:missions` prints them.
 * It also writes the mission's title and summary into index.html's title shell, the words
 * painted before any script has run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import type * as Boot from '../src/app/boot';

const ID = 'virtual:shutdown-mission';
const RESOLVED = `\0${ID}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function missionPlugin(missionsDir: string): Plugin {
  const missionFile = join(missionsDir, 'shutdown.mission.json');
  const mapsDir = join(missionsDir, 'maps');
  // Through Vite's module runner: the config itself stays free of the game's sources.
  const loader = async () => {
    const boot = fileURLToPath(new URL('../src/app/boot.ts', import.meta.url));
    return (await runnerImport<typeof Boot>(boot, { configFile: false, logLevel: 'silent' }))
      .module;
  };
  return {
    name: 'shutdown-mission',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async transformIndexHtml(html) {
      const { loadMission } = await loader();
      const loaded = loadMission(readFileSync(missionFile, 'utf8'));
      if (!loaded.ok) return html;
      return html
        .replace('<!--mission-title-->', escapeHtml(loaded.value.title))
        .replace('<!--mission-summary-->', escapeHtml(loaded.value.briefing.summary));
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const { loadGame } = await loader();
      const mapTexts: Record<string, string> = {};
      for (const name of readdirSync(mapsDir).filter((n) => n.endsWith('.tmj'))) {
        const path = join(mapsDir, name);
        this.addWatchFile(path);
        mapTexts[`maps/${name}`] = readFileSync(path, 'utf8');
      }
      this.addWatchFile(missionFile);
      const loaded = loadGame(readFileSync(missionFile, 'utf8'), mapTexts);
      if (!loaded.ok) {
        const lines = loaded.problems.map((p) => `${missionFile}: ${p.path}: ${p.message}`);
        this.error(`${loaded.title}\n${lines.join('\n')}`);
      }
      // JSON.parse of a string literal: faster to evaluate than the same object literal.
      const data = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      return [
        `export const script = ${data(loaded.script)};`,
        `export const geometry = ${data(loaded.geometry)};`,
      ].join('\n');
    },
  };
}
