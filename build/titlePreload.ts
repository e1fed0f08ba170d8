/**
 * The title is imported by the entry at once (src/main.ts), not linked from index.html, so its
 * stylesheet does not hold up the first paint. This asks the browser to fetch the title's
 * chunk, the chunks it imports and its stylesheet with the page, instead of after the entry
 * has run: hints only (`modulepreload`, `preload`), nothing is applied before the title runs.
 */
import type { Plugin } from 'vite';

export function titlePreload(module: string): Plugin {
  return {
    name: 'title-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const title = chunks.find((c) => c.facadeModuleId?.endsWith(module));
        if (!title) return [];
        return [
          ...[title.fileName, ...title.imports].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
          ...[...(title.viteMetadata?.importedCss ?? [])].map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
