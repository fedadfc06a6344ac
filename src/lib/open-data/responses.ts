/** Responses for the /data/ endpoints, so each endpoint file stays one line. */
import writeXlsxFile from 'write-excel-file/node';
import { viewSheet, type Cell } from '../geo/view-download';
import { csvRows, OPEN_TABLES, toCsv } from './tables';
import { loadSiteData } from '../dataset/site-data';

export type OpenDataFormat = 'csv' | 'json' | 'xlsx';

export async function openDataFile(name: string, format: OpenDataFormat): Promise<Response> {
  const { dataset } = loadSiteData();
  const table = OPEN_TABLES.find((t) => t.name === name)!;
  const rows = table.rows(dataset);
  // A CSV (and its XLSX twin) travels without the page's banner: demo rows say so in a column of their own.
  if (format === 'csv') return new Response(toCsv(csvRows(table, dataset)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (format === 'xlsx') {
    const withDemo = csvRows(table, dataset);
    const header = Object.keys(withDemo[0] ?? {});
    // The map's view sheet rule: text stays text (0301 keeps its zero), numbers stay numbers.
    const sheet = viewSheet({ header, rows: withDemo.map((row) => header.map((column) => (row[column] ?? null) as Cell)) });
    const buffer = await writeXlsxFile(sheet as never, { sheet: name, stickyRowsCount: 1 }).toBuffer();
    return new Response(new Uint8Array(buffer), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  }
  return new Response(JSON.stringify({ source: dataset.source, licence: 'NLOD-2.0', [name]: rows }), { headers: { 'Content-Type': 'application/json' } });
}
