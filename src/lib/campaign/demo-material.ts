/**
 * Demo campaign material: clean typographic posters and social images as SVG, one manifest row
 * each, for a handful of the catalogue's services. No photos of people, every image says
 * "EKSEMPEL", and a few rows are withdrawn or expired so the consent filter has work to do.
 */
import { stringify } from 'csv-stringify/sync';
import type { CatalogueService } from '../dataset/catalogue';
import { slugify } from '../slug';
import { ASSET_FORMATS, type AssetFormat, type AssetLanguage } from './manifest';
import { escapeMarkup } from '../html/escape';

export const DEMO_MANIFEST_HEADERS = ['Asset-ID', 'Tittel', 'Tjenester', 'Format', 'Språk', 'Fil', 'Kreditering', 'Samtykke', 'Samtykke utløper'];

const TAGLINE: Record<AssetLanguage, string> = {
  nb: 'Gratis med lånekortet ditt',
  nn: 'Gratis med lånekortet ditt',
  se: 'Davvisámegillii',
  sma: 'Åarjelsaemien',
  en: 'Free with your library card',
};

/** Colour pairs with at least 4.5:1 contrast for the text on them. */
const PALETTE = [
  ['#0b3d91', '#ffffff'],
  ['#7a1f5c', '#ffffff'],
  ['#0f5e3a', '#ffffff'],
  ['#f2c14e', '#1a1a1a'],
  ['#1a1a1a', '#ffffff'],
  ['#b8d8e8', '#0b2239'],
] as const;

/** Which material each demo service gets: [format, language, consent, expiry]. */
const SETS: [AssetFormat, AssetLanguage, 'gitt' | 'trukket', string][] = [
  ['poster-a4', 'nb', 'gitt', ''],
  ['poster-a4', 'nn', 'gitt', ''],
  ['poster-a3', 'nb', 'gitt', '2027-12-31'],
  ['feed-1x1', 'nb', 'gitt', ''],
  ['story-9x16', 'nn', 'gitt', ''],
  ['screen-16x9', 'nb', 'gitt', ''],
];

export function demoSvg(serviceName: string, format: AssetFormat, language: AssetLanguage, colourIndex: number): string {
  const { width, height } = ASSET_FORMATS[format];
  const [background, foreground] = PALETTE[colourIndex % PALETTE.length]!;
  const unit = Math.min(width, height) / 10;
  const title = escapeMarkup(serviceName);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    `<rect x="${unit * 0.6}" y="${unit * 0.6}" width="${width - unit * 1.2}" height="${height - unit * 1.2}" fill="none" stroke="${foreground}" stroke-width="${unit * 0.08}"/>`,
    `<g fill="${foreground}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" text-anchor="middle">`,
    `<text x="${width / 2}" y="${height * 0.42}" font-size="${unit * (title.length > 14 ? 0.9 : 1.3)}" font-weight="700">${title}</text>`,
    `<text x="${width / 2}" y="${height * 0.42 + unit * 1.4}" font-size="${unit * 0.6}">${escapeMarkup(TAGLINE[language])}</text>`,
    `<text x="${width / 2}" y="${height - unit * 1.2}" font-size="${unit * 0.45}" font-weight="700" letter-spacing="${unit * 0.05}">EKSEMPEL – BIBLIOTEKET</text>`,
    `</g></svg>`,
    '',
  ].join('\n');
}

export interface DemoMaterial {
  manifestCsv: string;
  /** File name (relative to the manifest's folder) -> SVG text. */
  files: Map<string, string>;
}

export function generateDemoMaterial(services: CatalogueService[]): DemoMaterial {
  const files = new Map<string, string>();
  const rows: string[][] = [];
  services.forEach((service, serviceIndex) => {
    SETS.forEach(([format, language, consent, expires], setIndex) => {
      const id = `demo-${slugify(service.name)}-${format}-${language}`;
      const file = `demo/${id}.svg`;
      files.set(file, demoSvg(service.name, format, language, serviceIndex));
      // Every third service has one withdrawn and one expired asset, to exercise the consent filter.
      const withdrawn = serviceIndex % 3 === 0 && setIndex === 3;
      const expired = serviceIndex % 3 === 1 && setIndex === 2;
      rows.push([
        id,
        `${service.name}: ${ASSET_FORMATS[format].nb} (${language}) – eksempel`,
        service.name,
        format,
        language,
        file,
        'Bibliotek24 (eksempelmateriell, ingen personer avbildet)',
        withdrawn ? 'trukket' : consent,
        expired ? '2025-06-30' : expires,
      ]);
    });
    // North and South Sami posters for the first two services.
    if (serviceIndex < 2) {
      for (const language of ['se', 'sma'] as const) {
        const id = `demo-${slugify(service.name)}-poster-a4-${language}`;
        const file = `demo/${id}.svg`;
        files.set(file, demoSvg(service.name, 'poster-a4', language, serviceIndex));
        rows.push([
          id,
          `${service.name}: Plakat A4 (${language}) – eksempel`,
          service.name,
          'poster-a4',
          language,
          file,
          'Bibliotek24 (eksempelmateriell, ingen personer avbildet)',
          'gitt',
          '',
        ]);
      }
    }
  });
  return { manifestCsv: stringify([DEMO_MANIFEST_HEADERS, ...rows], { record_delimiter: '\n' }), files };
}
