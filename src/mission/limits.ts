/**
 * How big a mission may be. The limits keep every accepted script playable: the simulation
 * spawns each member in a loop, walks every wall each tick and builds a navigation grid over
 * each ground map, so a script with two billion members or a map with 300,000 walls would run
 * forever or overflow the stack instead of failing a check. Each limit is far above what
 * `shutdown.mission.json` uses (noted beside it) and is documented in missions/README.md
 * ("Limits"); the schema and the cross-reference check read them from here.
 */
export const LIMITS = {
  /** Characters in an id (shutdown: 30). */
  idLength: 64,
  /** Characters in one text field (shutdown: about 200). */
  textLength: 4000,
  /** Absolute value of a coordinate (shutdown: 4300). */
  coordinate: 1_000_000,
  /** A shape's r, w or h and an interactable's radius (shutdown: 4800). */
  size: 100_000,
  /** An interactable's holdTicks: ten minutes (shutdown: 90). */
  holdTicks: 36_000,

  maps: 32, // shutdown: 4
  zonesPerMap: 500, // shutdown: 5
  pointsPerMap: 1000, // shutdown: 25
  interactablesPerMap: 200, // shutdown: 2
  barriersPerMap: 200, // shutdown: 1
  scenes: 64, // shutdown: 5
  tags: 500, // shutdown: 10
  contacts: 100, // shutdown: 1
  npcs: 200, // shutdown: 2
  archetypes: 200, // shutdown: 10
  /** A hull, health, shield or damage figure of an archetype (shutdown: 11000). */
  statPoints: 10_000_000,
  /** An archetype's speed or acceleration, units per second (shutdown: 200). */
  statSpeed: 100_000,
  prerequisites: 50, // shutdown: 1
  briefingParagraphs: 50, // shutdown: 2

  spawns: 500, // spawn groups; shutdown: 26
  /** Entries in one group's `members` (shutdown: 2). */
  memberEntriesPerSpawn: 50,
  /** A member's `count` (shutdown: 18). */
  memberCount: 100,
  /** Members of one group, all entries' counts added (shutdown: 18). */
  membersPerSpawn: 100,
  /** Tags on one group or one member (shutdown: 1). */
  tagsPerList: 16,
  /**
   * Spawned members alive on one map at once, counted as the validator follows the spawns and
   * despawns in order, as if nobody were defeated (shutdown: 24).
   */
  liveMembers: 500,

  dialogue: 1000, // entries; shutdown: 13
  linesPerDialogue: 50, // shutdown: 2
  steps: 200, // shutdown: 7
  objectivesPerStep: 50, // shutdown: 4
  effectsPerList: 50, // shutdown: 10
  tallies: 20, // shutdown: 1
  accolades: 200, // shutdown: 4
  categories: 100, // speedrun categories; shutdown: 10
  splitsPerCategory: 500, // shutdown: 17
  difficulties: 10, // shutdown: 3
  rewardRows: 65, // per table, one per level at most; shutdown: 3
  /** Reward sp and exp (shutdown: 3189). */
  reward: 10_000_000,
  /** Accolade points (shutdown: 25). */
  accoladePoints: 1000,
  /** A tally accolade's threshold (shutdown: 1000). */
  threshold: 1_000_000,

  /** Bytes in a Tiled map file (shutdown: 5 KB). */
  mapFileBytes: 1_000_000,
  /** Layers in a Tiled map (shutdown: 2). */
  mapLayers: 64,
  /** Objects in a Tiled map, all layers together: walls, hull, decor (shutdown: 21). */
  mapObjects: 1000,
  /** Width or height of any map in pixels (shutdown: 12,800, the space map). */
  mapPixels: 25_600,
  /** Width or height of a ground map in pixels: its navigation grid is built in memory (shutdown: 2400). */
  groundMapPixels: 6400,
} as const;
