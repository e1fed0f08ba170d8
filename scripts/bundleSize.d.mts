/** Types of bundleSize.mjs (gzipped JavaScript a build makes the browser load). */
export interface Download {
  bytes: number;
  files: Record<string, number>;
}
export const TITLE_MODULE: string;
export const GAME_MODULE: string;
export function bundleSizes(distDir: string): {
  start: Download;
  playable: Download;
  playableWebgl: Download;
};
