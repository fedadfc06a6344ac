/** One worker thread of csp-in-workers.ts: the policy into its share of the pages, then their figures back. */
import { parentPort, workerData } from 'node:worker_threads';
import { applyCspToPages, type CspOptions } from './csp';

const { dist, files, options } = workerData as { dist: string; files: string[]; options: CspOptions };
parentPort!.postMessage(applyCspToPages(dist, files, options));
