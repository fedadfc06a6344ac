/**
 * The CSP step on worker threads. Every page is read, hashed and written on its own, and on one
 * thread the step is the build's longest after Astro (about 40 s at 10x), so the build spreads the
 * pages over the machine's cores and goes on with its other post-steps meanwhile
 * (scripts/build-site.ts). Each thread runs `applyCspToPages` (csp.ts) over its share, as one thread would.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CspFigures, CspOptions } from './csp';

/** The policy into each of `files` (HTML files under `dist`), on up to one thread per core. Rejects with the first page's error. */
export async function applyCspInWorkers(dist: string, files: readonly string[], options: CspOptions, threads = availableParallelism()): Promise<CspFigures> {
  const count = Math.max(1, Math.min(threads, files.length));
  // Every nth page per thread: the big pages sit together in a few folders.
  const shares = Array.from({ length: count }, (_, t) => files.filter((_, i) => i % count === t));
  const workers = shares.map((share) => startWorker(dist, share, options));
  try {
    const figures = await Promise.all(workers.map((w) => w.done));
    return { pages: figures.reduce((sum, f) => sum + f.pages, 0), inlineScripts: figures.reduce((sum, f) => sum + f.inlineScripts, 0) };
  } catch (error) {
    // The build fails: the other threads need not finish their pages.
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw error;
  }
}

function startWorker(dist: string, files: string[], options: CspOptions): { worker: Worker; done: Promise<CspFigures> } {
  // The worker is TypeScript like the build: tsx loads it (the build runs under tsx; the tests under Vitest).
  const worker = new Worker(new URL('./csp-worker.ts', import.meta.url), { workerData: { dist, files, options }, execArgv: ['--import', 'tsx'] });
  const done = new Promise<CspFigures>((resolve, reject) => {
    let figures: CspFigures | undefined;
    worker.on('message', (message: CspFigures) => {
      figures = message;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (figures ? resolve(figures) : reject(new Error(`csp: a worker stopped (exit code ${code}) before it finished its pages`))));
  });
  return { worker, done };
}
