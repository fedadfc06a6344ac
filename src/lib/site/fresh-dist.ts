/**
 * The site is built into a fresh folder beside dist/ and takes dist/'s place only when every step
 * passed: a build that fails halfway (after Astro, before the CSP) leaves the last good site as it
 * was and no half site behind. The swap is two renames on one file system.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** Where a build of `dist` is made; a crashed build's leftover is removed by the next build. */
export function freshDirectory(dist: string): string {
  return `${dist}.building`;
}

export async function buildIntoFresh<T>(dist: string, build: (directory: string) => Promise<T>): Promise<T> {
  const fresh = freshDirectory(dist);
  const old = `${dist}.replaced`;
  // A build stopped between the two renames left the last good site only under its old name.
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  rmSync(fresh, { recursive: true, force: true });
  let result: T;
  try {
    result = await build(fresh);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (!existsSync(fresh)) throw new Error(`the build wrote nothing to ${fresh}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(fresh, dist);
  rmSync(old, { recursive: true, force: true });
  return result;
}
