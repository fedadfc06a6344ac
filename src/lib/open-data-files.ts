/** Responses for the /data/ endpoints, so each endpoint file stays one line. */
import { csvRows, OPEN_TABLES, toCsv } from './open-data';
import { loadSiteData } from './site-data';

export function openDataFile(name: string, format: 'csv' | 'json'): Response {
  const { dataset } = loadSiteData();
  const table = OPEN_TABLES.find((t) => t.name === name)!;
  const rows = table.rows(dataset);
  // A CSV travels without the page's banner: demo rows say so in a column of their own.
  return format === 'csv'
    ? new Response(toCsv(csvRows(table, dataset)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(JSON.stringify({ source: dataset.source, licence: 'NLOD-2.0', [name]: rows }), { headers: { 'Content-Type': 'application/json' } });
}
