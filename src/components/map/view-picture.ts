/**
 * "Last ned bilde": a PNG of exactly the view shown, made in the browser from the map's SVG and
 * the legend and source line on the page (no server): serialized into one SVG image, drawn on a
 * canvas, saved as PNG. Loaded only on the click (map-client.ts).
 */
import { viewFileName } from '../../lib/geo/view-download';
import type { MapView } from '../../lib/geo/view-state';
import { saveFile } from './save-file';
import { pictureSvg } from './view-picture-svg';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the map picture could not be drawn'));
    image.src = url;
  });
}

/** Reads the view off the page, draws it and hands the PNG to the browser; returns the file's name. */
export async function downloadPicture(section: HTMLElement, svg: SVGSVGElement, view: MapView): Promise<string> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const attribute of ['class', 'role', 'aria-labelledby', 'style']) clone.removeAttribute(attribute);
  const viewBox = (clone.getAttribute('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number);
  const title = (svg.querySelector('title')?.textContent ?? '').replace(/^[^:]*:\s*/, '');
  const legend = [...section.querySelectorAll<HTMLLIElement>('[data-map-legend] > ul:not(.map-points-legend) > li')].map((li) => ({
    cls: li.querySelector('rect')?.getAttribute('class') ?? '',
    label: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
  const sourceElement = section.querySelector('.map-source');
  const demo = sourceElement?.querySelector('strong')?.textContent?.trim() || null;
  const source = (sourceElement?.textContent ?? '')
    .replace(demo ?? '', '')
    .replace(/\s+/g, ' ')
    .trim();
  const picture = pictureSvg({
    title,
    map: new XMLSerializer().serializeToString(clone),
    mapAspect: (viewBox[2] ?? 1) / (viewBox[3] ?? 1),
    legend,
    source,
    demo,
  });
  const svgUrl = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(svgUrl);
    const canvas = document.createElement('canvas');
    canvas.width = picture.width;
    canvas.height = picture.height;
    canvas.getContext('2d')!.drawImage(image, 0, 0, picture.width, picture.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
    const name = `${viewFileName(view)}.png`;
    saveFile(png, name);
    return name;
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
