/**
 * The site's picture for shared links (Open Graph / Twitter card) on pages that have no map
 * picture of their own: 1200 x 630, the site's name and what it shows, and, while the dataset is
 * the demo, a band saying the figures are example data. Self-contained SVG for sharp. Pure.
 */
import { demoBand, DEMO_IMAGE_MARK, IMAGE_HEIGHT, IMAGE_WIDTH } from '../embed/map-image';
import { escapeMarkup } from '../html/escape';

export { DEMO_IMAGE_MARK };

export function shareImageSvg(input: { siteName: string; lines: string[]; demoMark?: string }): string {
  const lines = input.lines.map((line, i) => `<text x="80" y="${360 + i * 48}" font-size="36" fill="#1a1a1a">${escapeMarkup(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" font-family="'DejaVu Sans',Arial,sans-serif">
<title>${escapeMarkup(input.siteName)}</title>
<rect width="100%" height="100%" fill="#fff"/><rect x="0" y="${IMAGE_HEIGHT - 24}" width="${IMAGE_WIDTH}" height="24" fill="#2171b5"/>
<text x="80" y="260" font-size="96" font-weight="700" fill="#08519c">${escapeMarkup(input.siteName)}</text>${lines}
${input.demoMark ? demoBand(input.demoMark) : ''}
</svg>
`;
}
