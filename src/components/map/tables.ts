/**
 * Re-writes the map's accessible tables for a view: the municipality table's values and the
 * library table, which lists the same libraries as the marks (rows added as the build writes them).
 */
import type { Lang } from '../../lib/i18n/lang';
import { compareNames } from '../../lib/i18n/format';
import type { MapLibrary } from '../../lib/geo/map-data';
import { libraryKindText, libraryListText, type PointMark } from '../../lib/geo/marks';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { legendHeading, type ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';
import { entityUrl } from '../../lib/site/urls';
import { libraryRow } from './map-templates';

export function paintMunicipalityTable(section: HTMLElement, lang: Lang, view: MapView, shaded: ShadedView): void {
  const t = MAP_STRINGS[lang];
  section.querySelector('[data-map-caption]')!.textContent = t.tableCaption(shaded.title);
  section.querySelector('[data-map-value-heading]')!.textContent = legendHeading(view, lang);
  for (const row of section.querySelectorAll<HTMLTableRowElement>('tr[data-m]')) {
    const n = row.dataset.m!;
    row.hidden = !!view.countyNumber && !n.startsWith(view.countyNumber);
    const cell = row.cells[2];
    const shade = shaded.shades.get(n);
    if (cell && shade) cell.textContent = shade.text;
    // The number behind the text: the embed's filtered CSV writes it in the same column as the full CSV.
    if (shade) row.dataset.v = String(shade.value);
  }
}

export function paintLibraryTable(section: HTMLElement, lang: Lang, view: MapView, drawn: PointMark[], libraries: Map<string, MapLibrary>): void {
  const details = section.querySelector<HTMLDetailsElement>('.map-libraries')!;
  const body = details.querySelector('tbody')!;
  const rows = new Map([...body.querySelectorAll<HTMLTableRowElement>('tr[data-l]')].map((row) => [row.dataset.l!, row]));
  let added = false;
  for (const point of drawn) {
    let row = rows.get(point.id);
    const library = libraries.get(point.id);
    if (!row && library) {
      const kind = libraryKindText(lang, library.kind);
      row = body.appendChild(libraryRow(section, { id: point.id, href: entityUrl(lang, 'library', library.slug), name: library.name, kind, text: point.text }));
      rows.set(point.id, row);
      added = true;
    }
    if (row) row.cells[2]!.textContent = point.text;
  }
  if (added) {
    // In the build's order.
    const byName = compareNames(lang);
    body.append(...[...rows.values()].sort((a, b) => byName(a.cells[0]!.textContent!, b.cells[0]!.textContent!)));
  }
  const shown = new Set(drawn.map((p) => p.id));
  for (const [id, row] of rows) row.hidden = !shown.has(id);
  details.hidden = drawn.length === 0;
  const text = libraryListText(lang, view, drawn.length);
  details.querySelector('[data-map-libraries-summary]')!.textContent = text.summary;
  section.querySelector('[data-map-library-heading]')!.textContent = text.valueHeading;
}
