/**
 * The painted game art, kept between visits: every texture `bakeCanvas` paints is stored as a
 * PNG in Cache Storage under the art's version (a hash of the art's source, made at build time:
 * `__ART_VERSION__` in vite.config.ts), and a later visit draws the stored picture instead of
 * painting it again. Decoding (`createImageBitmap`) and encoding (`toBlob`) run off the main
 * thread. Caches of other art versions are deleted. Without Cache Storage (an insecure origin,
 * a private window that refuses it) everything is painted as before.
 */
declare const __ART_VERSION__: string;

const PREFIX = 'shutdown-art-';
const url = (key: string) => `/__art/${encodeURIComponent(key)}.png`;

export class ArtCache {
  private constructor(
    private readonly cache: Cache | null,
    private readonly stored: Map<string, ImageBitmap>,
  ) {}

  /** Reads every stored picture of this art version (at most `timeoutMs`; then none). */
  static async open(timeoutMs = 3000): Promise<ArtCache> {
    const name = `${PREFIX}${__ART_VERSION__}`;
    if (typeof caches === 'undefined') return new ArtCache(null, new Map());
    const read = async () => {
      for (const old of await caches.keys())
        if (old.startsWith(PREFIX) && old !== name) void caches.delete(old);
      const cache = await caches.open(name);
      const stored = new Map<string, ImageBitmap>();
      await Promise.all(
        (await cache.keys()).map(async (request) => {
          const response = await cache.match(request);
          const key = decodeURIComponent(new URL(request.url).pathname.slice(7, -4));
          if (response) stored.set(key, await createImageBitmap(await response.blob()));
        }),
      );
      return new ArtCache(cache, stored);
    };
    const late = new Promise<ArtCache>((resolve) =>
      setTimeout(() => resolve(new ArtCache(null, new Map())), timeoutMs),
    );
    try {
      return await Promise.race([read(), late]);
    } catch {
      return new ArtCache(null, new Map());
    }
  }

  /** The stored picture of texture `key` at `w`×`h`, if this visit has one. */
  /** Whether a picture of `key` was kept (its size is checked by `get`). */
  has(key: string): boolean {
    return this.stored.has(key);
  }

  get(key: string, w: number, h: number): ImageBitmap | undefined {
    const bitmap = this.stored.get(key);
    return bitmap && bitmap.width === w && bitmap.height === h ? bitmap : undefined;
  }

  /** Keeps the picture just painted for the next visit (encoded in the background). */
  keep(key: string, canvas: HTMLCanvasElement): void {
    const cache = this.cache;
    if (!cache) return;
    canvas.toBlob((blob) => {
      if (blob)
        cache
          .put(url(key), new Response(blob, { headers: { 'content-type': 'image/png' } }))
          .catch(() => {});
    }, 'image/png');
  }
}
