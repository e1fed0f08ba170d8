/**
 * Serves the built game (`dist/`) beside the API: GET (and Fastify's HEAD) only, paths kept inside the
 * folder, regular files only, `index.html` for `/`. Vite's hashed `assets/` are cached for good.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.tmj': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

export function serveDist(app: FastifyInstance, distDir: string): void {
  let root: string;
  try {
    root = realpathSync(distDir);
  } catch {
    return;
  }
  app.route({
    method: 'GET',
    url: '/*',
    schema: { hide: true },
    handler: async (req, reply) => {
      let path: string;
      try {
        path = decodeURIComponent((req.url.split('?')[0] ?? '/').replace(/\/+$/, '/'));
      } catch {
        return reply.code(400).send({ error: 'malformed', message: 'bad path' });
      }
      if (path.startsWith('/api/'))
        return reply
          .code(404)
          .send({ error: 'not_found', message: `no API route ${req.method} ${path}` });
      if (path.endsWith('/')) path += 'index.html';
      let file: string;
      try {
        file = realpathSync(join(root, path));
      } catch {
        return reply.code(404).send({ error: 'not_found', message: 'no such file' });
      }
      if (!(file === root || file.startsWith(root + sep)) || !statSync(file).isFile())
        return reply.code(404).send({ error: 'not_found', message: 'no such file' });
      const size = statSync(file).size;
      reply
        .type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
        .header('content-length', size)
        .header(
          'cache-control',
          path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      return reply.send(createReadStream(file));
    },
  });
}
