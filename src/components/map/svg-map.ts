/**
 * Re-draws the server-rendered SVG for a view: each municipality's shading class, the library
 * marks (lib/geo/marks.ts decides which) and the zoom to a county chosen in the filter.
 */
import type { MapLibrary } from '../../lib/geo/map-data';
import { MARK_SPACING, placedMarks, spreadMarks, type PlacedMark } from '../../lib/geo/marks';
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
 * service page need not carry every school. Marks that would overlap are moved apart and those
 * with the service drawn last (spreadMarks), at `markScale` (the points' scale in a zoomed view).
 * Returns the marks drawn, in drawing order.
 */
export function markLibraries(
  section: HTMLElement,
  svg: SVGSVGElement,
  shaded: ShadedView,
  libraries: Map<string, MapLibrary>,
  national: boolean,
  markScale = 1,
): PlacedMark[] {
  const group = svg.querySelector('.pt')!;
  const marks = new Map([...group.querySelectorAll<SVGUseElement>('use')].map((use) => [use.dataset.id!, use]));
  // From where each library really is (data-x/y keep it once a mark has been moved aside).
  const placed = placedMarks(shaded.points, !national, (id) => {
    const mark = marks.get(id);
    if (mark) return [Number(mark.dataset.x ?? mark.getAttribute('x')), Number(mark.dataset.y ?? mark.getAttribute('y'))];
    return national ? libraries.get(id)?.xy : null;
  });
  const drawn = spreadMarks(placed, MARK_SPACING * markScale);
  const own = new Map(placed.map((p) => [p.id, p]));
  for (const point of drawn) {
    let mark = marks.get(point.id);
    if (!mark) {
      mark = markElement(section, point);
      marks.set(point.id, mark);
    }
    const at = own.get(point.id)!;
    mark.dataset.x = String(at.x);
    mark.dataset.y = String(at.y);
    mark.setAttribute('x', String(point.x));
    mark.setAttribute('y', String(point.y));
    mark.classList.toggle('h', point.has);
    // In drawing order: a mark with the service ends up above any that lack it.
    group.append(mark);
  }
  const shown = new Set(drawn.map((p) => p.id));
  for (const [id, mark] of marks) mark.style.display = shown.has(id) ? '' : 'none';
  return drawn;
}

/** How a zoom to a county's box scales the view, and the viewBox it sets; scale 1 without a box. */
function zoomOf(svg: SVGSVGElement, box: CountyBox | undefined): { scale: number; viewBox: string } {
  const base = svg.dataset.viewBox ?? svg.getAttribute('viewBox')!;
  svg.dataset.viewBox = base;
  if (!box) return { scale: 1, viewBox: base };
  const pad = 10;
  const [width, height] = [box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad];
  // Keep the frame's shape, so the page does not jump when a county is chosen.
  const [, , baseWidth, baseHeight] = base.split(' ').map(Number) as [number, number, number, number];
  const scale = Math.max(width / baseWidth, height / baseHeight);
  const [w, h] = [baseWidth * scale, baseHeight * scale];
  return { scale, viewBox: `${box[0] - pad - (w - width) / 2} ${box[1] - pad - (h - height) / 2} ${w} ${h}` };
}

/** The points' scale in a view zoomed to `box` (about their national size on screen, a little bigger as there is room). */
export function markScaleFor(svg: SVGSVGElement, box: CountyBox | undefined): number {
  return box ? Math.min(1, 1.6 * zoomOf(svg, box).scale) : 1;
}

/** Zooms the SVG's viewBox to a county's box, or back to the whole map without one. */
export function zoomTo(svg: SVGSVGElement, box: CountyBox | undefined): void {
  const { scale, viewBox } = zoomOf(svg, box);
  svg.setAttribute('viewBox', viewBox);
  scaleMarks(svg, markScaleFor(svg, box), scale);
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
