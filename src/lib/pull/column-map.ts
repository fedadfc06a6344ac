/**
 * The column map: a JSON file that says which export header feeds which dataset field, so a
 * different export layout needs a new map, not new code.
 */
import { z } from 'zod';
import { InvalidInputError } from './problems';

export const EXPORT_FIELDS = [
  'memberName',
  'libraryNumber',
  'memberType',
  'municipalityNumber',
  'organisationNumber',
  'size',
  'product',
  'vendor',
  'periodStart',
  'periodEnd',
  'status',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

/** Without these a row can't be placed; the others enrich it when present. */
export const REQUIRED_FIELDS: readonly ExportField[] = ['memberName', 'memberType', 'product', 'periodStart', 'periodEnd', 'status'];

const headerList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (typeof v === 'string' ? [v] : v));
const valueList = z.array(z.string().min(1)).min(1);

export const ColumnMapFile = z.object({
  columns: z.object(Object.fromEntries(EXPORT_FIELDS.map((f) => [f, headerList.optional()])) as Record<ExportField, z.ZodOptional<typeof headerList>>),
  values: z.object({
    memberType: z.object({ public: valueList, school: valueList }),
    status: z.object({ active: valueList, cancelled: valueList }),
  }),
});
export type ColumnMap = z.infer<typeof ColumnMapFile>;

export function parseColumnMap(json: unknown, file: string): ColumnMap {
  const result = ColumnMapFile.safeParse(json);
  if (!result.success) {
    throw new InvalidInputError(
      result.error.issues.map((issue) => ({ file, column: issue.path.join('.'), message: issue.message })),
    );
  }
  return result.data;
}

/** Headers and values match whatever case, spacing or punctuation the export uses. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-/()]+/g, '');
}

/** Which column index feeds each field; fails listing every missing required field and what was found. */
export function resolveColumns(headers: string[], map: ColumnMap, file: string): Partial<Record<ExportField, number>> {
  const indexByHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key && !indexByHeader.has(key)) indexByHeader.set(key, i);
  });
  const resolved: Partial<Record<ExportField, number>> = {};
  for (const field of EXPORT_FIELDS) {
    for (const name of map.columns[field] ?? []) {
      const index = indexByHeader.get(normaliseHeader(name));
      if (index !== undefined) {
        resolved[field] = index;
        break;
      }
    }
  }
  const missing = REQUIRED_FIELDS.filter((f) => resolved[f] === undefined);
  if (resolved.municipalityNumber === undefined && resolved.organisationNumber === undefined) {
    missing.push('municipalityNumber');
  }
  if (missing.length > 0) {
    const expected = missing.map((f) => `${f} (${(map.columns[f] ?? ['no header in the map']).join(' | ')})`);
    throw new InvalidInputError([
      { file, row: 1, message: `missing required column(s): ${expected.join('; ')}. Found: ${headers.join(', ')}` },
    ]);
  }
  return resolved;
}

/** Maps an export word (e.g. "Bekreftet") to the dataset's ("active"), or undefined. */
export function makeValueLookup<K extends string>(values: Record<K, string[]>): (raw: string) => K | undefined {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(values) as K[]) for (const word of values[key]) lookup.set(normaliseHeader(word), key);
  return (raw) => lookup.get(normaliseHeader(raw));
}
