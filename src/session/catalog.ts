/**
 * The vocabulary of archetypes (src/mission/catalog.ts) for the layers that may read the
 * session but not the mission: render keys its sound recipes and art by these names.
 */
export { ART_KEYS, type ArtKey, SOUND_NAMES, type SoundName } from '../mission/catalog';
