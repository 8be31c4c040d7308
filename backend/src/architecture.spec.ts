// The import graph between the folders of backend/src (issue 11): no folder imports a folder that imports it
// back, directly or around a longer loop, so each feature can be read, changed and tested from the ones below it.
//
// Shared kernels may be imported by every folder, and import no feature folder themselves (only other kernels):
// - generated  the Prisma client
// - config     the validated configuration
// - clock      the injected "now"
// - database   Prisma, transactions, SQL helpers shared by features
// - domain     the pure rules (dates, periods, statuses, metrics, ranking, score)
// - identity   the signed-in user, role decorators, unit scope, passwords and the password policy
// - common     HTTP plumbing: errors, validation, list queries, downloads, the exception filter
// Files directly in backend/src (app.module.ts, main.ts, app.ts) compose everything and are not a folder.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SRC = import.meta.dirname;
const KERNELS = new Set(['generated', 'config', 'clock', 'database', 'domain', 'identity', 'common']);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every .ts file under backend/src that lives in a folder (the generated client excepted), relative paths. */
function sources(dir = SRC, rel = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return r === 'generated' ? [] : sources(path.join(dir, e.name), r);
    return rel && e.name.endsWith('.ts') ? [r] : [];
  });
}

const folderOf = (rel: string): string | null => (rel.includes('/') ? rel.split('/')[0]! : null);

/** folder → the other folders it imports, from the relative imports (type-only ones included) of each file. */
export function folderGraph(files: readonly string[], read: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file)!;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of read(file).matchAll(IMPORT)) {
      const to = folderOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!)));
      if (to && to !== from && !to.startsWith('..')) edges.add(to);
    }
  }
  return graph;
}

/** One shortest path from → … → to along the graph's edges, or null. */
function shortestPath(graph: Map<string, Set<string>>, from: string, to: string): string[] | null {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
      return path;
    }
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/** For every import a → b that some path b → … → a closes, the shortest such loop, written `a → b → … → a`. */
export function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  for (const [a, targets] of graph) {
    for (const b of targets) {
      const back = shortestPath(graph, b, a);
      if (!back) continue;
      const loop = [a, ...back.slice(0, -1)];
      const start = loop.indexOf([...loop].sort()[0]!);
      const rotated = [...loop.slice(start), ...loop.slice(0, start)];
      found.add([...rotated, rotated[0]].join(' → '));
    }
  }
  return [...found].sort();
}

/** Kernel folders that import a feature folder: `kernel → feature`. */
export function kernelLeaks(graph: Map<string, Set<string>>): string[] {
  return [...graph]
    .filter(([folder]) => KERNELS.has(folder))
    .flatMap(([folder, targets]) => [...targets].filter((t) => !KERNELS.has(t)).map((t) => `${folder} → ${t}`))
    .sort();
}

describe('the import graph of backend/src', () => {
  const fake: Record<string, string> = {
    'a/a.service.ts': "import { B } from '../b/b.ts';\nimport type { D } from '../d/d.ts';",
    'b/b.ts': "export { C } from '../c/c.ts';\nimport { A } from './inner/x.ts';",
    'c/c.ts': "const a = await import('../a/a.service.ts');",
    'd/deep/d.ts': "import { X } from '../../e/e.ts';",
    'e/e.ts': "import { D } from '../d/deep/d.ts';",
    'domain/x.ts': "import { A } from '../a/a.service.ts';",
  };
  const fakeGraph = folderGraph(Object.keys(fake), (f) => fake[f]!);

  it('reads static, re-exported, dynamic and nested relative imports', () => {
    expect([...fakeGraph.get('a')!].sort()).toEqual(['b', 'd']);
    expect([...fakeGraph.get('b')!]).toEqual(['c']);
    expect([...fakeGraph.get('d')!]).toEqual(['e']);
  });

  it('names every loop once, however long, and every kernel that imports a feature', () => {
    expect(cycles(fakeGraph)).toEqual(['a → b → c → a', 'd → e → d']);
    expect(kernelLeaks(fakeGraph)).toEqual(['domain → a']);
  });

  const graph = folderGraph(sources(), (f) => readFileSync(path.join(SRC, f), 'utf8'));

  it('has no cycle between folders', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles(graph)).toEqual([]);
  });

  it('lets the shared kernels import only other kernels', () => {
    expect(kernelLeaks(graph)).toEqual([]);
  });
});
