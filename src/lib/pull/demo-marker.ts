/**
 * Demo data is a declared property of the export, not a byte match: the demo export carries a
 * column (named in the column map's `demoMarker`) that says every row is invented. An edited copy
 * keeps the column and stays demo; a real export from the ordering system never has it.
 */
import { normaliseHeader } from '../source/columns';
import type { ColumnMap } from './column-map';

export function declaresDemo(headers: readonly string[], map: ColumnMap): boolean {
  const marker = map.demoMarker?.header;
  if (!marker) return false;
  return headers.some((h) => normaliseHeader(h) === normaliseHeader(marker));
}
