// The built dashboard on the same origin. Vite names the files under assets/ by their content's hash, so they
// are cached for a year as immutable; index.html (which names them) is revalidated on every visit. Each file
// is read once and kept in memory with its brotli and gzip forms: the whole build is a couple of MB. The build
// writes those forms at their best compression (`x.js.br`, `x.js.gz`, see dashboard/vite.config.ts), so a server
// just started answers at once; a file without them is compressed on its first request, quickly.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { compress, type Encoding, isCompressible, pickEncoding } from './compression.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface DashboardFile {
  type: string;
  cacheControl: string;
  etag: string;
  body: Buffer;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

const PRECOMPRESSED: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The compressed forms the build wrote next to a file. */
function precompressed(full: string): DashboardFile['encoded'] {
  const encoded: DashboardFile['encoded'] = {};
  for (const [encoding, suffix] of Object.entries(PRECOMPRESSED) as [Encoding, string][]) {
    if (existsSync(full + suffix)) encoded[encoding] = Promise.resolve(readFileSync(full + suffix));
  }
  return encoded;
}

/** Every file of the build, by URL path; read once at start. */
function loadFiles(dir: string): Map<string, DashboardFile> {
  const files = new Map<string, DashboardFile>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    // A compressed form is served in place of its file, not at an address of its own.
    if (/\.(br|gz)$/.test(entry.name) && existsSync(full.replace(/\.(br|gz)$/, ''))) continue;
    const url = `/${path.relative(dir, full).split(path.sep).join('/')}`;
    const body = readFileSync(full);
    files.set(url, {
      type: TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
      etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      body,
      encoded: precompressed(full),
    });
  }
  return files;
}

/** Serves the build; client-side routes (no file of that name, outside assets/) fall back to index.html. */
export function dashboardHandler(dir: string): ((req: Request, res: Response, next: NextFunction) => void) | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const files = loadFiles(dir);
  const index = files.get('/index.html') as DashboardFile;
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    const file = files.get(req.path) ?? (req.path.startsWith('/assets/') ? undefined : index);
    // A missing hashed file (an old build's, say) must not get the HTML page in its place.
    if (!file) return void res.status(404).json({ statusCode: 404, message: '请求的资源不存在' });
    send(req, res, file).catch(next);
  };
}

async function send(req: Request, res: Response, file: DashboardFile): Promise<void> {
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', file.cacheControl);
  res.setHeader('ETag', file.etag);
  const compressible = isCompressible(file.type, file.body.length);
  if (compressible) res.vary('Accept-Encoding');
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(file.etag)) {
    res.status(304).end();
    return;
  }
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null;
  let body = file.body;
  if (encoding) {
    body = await (file.encoded[encoding] ??= compress(file.body, encoding, 'fast'));
    res.setHeader('Content-Encoding', encoding);
  }
  res.setHeader('Content-Length', body.length);
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}
