/** The campaign fuzz tests' shared pieces: a media folder, a build of given manifest rows, and its outcome. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SourceUnreachableError } from '../source/fetch';
import { InvalidInputError } from '../source/problems';
import { quickDownload } from '../source/test-servers';
import { buildCampaign } from './build-campaign';
import { campaignFailure } from './failure';
import { HEADER } from './test-campaign';

const SERVICES = [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }];
/** Each test adds its own number, so a failure replays alone. */
export const SEED = 2911;
/** A small PNG to publish. */
export function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer();
}

export function folder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-fuzz-'));
  mkdirSync(join(directory, 'media'));
  return directory;
}

export function build(directory: string, rows: string[], manifest = join(directory, 'media', 'manifest.csv'), download = quickDownload([])) {
  if (!/^https?:/.test(manifest)) writeFileSync(manifest, [HEADER, ...rows].join('\n'));
  return buildCampaign({
    manifest,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services: SERVICES,
    buildDate: '2026-11-25',
    download,
  });
}

/** The build's outcome: published, or a documented refusal; anything else fails the test. */
export async function outcome(promise: Promise<unknown>): Promise<{ code: 0 | 2 | 3; message: string }> {
  try {
    await promise;
    return { code: 0, message: '' };
  } catch (error) {
    if (!(error instanceof InvalidInputError) && !(error instanceof SourceUnreachableError)) throw new Error(`crashed: ${(error as Error).stack}`);
    return campaignFailure(error);
  }
}

export const row = (id: string, file: string) => `${id},T,PressReader,web-16x9,nb,${file},Foto: NTB,gitt,`;
