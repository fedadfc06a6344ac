/**
 * Bytes from a source, local or remote, through one door: a path is refused before reading when
 * it is larger than the limit; a URL is downloaded by `downloadSource` (https, credential only to
 * its origin, body bounded by the same limit). The export and the media bank's manifest and
 * files all come in here.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { downloadSource, type DownloadOptions } from './fetch';
import { formatBytes } from './limits';
import { InvalidInputError } from './problems';

export const isUrl = (location: string) => /^https?:\/\//i.test(location);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface SourceBytes {
  bytes: Uint8Array;
  /** The name problems are reported against: the file's name, or a safe file name from the URL (safeFileName). */
  file: string;
  /** Where it came from, as logs may show it: the file's name, or the URL's origin. */
  shownAs: string;
}

export interface ReadSourceOptions {
  /** The largest file or download read; a larger one is refused before (or as soon as) it passes. */
  maxBytes: number;
  /** The setting that raises `maxBytes`, named in the message (e.g. HHH_MAX_SOURCE_MB). */
  maxBytesSetting?: string;
  /** The folder a relative path is read from (default the working directory). */
  directory?: string;
  download?: DownloadOptions;
}

/** A local file, refused (InvalidInputError naming `file`) before reading when it is not a file or too large. */
export function readLocalFile(path: string, options: ReadSourceOptions, file = basename(path)): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InvalidInputError([{ file, message: 'the source is not a file' }]);
    size = stat.size;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError([{ file, message: `the source can't be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
  if (size > options.maxBytes) {
    const setting = options.maxBytesSetting ? ` (${options.maxBytesSetting})` : '';
    throw new InvalidInputError([
      { file, message: `the file is ${formatBytes(size)}, more than the limit of ${formatBytes(options.maxBytes)}${setting}; it was not read` },
    ]);
  }
  return readFileSync(path);
}

/** A local path or an http(s) URL, read within the limit. */
export async function readSource(location: string, options: ReadSourceOptions): Promise<SourceBytes> {
  if (isUrl(location)) {
    const download = await downloadSource(location, { maxBytes: options.maxBytes, maxBytesSetting: options.maxBytesSetting, ...options.download });
    return { bytes: download.bytes, file: download.name, shownAs: download.origin };
  }
  const file = basename(location);
  return { bytes: readLocalFile(resolve(options.directory ?? '.', location), options, file), file, shownAs: file };
}
