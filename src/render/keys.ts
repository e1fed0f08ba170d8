/** Scene and texture keys shared by the render scenes (no Phaser import needed here). */

export const SceneKey = {
  boot: 'boot',
  preload: 'preload',
  title: 'title',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

export const TextureKey = {
  starsFar: 'stars-far',
  starsMid: 'stars-mid',
  starsNear: 'stars-near',
  glint: 'star-glint',
  nebula: 'nebula',
  ds9: 'ds9',
} as const;
export type TextureKey = (typeof TextureKey)[keyof typeof TextureKey];

/** What the title screen shows; filled in by the composition root from the mission script. */
export interface TitleInfo {
  title: string;
  summary: string;
  briefing: string[];
}
