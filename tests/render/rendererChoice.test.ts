import { describe, expect, it } from 'vitest';
import { decideRenderer } from '../../src/render/rendererChoice';

describe('decideRenderer', () => {
  it('obeys ?renderer= whatever the hardware', () => {
    expect(decideRenderer('webgl', 'SwiftShader').kind).toBe('webgl');
    expect(decideRenderer('canvas', 'NVIDIA GeForce RTX 4070').kind).toBe('canvas');
  });

  it('takes Canvas without WebGL or on a software rasterizer', () => {
    expect(decideRenderer(null, null)).toEqual({
      kind: 'canvas',
      reason: 'WebGL is not available',
    });
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'softpipe',
      'Microsoft Basic Render Driver',
    ])
      expect(decideRenderer(null, name).kind).toBe('canvas');
  });

  it('takes WebGL on a real GPU, and ignores unknown ?renderer= values', () => {
    expect(decideRenderer(null, 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620)').kind).toBe(
      'webgl',
    );
    expect(decideRenderer('vulkan', 'Apple M2').kind).toBe('webgl');
  });
});
