/**
 * The embeddable widgets: which default views are pre-rendered under `/embed/` (the national
 * breadth map, each service, each county), their paths (latest and frozen per dataset
 * version), the one-sentence summary and the CSV of exactly what a view shows. Pure.
 */
import type { Lang } from '../i18n/lang';
import { countyPath, servicePath, widgetKey } from '../site/urls';
import type { MapData } from '../geo/map-data';
import type { ShadedView } from '../geo/shading';
import type { MapView } from '../geo/view-state';
import { EMBED_STRINGS } from './strings';
import { csvText } from '../open-data/csv';

export interface EmbedWidget {
  /** Path inside `/embed/…/`: '' (Norway), `tjenester/<slug>/`, `fylker/<slug>/`. */
  key: string;
  view: Omit<MapView, 'year' | 'kind'> & { kind?: MapView['kind'] };
  /** The full page the widget links to (language-neutral). */
  fullPath: string;
}

export interface EmbedSource {
  services: ReadonlyArray<{ id: string; slug: string; recorded?: boolean }>;
  counties: ReadonlyArray<{ number: string; slug: string }>;
}

export function embedWidgets(source: EmbedSource): EmbedWidget[] {
  return [
    { key: '', view: { mode: 'breadth' }, fullPath: '/' },
    // A service the ordering system does not record has no map: it would show every municipality as lacking it.
    ...source.services
      .filter((s) => s.recorded !== false)
      .map((s) => ({
        key: widgetKey({ service: s.slug }),
        view: { mode: 'service' as const, serviceId: s.id },
        fullPath: servicePath(s.slug),
      })),
    ...source.counties.map((c) => ({
      key: widgetKey({ county: c.slug }),
      view: { mode: 'breadth' as const, countyNumber: c.number },
      fullPath: countyPath(c.slug),
    })),
  ];
}

/** The dataset version a frozen URL names: a prefix of the source export's SHA-256. */
export function datasetVersion(sourceSha256: string): string {
  return sourceSha256.slice(0, 12);
}

/** The figures a view's summary states, from its shading (the same the map and table show). */
export function embedSummary(data: MapData, view: MapView, shaded: ShadedView, lang: Lang): string {
  const t = EMBED_STRINGS[lang];
  const inView = data.municipalities.filter((m) => !view.countyNumber || m.county === view.countyNumber);
  const total = inView.length;
  const county = view.countyNumber ? data.counties.find((c) => c.n === view.countyNumber)?.name : undefined;
  if (view.mode === 'service') {
    const service = data.services.find((s) => s.id === view.serviceId);
    const offered = inView.filter((m) => shaded.shades.get(m.n)!.value > 0).length;
    return t.serviceSummary(offered, total, service?.name ?? '', view.year, county);
  }
  if (view.mode === 'reach') return shaded.summary ?? '';
  const values = inView.map((m) => shaded.shades.get(m.n)!.value);
  const withAny = values.filter((v) => v > 0).length;
  const median = [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
  return t.breadthSummary(withAny, total, median, view.year, county);
}

/** The rows a view's table shows: municipality, county and the value column, in table order. */
export interface CsvRow {
  kommunenummer: string;
  kommune: string;
  fylke: string;
  verdi: number;
  tekst: string;
}

export function embedRows(data: MapData, view: MapView, shaded: ShadedView, locale: string): CsvRow[] {
  const counties = new Map(data.counties.map((c) => [c.n, c.name]));
  return data.municipalities
    .filter((m) => !view.countyNumber || m.county === view.countyNumber)
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map((m) => {
      const shade = shaded.shades.get(m.n)!;
      return { kommunenummer: m.n, kommune: m.name, fylke: counties.get(m.county) ?? '', verdi: shade.value, tekst: shade.text };
    });
}

/**
 * CSV (lib/csv.ts: formula-safe) with the column headings of the language. Built from demo data, every row
 * says so in an extra column, as the open-data CSVs do: a file travels without its page.
 */
export function rowsToCsv(rows: readonly CsvRow[], header: readonly string[], demoColumn?: readonly [string, string]): string {
  return csvText(
    [...header, ...(demoColumn ? [demoColumn[0]] : [])],
    rows.map((r) => [r.kommunenummer, r.kommune, r.fylke, r.verdi, r.tekst, ...(demoColumn ? [demoColumn[1]] : [])]),
    '\r\n',
  );
}

export { defaultHeight } from './builder';
