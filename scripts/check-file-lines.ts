/**
 * Part of `npm run lint`: fails (exit 1) naming every tracked .ts, .tsx, .astro, .mjs or .css file
 * over 300 lines, bar the dictionaries and the generated theme (tools/file-lines.ts says why).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { MAX_LINES, overLong } from '../tools/file-lines';

// Tracked files still on disk (a deletion not yet committed is no longer there to read).
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(f));
const long = overLong(files, (path) => readFileSync(path, 'utf8'));
for (const { path, lines } of long) console.error(`${path}: ${lines} lines, over ${MAX_LINES}: split it by subject`);
if (long.length > 0) process.exit(1);
console.log(`file-lines: no file over ${MAX_LINES} lines`);
