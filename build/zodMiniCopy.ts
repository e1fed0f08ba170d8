/**
 * The title's first download uses zod's small build (`zod/mini`, src/persist/profileSave.ts);
 * the game uses the full one. Both are built on the same core modules, and a module shared
 * with the first download goes into it whole, with every part the full build uses. This
 * plugin gives `zod/mini` (and the English messages it is configured with) a core of its own,
 * so the first download holds only what the small build uses. The cost: the game's download
 * has its own copy of the core parts both use.
 */
import type { Plugin } from 'vite';

const MARK = '?zod-mini';
const ENTRIES = new Set(['zod/mini', 'zod/locales']);

export function zodMiniCopy(): Plugin {
  return {
    name: 'zod-mini-copy',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const fromCopy = importer?.endsWith(MARK) ?? false;
      if (!ENTRIES.has(source) && !fromCopy) return null;
      const from = fromCopy ? importer?.slice(0, -MARK.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.includes('/node_modules/zod/'))
        return resolved;
      return { ...resolved, id: `${resolved.id}${MARK}` };
    },
  };
}
