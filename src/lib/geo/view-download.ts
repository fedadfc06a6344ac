/**
 * A map view as a file to take away: the libraries the view counts (its library kind and county)
 * with their subscriptions that year to the services it counts (lib/geo/shading.ts's scope), in
 * the open-data files' own columns: every column of /data/libraries.csv, then serviceId, year and
 * status of /data/subscriptions.csv (its libraryId is the row's id), then the demo column while
 * the data is the demo. A library with none of the view's services gets one row with an empty
 * serviceId and status. The rows are cut from /data/libraries.json and /data/subscriptions.json,
 * so a column can't drift from the open data. Browser-safe and pure: map-client loads it on click.
 */
import { csvText, DEMO_COLUMN } from '../open-data/csv';
import type { MapData } from './map-data';
import { serviceScope } from './shading';
import { PARAMS, type MapView } from './view-state';

export type Cell = string | number | boolean | null;
type OpenRow = Record<string, Cell>;

/** /data/libraries.json and /data/subscriptions.json: the source line and the table's rows under its name. */
export interface LibrariesFile {
  source: { isDemo: boolean };
  libraries: OpenRow[];
}
export interface SubscriptionsFile {
  source: { isDemo: boolean };
  subscriptions: OpenRow[];
}

/** The subscription columns the rows carry (libraryId is the library's own id). */
export const SUBSCRIPTION_COLUMNS = ['serviceId', 'year', 'status'] as const;

export interface ViewTable {
  header: string[];
  rows: Cell[][];
}

export function viewTable(view: MapView, data: MapData, libraries: LibrariesFile, subscriptions: SubscriptionsFile): ViewTable {
  const libraryRows = libraries.libraries;
  const libraryColumns = Object.keys(libraryRows[0] ?? {});
  const isDemo = libraries.source.isDemo;
  const header = [...libraryColumns, ...SUBSCRIPTION_COLUMNS, ...(isDemo ? [DEMO_COLUMN.name] : [])];
  const scope = new Set([...serviceScope(data, view)].map((i) => data.services[i]!.id));
  const byLibrary = new Map<string, OpenRow[]>();
  for (const s of subscriptions.subscriptions) {
    if (s.year !== view.year || !scope.has(String(s.serviceId))) continue;
    const id = String(s.libraryId);
    byLibrary.set(id, [...(byLibrary.get(id) ?? []), s]);
  }
  const rows: Cell[][] = [];
  for (const library of libraryRows) {
    if (view.kind !== 'all' && library.kind !== view.kind) continue;
    if (view.countyNumber && library.countyNumber !== view.countyNumber) continue;
    const own = libraryColumns.map((c) => library[c] ?? null);
    const demo = isDemo ? [DEMO_COLUMN.value] : [];
    const records = byLibrary.get(String(library.id)) ?? [];
    if (records.length === 0) rows.push([...own, null, view.year, null, ...demo]);
    for (const s of records) rows.push([...own, s.serviceId ?? null, s.year ?? null, s.status ?? null, ...demo]);
  }
  return { header, rows };
}

/**
 * The CSV: the site's one CSV rule (lib/csv.ts: formula-safe, numbers stay numbers, the UTF-8
 * byte order mark a spreadsheet needs for æ, ø and å), CRLF.
 */
export function viewCsv(table: ViewTable): string {
  return csvText(table.header, table.rows, '\r\n');
}

/**
 * The XLSX sheet: text stays text (so 0301 keeps its zero, formatted "@"), numbers stay numbers,
 * empty cells stay empty, the header bold. Cells as write-excel-file takes them.
 */
export function viewSheet(
  table: ViewTable,
): Array<Array<{ value: string | number | boolean; type?: StringConstructor; format?: string; fontWeight?: 'bold' } | null>> {
  const cell = (value: Cell) => (value === null || value === '' ? null : typeof value === 'string' ? { value, type: String, format: '@' } : { value });
  return [table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...table.rows.map((row) => row.map(cell))];
}

/** A file name that says what the view is, e.g. "hvem-har-hva_pressreader_vgs_fylke-46_2025". */
export function viewFileName(view: MapView): string {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x';
  const parts = ['hvem-har-hva', view.serviceId ? safe(view.serviceId) : view.category ? safe(view.category) : 'alle-tjenester'];
  if (view.kind !== 'all') parts.push(view.kind === 'school' ? 'vgs' : 'folkebibliotek');
  parts.push(view.countyNumber ? `${PARAMS.county}-${safe(view.countyNumber)}` : 'hele-landet');
  parts.push(String(view.year));
  return parts.join('_');
}
