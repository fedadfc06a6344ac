/**
 * Re-draws the server-rendered SVG for a view: each municipality's shading class, the library
 * marks (lib/geo/marks.ts decides which) and the zoom to a county chosen in the filter.
 */
import type { MapLibrary } from '../../lib/geo/map-data';
import { placedMarks, type PlacedMark } from '../../lib/geo/marks';
import type { ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';
import { markElement } from './map-templates';
import type { CountyBox } from './types';

export function shadeMunicipalities(svg: SVGSVGElement, view: MapView, shaded: ShadedView, selected: string | undefined): void {
  const out = (n: string) => !!view.countyNumber && !n.startsWith(view.countyNumber);
  for (const [n, shade] of shaded.shades) {
    const path = svg.querySelector(`#m${n}`);
    if (path) path.setAttribute('class', shade.cls + (n === selected ? ' sel' : '') + (out(n) ? ' out' : ''));
  }
}

/**
 * Marks the libraries the view lists. The build drew those of the page's own view; on the
 * national map others are added at their national position (MapLibrary.xy), so a national
 * service page need not carry every school. Returns the marks drawn, in list order.
 */
export function markLibraries(
  section: HTMLElement,
  svg: SVGSVGElement,
  shaded: ShadedView,
  libraries: Map<string, MapLibrary>,
  national: boolean,
): PlacedMark[] {
  const group = svg.querySelector('.pt')!;
  const marks = new Map([...group.querySelectorAll<SVGUseElement>('use')].map((use) => [use.dataset.id!, use]));
  const drawn = placedMarks(shaded.points, !national, (id) => {
    const mark = marks.get(id);
    if (mark) return [Number(mark.getAttribute('x')), Number(mark.getAttribute('y'))];
    return national ? libraries.get(id)?.xy : null;
  });
  for (const point of drawn) {
    let mark = marks.get(point.id);
    if (!mark) {
      mark = markElement(section, point);
      group.append(mark);
      marks.set(point.id, mark);
    }
    mark.classList.toggle('h', point.has);
  }
  const shown = new Set(drawn.map((p) => p.id));
  for (const [id, mark] of marks) mark.style.display = shown.has(id) ? '' : 'none';
  return drawn;
}

/** Zooms the SVG's viewBox to a county's box, or back to the whole map without one. */
export function zoomTo(svg: SVGSVGElement, box: CountyBox | undefined): void {
  const base = svg.dataset.viewBox ?? svg.getAttribute('viewBox')!;
  svg.dataset.viewBox = base;
  if (!box) {
    svg.setAttribute('viewBox', base);
    scaleMarks(svg, 1, 1);
    return;
  }
  const pad = 10;
  const [width, height] = [box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad];
  // Keep the frame's shape, so the page does not jump when a county is chosen.
  const [, , baseWidth, baseHeight] = base.split(' ').map(Number) as [number, number, number, number];
  const scale = Math.max(width / baseWidth, height / baseHeight);
  const [w, h] = [baseWidth * scale, baseHeight * scale];
  svg.setAttribute('viewBox', `${box[0] - pad - (w - width) / 2} ${box[1] - pad - (h - height) / 2} ${w} ${h}`);
  scaleMarks(svg, Math.min(1, 1.6 * scale), scale);
}

/**
 * Zooming the viewBox enlarges everything drawn in map units; points (about their national
 * size on screen, a little bigger as there is room) and the hatch keep their size instead.
 */
function scaleMarks(svg: SVGSVGElement, points: number, hatch: number): void {
  for (const use of svg.querySelectorAll<SVGUseElement>('.pt use')) {
    const [x, y] = [use.getAttribute('x'), use.getAttribute('y')];
    if (points === 1) use.removeAttribute('transform');
    else use.setAttribute('transform', `translate(${x} ${y}) scale(${points}) translate(${-Number(x)} ${-Number(y)})`);
  }
  svg.querySelector('#map-hatch')?.setAttribute('patternTransform', `rotate(45) scale(${hatch})`);
}
