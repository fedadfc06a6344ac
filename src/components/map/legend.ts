/** Re-writes the map's legend for a view: title, one entry per class, point kinds and the summary line. */
import type { Lang } from '../../lib/i18n/lang';
import { listsHoldersOnly } from '../../lib/geo/marks';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import type { ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';
import { legendItem } from './map-templates';

export function paintLegend(section: HTMLElement, lang: Lang, view: MapView, shaded: ShadedView): void {
  const t = MAP_STRINGS[lang];
  const legend = section.querySelector<HTMLElement>('[data-map-legend]')!;
  legend.querySelector('.map-legend-title')!.textContent = t.legendTitle[view.mode];
  const list = legend.querySelector('ul')!;
  // Legend swatches use the pattern and classes defined in the map's own SVG.
  list.replaceChildren(...shaded.legend.map((item) => legendItem(section, item.cls, item.label, `(${t.municipalitiesCount(item.count)})`)));
  for (const li of legend.querySelectorAll<HTMLElement>('[data-point-kind]')) li.hidden = view.kind !== 'all' && li.dataset.pointKind !== view.kind;
  // A national map of one service marks only the libraries that have it (see lib/geo/marks.ts).
  const lacks = legend.querySelector<HTMLElement>('[data-point-lacks]');
  if (lacks) lacks.hidden = listsHoldersOnly(view);
  let summary = legend.querySelector<HTMLElement>('.map-summary');
  if (shaded.summary) {
    if (!summary) list.after((summary = Object.assign(document.createElement('p'), { className: 'map-summary' })));
    summary.textContent = shaded.summary;
  } else summary?.remove();
}
