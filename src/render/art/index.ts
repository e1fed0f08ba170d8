import type Phaser from 'phaser';
import { TextureKey } from '../keys';
import {
  makeCharBridgeOfficer,
  makeCharCaptain,
  makeCharFedOfficer,
  makeCharInfiltrator,
  makeCharInjured,
  makeCharMeyer,
  makeCharTvalaUndine,
  makeCharTvalaVulcan,
} from './characterArt';
import {
  makeFieldShimmer,
  makeRifleBolt,
  makeShieldArc,
  makeSpark,
  makeTorpedo,
} from './effectsArt';
import {
  makeConsole,
  makeFloorCorridor,
  makeFloorOps,
  makeFloorPromenade,
  makeTransporterPad,
  makeTurbolift,
  makeWall,
} from './groundArt';
import {
  makeShipGalor,
  makeShipJemHadar,
  makeShipKeldon,
  makeShipPlayer,
  makeShipUndine,
} from './shipArt';
import {
  BAJOR_STAGES,
  DS9_LAYOUT,
  DS9_TOP_SCALE,
  DS9_TOP_SIZE,
  DS9_TOP_STAGES,
  DS9_TOP_WORLD,
  makeBajor,
  makeDs9Top,
  makeEmplacement,
  makeEmplacementDark,
} from './stationArt';

export { DS9_LAYOUT, DS9_TOP_SCALE, DS9_TOP_SIZE, DS9_TOP_WORLD };

export interface ArtStep {
  key: string;
  /** Shown under the preloader's progress bar while this texture is painted. */
  label: string;
  make: (scene: Phaser.Scene) => void;
  /**
   * Work to run on earlier frames (pure computation, no drawing) when the picture is not kept
   * from an earlier visit: a large painting in slices, so no frame holds the page for long.
   */
  stages?: (() => void)[];
}

/** Every generated game texture (beyond the title screen's), one step per texture. */
export const ART_STEPS: ArtStep[] = [
  {
    key: TextureKey.ds9Top,
    label: 'Charting Deep Space 9',
    make: makeDs9Top,
    stages: DS9_TOP_STAGES,
  },
  { key: TextureKey.bajor, label: 'Rendering Bajor', make: makeBajor, stages: BAJOR_STAGES },
  { key: TextureKey.shipPlayer, label: 'Fitting out your starship', make: makeShipPlayer },
  { key: TextureKey.shipGalor, label: 'Identifying Galor-class signatures', make: makeShipGalor },
  {
    key: TextureKey.shipKeldon,
    label: 'Identifying Keldon-class signatures',
    make: makeShipKeldon,
  },
  {
    key: TextureKey.shipJemHadar,
    label: "Scanning Jem'Hadar attack ships",
    make: makeShipJemHadar,
  },
  { key: TextureKey.shipUndine, label: 'Analysing an unknown bioship', make: makeShipUndine },
  { key: TextureKey.emplacement, label: 'Arming weapon emplacements', make: makeEmplacement },
  { key: TextureKey.emplacementDark, label: 'Assessing battle damage', make: makeEmplacementDark },
  { key: TextureKey.torpedo, label: 'Loading photon torpedoes', make: makeTorpedo },
  { key: TextureKey.spark, label: 'Calibrating sensors', make: makeSpark },
  { key: TextureKey.shieldArc, label: 'Raising shields', make: makeShieldArc },
  { key: TextureKey.charCaptain, label: 'Assembling the away team', make: makeCharCaptain },
  {
    key: TextureKey.charBridgeOfficer,
    label: 'Briefing bridge officers',
    make: makeCharBridgeOfficer,
  },
  {
    key: TextureKey.charFedOfficer,
    label: 'Checking Starfleet credentials',
    make: makeCharFedOfficer,
  },
  {
    key: TextureKey.charInfiltrator,
    label: 'Reviewing Bajoran security',
    make: makeCharInfiltrator,
  },
  { key: TextureKey.charInjured, label: 'Preparing medical kits', make: makeCharInjured },
  { key: TextureKey.charMeyer, label: 'Paging Engineer Meyer', make: makeCharMeyer },
  {
    key: TextureKey.charTvalaVulcan,
    label: "Contacting Captain T'Vala",
    make: makeCharTvalaVulcan,
  },
  { key: TextureKey.charTvalaUndine, label: 'Something is not right…', make: makeCharTvalaUndine },
  { key: TextureKey.floorPromenade, label: 'Walking the Promenade', make: makeFloorPromenade },
  { key: TextureKey.floorCorridor, label: 'Mapping habitat corridors', make: makeFloorCorridor },
  { key: TextureKey.floorOps, label: 'Restoring Ops', make: makeFloorOps },
  { key: TextureKey.wall, label: 'Reinforcing bulkheads', make: makeWall },
  { key: TextureKey.console, label: 'Powering consoles', make: makeConsole },
  { key: TextureKey.turbolift, label: 'Calling the turbolift', make: makeTurbolift },
  { key: TextureKey.transporterPad, label: 'Locking transporter pads', make: makeTransporterPad },
  { key: TextureKey.fieldShimmer, label: 'Tuning security fields', make: makeFieldShimmer },
  { key: TextureKey.rifleBolt, label: 'Charging phaser rifles', make: makeRifleBolt },
];
