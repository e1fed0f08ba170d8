/**
 * How each piece of archetype art is drawn, keyed by art key (src/mission/catalog.ts
 * `ART_KEYS`, which are also the texture keys of keys.ts). An archetype names its art; this is
 * what render needs beyond the texture. tests/render/archetypeArt.test.ts checks every art key
 * has a texture and every ship key a look here.
 */
import { TextureKey } from './keys';

/** A ship's or emplacement's look. */
export interface ShipLook {
  key: TextureKey;
  /** Length along the nose, world units (engine glow, shield size). */
  length: number;
  engine: number;
  shield: number;
}

export const SHIP_LOOKS: Record<string, ShipLook> = {
  'ship-player': { key: TextureKey.shipPlayer, length: 110, engine: 0x8fc8ff, shield: 0x8fd0ff },
  'ship-galor': { key: TextureKey.shipGalor, length: 120, engine: 0xffa040, shield: 0xffd27a },
  'ship-keldon': { key: TextureKey.shipKeldon, length: 130, engine: 0xffa040, shield: 0xffd27a },
  'ship-jemhadar': { key: TextureKey.shipJemHadar, length: 70, engine: 0xa080ff, shield: 0xc0a8ff },
  'ship-undine': { key: TextureKey.shipUndine, length: 150, engine: 0xd0ff60, shield: 0xd8ff80 },
  emplacement: { key: TextureKey.emplacement, length: 48, engine: 0, shield: 0xffd27a },
};

/** Drawn size of character art, world units (art not listed: 32). */
export const CHARACTER_SIZE: Record<string, number> = { 'char-tvala-undine': 48 };
