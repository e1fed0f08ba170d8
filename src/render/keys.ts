/** Scene and texture keys shared by the render scenes (no Phaser import needed here). */

export const SceneKey = {
  boot: 'boot',
  preload: 'preload',
  title: 'title',
  space: 'space',
  ground: 'ground',
  director: 'director',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

export const TextureKey = {
  starsFar: 'stars-far',
  starsMid: 'stars-mid',
  starsNear: 'stars-near',
  glint: 'star-glint',
  nebula: 'nebula',
  ds9: 'ds9',
  // Space, top-down, nose pointing to +x (angle 0). Sizes in world units = pixels at zoom 1.
  ds9Top: 'ds9-top', // whole station seen from above, 2048 px for a 1800-unit station (draw scaled)
  bajor: 'bajor', // the planet, drawn far behind with parallax
  shipPlayer: 'ship-player', // Federation cruiser, ~110 px long
  shipGalor: 'ship-galor', // Cardassian Galor, ~120 px, wedge with long neck
  shipKeldon: 'ship-keldon', // Keldon, ~130 px, Galor-like with extra wing pods
  shipJemHadar: 'ship-jemhadar', // Jem'Hadar attack ship, ~70 px, bug-like with violet glow
  shipUndine: 'ship-undine', // Undine bioship, ~150 px, organic tri-lobed
  emplacement: 'emplacement', // station weapon emplacement, ~48 px, lit
  emplacementDark: 'emplacement-dark', // the same, destroyed/dark
  torpedo: 'torpedo', // glowing photon torpedo, ~16 px
  spark: 'spark', // small soft white dot for particles (tint it)
  shieldArc: 'shield-arc', // a 90° arc of a shield bubble, centred, facing +x, ~160 px
  // Ground, top-down, facing +x. Characters ~32 px.
  charCaptain: 'char-captain', // Starfleet captain (gold/red trim), visibly the player
  charBridgeOfficer: 'char-bridge-officer', // away team, blue/teal uniform
  charFedOfficer: 'char-fed-officer', // Undine disguised as a Starfleet officer: red uniform, faint green eyes
  charInfiltrator: 'char-infiltrator', // Undine infiltrator disguised as Bajoran security (brown/orange)
  charInjured: 'char-injured', // injured crew member lying down, with a red cross marker
  charMeyer: 'char-meyer', // Engineer Meyer: yellow engineering uniform with a toolkit
  charTvalaVulcan: 'char-tvala-vulcan', // T'Vala as a Vulcan captain: grey/silver, pointed ears hint
  charTvalaUndine: 'char-tvala-undine', // T'Vala in true Undine form: tall, tripedal, yellow-green
  floorPromenade: 'floor-promenade', // 128 px repeating floor tile (warm Cardassian bronze)
  floorCorridor: 'floor-corridor', // 128 px repeating tile (dark grey/ochre)
  floorOps: 'floor-ops', // 128 px repeating tile (dark with amber lines)
  wall: 'wall', // 64 px repeating wall tile (Cardassian ribbed metal)
  console: 'console', // 64 px console top (lit screens)
  turbolift: 'turbolift', // 128 px turbolift pad
  transporterPad: 'transporter-pad', // 128 px round transporter pad
  fieldShimmer: 'field-shimmer', // 64 px security-field tile (cyan), animate by scrolling/alpha
  rifleBolt: 'rifle-bolt', // short orange phaser bolt, ~24×4 px
} as const;
export type TextureKey = (typeof TextureKey)[keyof typeof TextureKey];

/** What the title screen shows; filled in by the composition root from the mission script. */
export interface TitleInfo {
  title: string;
  summary: string;
  briefing: string[];
}

/** Registry flag the title sets once its first frame has been drawn. */
export const TITLE_SHOWN = 'titleShown';
/** Registry entry: the ArtCache (artCache.ts) the game art is drawn from when it can be. */
export const ART_CACHE = 'artCache';
