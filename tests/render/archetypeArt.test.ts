/** Every art key an archetype may name has a texture, and every ship art a look. */
import { describe, expect, it } from 'vitest';
import { SHIP_LOOKS } from '../../src/render/archetypeArt';
import { TextureKey } from '../../src/render/keys';
import { ART_KEYS } from '../../src/session/catalog';

describe('archetype art', () => {
  it('each art key is a texture the game draws', () => {
    const textures = new Set<string>(Object.values(TextureKey));
    for (const key of ART_KEYS) expect(textures.has(key), key).toBe(true);
  });

  it('each ship and emplacement art key has a look (length, engine and shield colours)', () => {
    for (const key of ART_KEYS.filter((k) => !k.startsWith('char-')))
      expect(SHIP_LOOKS[key], key).toBeDefined();
    for (const look of Object.values(SHIP_LOOKS)) expect(look.length).toBeGreaterThan(0);
  });
});
