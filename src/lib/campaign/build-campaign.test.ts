import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../pull/problems';
import { buildCampaign, PREVIEW_WIDTHS, type CampaignIndex } from './build-campaign';
import { demoSvg } from './demo-material';

const services = [
  { id: 'pressreader', slug: 'pressreader', name: 'PressReader' },
  { id: 'filmbib', slug: 'filmbib', name: 'Filmbib' },
];
const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';
let directory: string;
let index: CampaignIndex;
const logs: string[] = [];

function options(manifest: string) {
  return {
    manifest,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services,
    buildDate: '2026-11-25',
    log: (line: string) => logs.push(line),
  };
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'campaign-'));
  mkdirSync(join(directory, 'media'));
  writeFileSync(join(directory, 'media', 'poster.svg'), demoSvg('PressReader', 'poster-a4', 'nb', 0));
  writeFileSync(join(directory, 'media', 'screen.png'), await sharp({ create: { width: 1920, height: 1080, channels: 3, background: '#0b3d91' } }).png().toBuffer());
  writeFileSync(join(directory, 'media', 'secret-face.png'), await sharp({ create: { width: 800, height: 800, channels: 3, background: '#ff0000' } }).png().toBuffer());
  writeFileSync(
    join(directory, 'media', 'manifest.csv'),
    [
      HEADER,
      'poster,Plakat,PressReader,poster-a4,nb,poster.svg,Design: Bibliotek24,gitt,',
      'screen,Skjerm,PressReader|Filmbib,screen-16x9,nn,screen.png,Foto: NTB,gitt,2027-01-01',
      'face,Portrett,PressReader,feed-1x1,nb,secret-face.png,Foto: NTB,trukket,',
    ].join('\n'),
  );
  index = await buildCampaign(options(join(directory, 'media', 'manifest.csv')));
});

describe('buildCampaign', () => {
  const files = () => readdirSync(join(directory, 'out', 'files')).sort();

  it('publishes the assets with valid consent and says what it left out', () => {
    expect(index.assets.map((a) => a.id)).toEqual(['poster', 'screen']);
    expect(index.excluded).toEqual({ withdrawn: 1, expired: 0 });
    expect(logs.join('\n')).toContain('left out face (row 4): consent withdrawn');
  });

  it('leaves no file of a withdrawn asset in the output', () => {
    expect(files().filter((f) => f.includes('face'))).toEqual([]);
    const secret = readFileSync(join(directory, 'media', 'secret-face.png'));
    for (const file of files()) expect(readFileSync(join(directory, 'out', 'files', file)).equals(secret)).toBe(false);
  });

  it('keeps the original and records its real dimensions', async () => {
    const poster = index.assets.find((a) => a.id === 'poster')!;
    expect([poster.width, poster.height]).toEqual([1240, 1754]);
    expect(poster.original).toMatchObject({ href: '/kampanjer/filer/poster.svg', type: 'image/svg+xml' });
    expect(readFileSync(join(directory, 'out', 'files', 'poster.svg'), 'utf8')).toContain('PressReader');
  });

  it('renders previews in AVIF, WebP and JPEG at each width with the original\'s proportions', async () => {
    for (const asset of index.assets) {
      expect(asset.previews.map((p) => p.width)).toEqual([...PREVIEW_WIDTHS]);
      for (const preview of asset.previews) {
        for (const [format, href] of Object.entries(preview.src)) {
          const meta = await sharp(join(directory, 'out', 'files', href.split('/').pop()!)).metadata();
          expect(meta.format).toBe(format === 'avif' ? 'heif' : format);
          expect(meta.width).toBe(preview.width);
          expect(meta.height).toBe(preview.height);
          expect(Math.abs(meta.height! / meta.width! - asset.height / asset.width)).toBeLessThan(0.01);
        }
      }
    }
  });

  it('zips each service\'s originals', () => {
    const pressreader = index.zips.find((z) => z.serviceId === 'pressreader')!;
    const entries = unzipSync(readFileSync(join(directory, 'out', 'files', pressreader.href.split('/').pop()!)));
    expect(Object.keys(entries).sort()).toEqual(['poster.svg', 'screen.png']);
    expect(index.zips.find((z) => z.serviceId === 'filmbib')!.assets).toBe(1);
  });

  it('drops an asset at the next build once its consent is withdrawn', async () => {
    const manifest = join(directory, 'media', 'manifest.csv');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('Foto: NTB,gitt,2027-01-01', 'Foto: NTB,trukket,2027-01-01'));
    const next = await buildCampaign(options(manifest));
    expect(next.assets.map((a) => a.id)).toEqual(['poster']);
    expect(files().filter((f) => f.startsWith('screen'))).toEqual([]);
  });

  it('reports a file that is missing or not an image with its row', async () => {
    const manifest = join(directory, 'media', 'broken.csv');
    writeFileSync(manifest, [HEADER, 'x,X,PressReader,poster-a4,nb,missing.png,NTB,gitt,'].join('\n'));
    const error = await buildCampaign(options(manifest)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain('broken.csv, row 2, column "Fil": the file "missing.png" could not be read as an image');
  });
});
