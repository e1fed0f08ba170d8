/**
 * The names a mission's archetypes may use: what the game can draw, play and do. An archetype
 * (missions/README.md, "Archetypes") is data; these lists are the vocabulary it is checked
 * against, so a misspelt art key or sound is a validation error with a JSON path, not a grey
 * box or silence at run time.
 *
 * Each list has one owner that must keep it honest, and a test that fails when they part:
 * - art keys: the textures `src/render/art` draws (tests/render/archetypeArt.test.ts);
 * - sounds: the recipes in `src/render/soundRecipes.ts` (tests/render/soundRecipes.test.ts);
 * - abilities: what `src/sim` carries out (space.ts, ground.ts).
 * No zod here: the title bundle and the simulation read these lists too.
 */

/** The difficulties a run is played at, in the order they are offered. */
export const DIFFICULTY_IDS = ['normal', 'advanced', 'elite'] as const;
export type DifficultyId = (typeof DIFFICULTY_IDS)[number];

/** Sprite art an archetype can be drawn with (world size; ships nose to +x). */
export const ART_KEYS = [
  'ship-player',
  'ship-galor',
  'ship-keldon',
  'ship-jemhadar',
  'ship-undine',
  'emplacement',
  'char-captain',
  'char-bridge-officer',
  'char-fed-officer',
  'char-infiltrator',
  'char-injured',
  'char-meyer',
  'char-tvala-vulcan',
  'char-tvala-undine',
] as const;
export type ArtKey = (typeof ART_KEYS)[number];

/** Sound recipes an archetype can name (synthesised; see src/render/soundRecipes.ts). */
export const SOUND_NAMES = [
  'phaser',
  'disruptor',
  'undine-beam',
  'rifle',
  'enemy-rifle',
  'torpedo',
  'torpedo-volley',
  'shield-hit',
  'explosion-small',
  'explosion-medium',
  'explosion-ship',
  'explosion-player',
  'downed',
  'ability',
  'shield-boost',
  'attack-run',
  'heavy-charge',
  'heavy-impact',
  'grenade-fuse',
  'grenade-blast',
  'blast-charge',
  'blast-impact',
  'transform',
  'field-down',
  'rescued',
] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** What a ship or emplacement can do besides firing (at most one each; balance.ts has the numbers). */
export const SHIP_ABILITIES = ['attack-run', 'shield-boost', 'heavy-attack'] as const;
export type ShipAbility = (typeof SHIP_ABILITIES)[number];

/** What a character can do besides firing: a photon grenade, the Undine blast. */
export const GROUND_ABILITIES = ['grenade', 'undine-blast'] as const;
export type GroundAbility = (typeof GROUND_ABILITIES)[number];

/** Archetype ids the game keeps for the player's side (balance.ts); a mission cannot redefine them. */
export const PLAYER_ARCHETYPE_IDS = ['player-ship', 'captain', 'bridge-officer'] as const;
