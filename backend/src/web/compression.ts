// gzip / brotli with Node's zlib (no `compression` package): the dashboard's files are compressed once and
// kept (see dashboard.ts), the API's JSON and pages on the way out.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;
/** Below this, the headers and the work cost more than they save. */
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding to answer with: brotli when the client takes it, else gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  return accepted.has('gzip') || accepted.has('*') ? 'gzip' : null;
}

export const isCompressible = (contentType: string | undefined, size: number) =>
  size >= MIN_BYTES && COMPRESSIBLE.test(contentType ?? '');

/**
 * Above this, an API answer (compressed on each request, never kept) takes the fastest level: at 3 MB of JSON (a
 * ranking of 10,000 units) gzip 6 costs ~12 ms and brotli 4 ~11 ms, level 1 ~4 ms, for an output a third larger.
 */
const LARGE_ANSWER_BYTES = 256 * 1024;

/** `best` for what is compressed once and kept, `fast` for answers compressed on every request, `fastest` for large ones. */
export function compress(body: Buffer, encoding: Encoding, effort: 'best' | 'fast' | 'fastest'): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(body, { level: { best: 9, fast: 6, fastest: 1 }[effort] });
  const quality = { best: 11, fast: 4, fastest: 1 }[effort];
  return brotli(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/**
 * Compresses answers sent in one piece (`res.send` / `res.json`: the API's JSON, the docs page) when the client
 * accepts it. Streamed answers (files) pass unchanged.
 */
export function compressResponses(req: Request, res: Response, next: NextFunction): void {
  const encoding = pickEncoding(req.headers['accept-encoding']);
  const end = res.end.bind(res) as (chunk?: unknown, cb?: () => void) => Response;
  let streamed = false;
  const write = res.write.bind(res);
  res.write = ((...args: Parameters<Response['write']>) => {
    streamed = true;
    return write(...args);
  }) as Response['write'];
  res.end = ((chunk?: unknown, encodingOrCb?: unknown, cb?: () => void) => {
    const done = typeof encodingOrCb === 'function' ? (encodingOrCb as () => void) : cb;
    const charset = typeof encodingOrCb === 'string' ? (encodingOrCb as BufferEncoding) : 'utf8';
    const body = typeof chunk === 'string' ? Buffer.from(chunk, charset) : Buffer.isBuffer(chunk) ? chunk : null;
    const type = res.getHeader('Content-Type')?.toString();
    if (streamed || !body || req.method === 'HEAD' || res.getHeader('Content-Encoding') || !isCompressible(type, body.length)) {
      return end(chunk ?? undefined, done);
    }
    res.vary('Accept-Encoding');
    if (!encoding || /no-transform/.test(res.getHeader('Cache-Control')?.toString() ?? '')) return end(body, done);
    compress(body, encoding, body.length > LARGE_ANSWER_BYTES ? 'fastest' : 'fast').then(
      (out) => {
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', out.length);
        end(out, done);
      },
      () => end(body, done),
    );
    return res;
  }) as Response['end'];
  next();
}
