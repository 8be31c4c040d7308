// HTTP hygiene against the running app with the built dashboard: compression, caching of hashed assets,
// security headers, no X-Powered-By, no-store downloads, and a 413 that names its own limit.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAppWithDashboard } from './browser/support/browser.ts';
import { bearer, binaryParser, type TestApp } from './support/test-app.ts';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they travelled. */
  wire: Buffer;
  /** The bytes after undoing the content encoding. */
  body: Buffer;
}

const README = readFileSync(path.resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('HTTP hygiene', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startAppWithDashboard();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** A GET without any client-side decoding, so the transferred size can be measured. */
  const get = (url: string, headers: http.OutgoingHttpHeaders = {}): Promise<Raw> =>
    new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const body = encoding === 'br' ? zlib.brotliDecompressSync(wire) : encoding === 'gzip' ? zlib.gunzipSync(wire) : wire;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, body });
        });
      }).on('error', reject);
    });

  const eagerScripts = async () => {
    const html = (await get('/')).body.toString();
    return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  };
  const transferred = async (encoding: string) => {
    let bytes = 0;
    for (const file of await eagerScripts()) {
      const res = await get(file, { 'Accept-Encoding': encoding });
      // The smallest chunk (the module runtime) is below the size worth compressing.
      expect(res.headers['content-encoding']).toBe(res.body.length >= 1024 ? encoding : undefined);
      bytes += res.wire.length;
    }
    return bytes / 1000;
  };

  it('sends the JS before sign-in compressed, and at the size the README states', async () => {
    expect((await eagerScripts()).length).toBeGreaterThan(0);
    const gzipKb = await transferred('gzip');
    const brotliKb = await transferred('br');
    const [, statedGzip, statedBrotli] = README.match(/约 \*\*(\d+) kB gzip、(\d+) kB brotli\*\*/) ?? [];
    expect(Math.abs(gzipKb - Number(statedGzip)) / gzipKb).toBeLessThan(0.1);
    expect(Math.abs(brotliKb - Number(statedBrotli)) / brotliKb).toBeLessThan(0.1);
    expect(brotliKb).toBeLessThan(gzipKb);
  });

  it('prefers brotli for the dashboard and compresses JSON', async () => {
    const index = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    const [script] = await eagerScripts();
    const js = await get(script!, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(js.headers['content-length'])).toBe(js.wire.length);
    const plain = await get(script!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(js.body)).toBe(true);

    const json = await get('/api/docs/openapi.json', { 'Accept-Encoding': 'gzip' });
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(json.wire.length).toBeLessThan(json.body.length / 3);
    expect(JSON.parse(json.body.toString()).openapi).toBe('3.1.0');
  });

  it('caches hashed assets for a year as immutable, and revalidates index.html', async () => {
    const [script] = await eagerScripts();
    expect((await get(script!)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await get('/');
    expect(index.headers['cache-control']).toBe('no-cache');
    const route = await get('/units/12/show');
    expect(route.body.equals(index.body)).toBe(true);
    expect((await get('/', { 'If-None-Match': index.headers.etag! })).status).toBe(304);
    // A missing hashed file is a 404, not the HTML page.
    expect((await get('/assets/missing-0000.js')).status).toBe(404);
  });

  it.each(['/', '/assets/missing-0000.js', '/api/health', '/api/units', '/api/docs'])('sends helmet-level headers on %s', async (url) => {
    const { headers } = await get(url);
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'.*script-src 'self'/);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('keeps the API docs page free of inline scripts', async () => {
    const page = (await get('/api/docs')).body.toString();
    expect(page).not.toMatch(/<script>/);
    expect((await get('/api/docs/init.js')).body.toString()).toMatch(/SwaggerUIBundle/);
  });

  it('sends attachment downloads with no-store', async () => {
    const admin = await t.adminToken();
    const unit = await t.prisma.unit.findFirstOrThrow();
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    const up = await t.http().post('/api/attachments').set(bearer(admin)).field('unitId', String(unit.id)).attach('file', xlsx, '统计表.xlsx');
    expect(up.status).toBe(201);
    const down = await t.http().get(`/api/attachments/${up.body.id}`).set(bearer(admin)).buffer(true).parse(binaryParser);
    expect(down.status).toBe(200);
    expect(down.headers['cache-control']).toBe('no-store');
  });

  it('names the limit that a too large request exceeded', async () => {
    const json = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ username: 'x'.repeat(1_100_000) }));
    expect(json.status).toBe(413);
    expect(json.body.message).toBe('请求内容不能超过 1 MB');
    const admin = await t.adminToken();
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(20 * 1024 * 1024)]);
    const file = await t.http().post('/api/attachments').set(bearer(admin)).attach('file', big, 'big.xlsx');
    expect(file.status).toBe(413);
    expect(file.body.message).toBe('附件不能超过 20 MB');
  });
});
