/** Re-writes the map's legend for a view: title, one entry per class, the rows for the drawn marks and the summary. */
import type { Lang } from '../../lib/i18n/lang';
import { markLegend, markSymbol, type PointMark } from '../../lib/geo/marks';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { legendHeading, type ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';
import { legendItem } from './map-templates';

export function paintLegend(section: HTMLElement, lang: Lang, view: MapView, shaded: ShadedView, drawn: readonly PointMark[]): void {
  const t = MAP_STRINGS[lang];
  const legend = section.querySelector<HTMLElement>('[data-map-legend]')!;
  legend.querySelector('.map-legend-title')!.textContent = legendHeading(view, lang);
  const list = legend.querySelector('ul')!;
  // Legend swatches use the pattern and classes defined in the map's own SVG.
  list.replaceChildren(...shaded.legend.map((item) => legendItem(section, item.cls, item.label, `(${t.municipalitiesCount(item.count)})`)));
  // Rows only for what the map draws (the same rule as the build: markLegend).
  const rows = markLegend(drawn);
  const points = legend.querySelector<HTMLElement>('.map-points-legend');
  if (points) {
    points.hidden = drawn.length === 0;
    const symbol = markSymbol(rows.school ? 'school' : 'public');
    for (const li of points.querySelectorAll<HTMLElement>('[data-point-row]')) {
      const row = li.dataset.pointRow as keyof typeof rows;
      li.hidden = !rows[row];
      if (row === 'has' || row === 'lacks') li.querySelector('use')?.setAttribute('href', symbol);
    }
  }
  let summary = legend.querySelector<HTMLElement>('.map-summary');
  if (shaded.summary) {
    if (!summary) list.after((summary = Object.assign(document.createElement('p'), { className: 'map-summary' })));
    summary.textContent = shaded.summary;
  } else summary?.remove();
}
