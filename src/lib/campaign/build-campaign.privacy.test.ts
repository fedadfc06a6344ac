import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { findImageMetadata } from '../images/image-metadata';
import { relativeFilesUnder } from '../files';
import { buildCampaign, CAMPAIGN_URL } from './build-campaign';
import { campaignFailure } from './failure';
import { carriesPersonal, metadataLadenImage } from './hostile-media';
import { campaignFolder, HEADER, type CampaignFolder } from './test-campaign';

let directory: string;
let logs: string[];
let options: CampaignFolder['options'];

beforeAll(async () => {
  ({ directory, logs, options } = await campaignFolder());
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
