/**
 * The encoded-picture caches (`.cache/embed/`, `.cache/campaign-previews/`): files named by the hash
 * of what they were drawn from, so a hit is always right. A hit is touched, so a build's own
 * pictures are the files newer than its start: CI keeps the caches between runs and removes the
 * others before saving them (.github/workflows/), which keeps the cache the size of one build.
 */
import { existsSync, readFileSync, utimesSync } from 'node:fs';

/** The cached picture's bytes (and marks it used by this build), or undefined on a miss. */
export function cachedPicture(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const now = new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}
