/**
 * The media folder the buildCampaign tests share: a poster (SVG), a screen picture and a withdrawn
 * portrait, in a manifest, and the build's options with a log the tests read.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { demoSvg } from './demo-material';

/** The manifest's header row, as editors' spreadsheets have it. */
export const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';

const services = [
  { id: 'pressreader', slug: 'pressreader', name: 'PressReader' },
  { id: 'filmbib', slug: 'filmbib', name: 'Filmbib' },
];

export interface CampaignFolder {
  directory: string;
  /** What the build logged, in order; a test may empty it. */
  logs: string[];
  options: (manifest: string) => {
    manifest: string;
    demoManifestPath: string;
    outputDirectory: string;
    previewCacheDirectory: string;
    services: typeof services;
    buildDate: string;
    log: (line: string) => void;
  };
}

/** A new folder with media/ and media/manifest.csv (poster, screen, a withdrawn face). */
export async function campaignFolder(): Promise<CampaignFolder> {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-'));
  const logs: string[] = [];
  const options = (manifest: string) => ({
    manifest,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services,
    buildDate: '2026-11-25',
    log: (line: string) => logs.push(line),
  });
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
  return { directory, logs, options };
}
