/** One worker thread of csp-in-workers.ts: the policy into its share of the pages, then their figures back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readSharedFrom } from '../embed/frozen-store';
import { applyCspToPage, type CspOptions } from './csp';

const { dist, files, options } = workerData as { dist: string; files: string[]; options: CspOptions };
const readShared = readSharedFrom(dist);
let inlineScripts = 0;
for (const file of files) inlineScripts += applyCspToPage(file, options, readShared);
parentPort!.postMessage({ pages: files.length, inlineScripts });
