import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import zlib, { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** Gzip budget of the JS index.html loads before anything else (login page included). */
const EAGER_BUDGET_KB = 100;

/** A build step run on the output folder once the bundle is written. */
const afterBuild = (name: string, run: (outDir: string) => void | Promise<void>): Plugin => {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => run(outDir),
  };
};

/**
 * After the build, prints the gzip size of the JS that index.html loads eagerly: its module
 * scripts and the chunks it preloads. Everything else is fetched on demand.
 */
const reportEagerSize = (): Plugin =>
  afterBuild('report-eager-js-size', (outDir) => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const files = [
      ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ].map((m) => m[1]);
    let raw = 0;
    let gzip = 0;
    for (const file of new Set(files)) {
      const code = readFileSync(join(outDir, file.replace(/^\//, '')));
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
    }
    const kb = (n: number) => (n / 1024).toFixed(1);
    const line = `eager JS (loaded by index.html, ${files.length} files): ${kb(raw)} kB, gzip ${kb(gzip)} kB`;
    console.log(`\n${line}${gzip / 1024 > EAGER_BUDGET_KB ? `  — over the ${EAGER_BUDGET_KB} kB budget` : ''}`);
  });

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes each text file of the build compressed at its best next to it (`x.js.br`, `x.js.gz`): the server
 * (backend/src/web/dashboard.ts) serves those, so a server just started never spends a second of brotli on the
 * first visitor's request.
 */
const precompress = (): Plugin =>
  afterBuild('precompress', async (outDir) => {
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|css|html|svg|json|txt)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    await Promise.all(
      files.map(async (file) => {
        const body = readFileSync(file);
        if (body.length < 1024) return; // the server sends these as they are
        const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length };
        writeFileSync(`${file}.br`, await brotli(body, { params }));
        writeFileSync(`${file}.gz`, await gzip(body, { level: 9 }));
      }),
    );
  });

const inNodeModules = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  plugins: [react(), reportEagerSize(), precompress()],
  // The contract package (@credit/contract) is bundled from its TypeScript sources.
  resolve: { conditions: ['@credit/source', ...defaultClientConditions] },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Before login index.html loads React, the login screen and the little vendor code it needs
            // ($initial: statically reachable from index.html); nothing of MUI or react-admin's UI.
            { name: 'vendor-react', tags: ['$initial'], priority: 40, test: /[\\/]node_modules[\\/]/ },
            // Loaded once, after sign-in, and cached across releases of the application code.
            { name: 'vendor-mui', priority: 35, test: inNodeModules('@mui|@emotion|@popperjs|stylis|react-transition-group|@babel|use-sync-external-store|eventemitter3') },
            { name: 'vendor-admin', priority: 10, test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
