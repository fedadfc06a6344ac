/**
 * A standalone SVG picture of a map view (map, title, summary, legend, source) for the Open
 * Graph image, the oEmbed thumbnail and the fallback where the iframe can't show: 1200 x 630,
 * self-contained (no external fonts or links), so sharp can turn it into a PNG. Pure.
 */
import type { ShadeClass } from '../geo/palette';
import { CLASS_FILL, HATCH_STROKE, NONE_FILL, type LegendItem } from '../geo/shading';
import type { MapShape } from '../geo/map-geometry';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './builder';
import { escapeMarkup } from '../html/escape';
import { wrap } from '../images/text-wrap';

export { IMAGE_HEIGHT, IMAGE_WIDTH };

export interface MapImageInput {
  width: number;
  height: number;
  municipalities: ReadonlyArray<MapShape & { cls?: ShadeClass }>;
  countyBorders: string;
  /** Limit the view to a box of the geometry (a county), [x0, y0, x1, y1]. */
  box?: [number, number, number, number];
  title: string;
  summary: string;
  legend: readonly LegendItem[];
  source: string;
  /** Set while the dataset is the demo: a band saying the picture shows example data. */
  demoMark?: string;
}

/** Said on every picture of demo data, in bokmål and English (one PNG serves every language). */
export const DEMO_IMAGE_MARK = 'EKSEMPELDATA · EXAMPLE DATA: fiktive abonnementer / fictitious subscriptions';
const DEMO_BAND_HEIGHT = 44;

/** The demo band of a 1200 x 630 picture: a dark bar across the top, readable at thumbnail size (white text by style: the picture's `text` rule would win over a fill attribute). */
export function demoBand(mark: string): string {
  return `<g class="demo-mark"><rect x="0" y="0" width="${IMAGE_WIDTH}" height="${DEMO_BAND_HEIGHT}" fill="#7a1f00"/><text x="${IMAGE_WIDTH / 2}" y="30" text-anchor="middle" font-family="'DejaVu Sans',Arial,sans-serif" font-size="22" font-weight="700" style="fill:#fff">${escapeMarkup(mark)}</text></g>`;
}

export function mapImageSvg(input: MapImageInput): string {
  const [x0, y0, x1, y1] = input.box ?? [0, 0, input.width, input.height];
  const pad = Math.max(x1 - x0, y1 - y0) * 0.03;
  const viewBox = `${x0 - pad} ${y0 - pad} ${x1 - x0 + 2 * pad} ${y1 - y0 + 2 * pad}`;
  const classStyle = (Object.entries(CLASS_FILL) as Array<[ShadeClass, string]>)
    .map(([cls, fill]) => `.${cls}{fill:${fill.replace('#map-hatch', '#h')}}`)
    .join('');
  const textX = 560;
  // Below the demo band when there is one.
  const top = input.demoMark ? DEMO_BAND_HEIGHT : 0;
  let y = 80 + top;
  const text: string[] = [];
  for (const line of wrap(input.title, 34)) {
    text.push(`<text x="${textX}" y="${y}" class="t">${escapeMarkup(line)}</text>`);
    y += 44;
  }
  y += 10;
  for (const line of wrap(input.summary, 48)) {
    text.push(`<text x="${textX}" y="${y}" class="s">${escapeMarkup(line)}</text>`);
    y += 32;
  }
  y += 20;
  for (const item of input.legend) {
    text.push(
      `<rect x="${textX}" y="${y - 20}" width="36" height="24" class="${item.cls}" stroke="#555"/><text x="${textX + 48}" y="${y}" class="l">${escapeMarkup(`${item.label} (${item.count})`)}</text>`,
    );
    y += 36;
  }
  const sourceLines = wrap(input.source, 60);
  sourceLines.forEach((line, i) =>
    text.push(`<text x="${textX}" y="${IMAGE_HEIGHT - 24 - (sourceLines.length - 1 - i) * 24}" class="c">${escapeMarkup(line)}</text>`),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}">
<title>${escapeMarkup(input.title)}</title>
<defs><style>${classStyle}.m path{stroke:#fff;stroke-width:.5;stroke-linejoin:round}.cb{fill:none;stroke:#222;stroke-width:1}text{font-family:'DejaVu Sans',Arial,sans-serif;fill:#1a1a1a}.t{font-size:36px;font-weight:700}.s{font-size:24px}.l{font-size:22px}.c{font-size:18px;fill:#555}</style>
<pattern id="h" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NONE_FILL}"/><path d="M0 0v6" stroke="${HATCH_STROKE}" stroke-width="2"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
<svg x="20" y="${20 + top}" width="520" height="${590 - top}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet"><g class="m">${input.municipalities.map((m) => `<path class="${m.cls ?? 'na'}" d="${m.d}"/>`).join('')}</g><path class="cb" d="${input.countyBorders}"/></svg>
${text.join('\n')}
${input.demoMark ? demoBand(input.demoMark) : ''}
</svg>
`;
}
