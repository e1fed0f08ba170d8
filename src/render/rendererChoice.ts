/**
 * Which Phaser renderer to start. `?renderer=webgl|canvas` is obeyed as asked; otherwise the
 * game probes WebGL once and takes Canvas when WebGL is missing or drawn by a software
 * rasterizer (SwiftShader, llvmpipe, softpipe, Microsoft Basic Render Driver). Measured in
 * headless Chromium on this project's 2-core machines: Phaser's WebGL on SwiftShader ran the
 * space battle at about 20 fps, the Canvas renderer (drawn by Skia on the CPU) at 60.
 */
export type RendererKind = 'webgl' | 'canvas';

export interface RendererChoice {
  kind: RendererKind;
  /** Why this renderer: shown in the settings panel and by `window.shutdown.state()`. */
  reason: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Pure decision from the URL parameter and the probed WebGL renderer string (null: no WebGL). */
export function decideRenderer(
  requested: string | null,
  glRenderer: string | null,
): RendererChoice {
  if (requested === 'webgl' || requested === 'canvas')
    return { kind: requested, reason: `asked for by ?renderer=${requested}` };
  if (glRenderer === null) return { kind: 'canvas', reason: 'WebGL is not available' };
  if (SOFTWARE.test(glRenderer))
    return { kind: 'canvas', reason: `WebGL is software-rendered (${glRenderer})` };
  return { kind: 'webgl', reason: `hardware WebGL (${glRenderer})` };
}

/** Asks the browser which WebGL renderer it would use, then lets the context go. */
export function probeWebGl(doc: Document = document): string | null {
  try {
    const canvas = doc.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
      | WebGLRenderingContext
      | WebGL2RenderingContext
      | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(
      (info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) ?? '',
    );
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name || 'unknown';
  } catch {
    return null;
  }
}

let chosen: { requested: string | null; choice: RendererChoice } | null = null;

/**
 * The renderer for this page: decided once (the WebGL probe makes a context), so the Phaser
 * build loaded for it (src/render/loadPhaser.ts) and the game started on it agree.
 */
export function chooseRenderer(requested: string | null): RendererChoice {
  if (chosen?.requested === requested) return chosen.choice;
  const choice =
    requested === 'webgl' || requested === 'canvas'
      ? decideRenderer(requested, null)
      : decideRenderer(requested, probeWebGl());
  chosen = { requested, choice };
  return choice;
}
