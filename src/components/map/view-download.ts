/**
 * Downloads the map's current view as CSV or XLSX, loaded only when a person asks (map-client.ts
 * imports this module on the click, and this module imports the XLSX writer only for XLSX), so
 * neither costs anything before then. The table itself is lib/geo/view-download.ts's.
 */
import { viewCsv, viewFileName, viewSheet, viewTable, type LibrariesFile, type SubscriptionsFile } from '../../lib/geo/view-download';
import type { MapView } from '../../lib/geo/view-state';
import { loadMapData } from './map-data-loader';
import { saveFile } from './save-file';
import type { MapConfig } from './types';

export type DownloadFormat = 'csv' | 'xlsx';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Writes the file and hands it to the browser; returns its name. */
export async function downloadView(format: DownloadFormat, view: MapView, config: MapConfig): Promise<string> {
  const files = config.openData!;
  const [data, libraries, subscriptions] = await Promise.all([
    loadMapData(config.data),
    json<LibrariesFile>(files.libraries),
    json<SubscriptionsFile>(files.subscriptions),
  ]);
  const table = viewTable(view, data, libraries, subscriptions);
  const name = `${viewFileName(view)}.${format}`;
  let blob: Blob;
  if (format === 'csv') blob = new Blob([viewCsv(table)], { type: 'text/csv;charset=utf-8' });
  else {
    const { default: writeXlsxFile } = await import('write-excel-file/browser');
    blob = await writeXlsxFile(viewSheet(table) as never, { sheet: 'Bibliotek', stickyRowsCount: 1 }).toBlob();
  }
  saveFile(blob, name);
  return name;
}
