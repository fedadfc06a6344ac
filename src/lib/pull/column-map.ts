/**
 * The column map: a JSON file that says which export header feeds which dataset field, so a
 * different export layout needs a new map, not new code.
 */
import { z } from 'zod';
import { findColumns, normaliseHeader } from '../source/columns';
import { InvalidInputError } from '../source/problems';

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
  // Read when present, not stored: the ordering system's English reports carry them.
  'productCategory',
  'priceType',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

/**
 * Without these a row can't be placed; the others enrich it when present. `status` may be left out
 * when the map says what a row without one means (values.statusWhenAbsent): the ordering system's
 * "Subscriptions" report lists accepted subscriptions only and has no status column.
 */
export const REQUIRED_FIELDS: readonly ExportField[] = ['memberName', 'memberType', 'product', 'periodStart', 'periodEnd', 'status'];

const headerList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (typeof v === 'string' ? [v] : v));
const valueList = z.array(z.string().min(1)).min(1);

export const ColumnMapFile = z.object({
  columns: z.object(Object.fromEntries(EXPORT_FIELDS.map((f) => [f, headerList.optional()])) as Record<ExportField, z.ZodOptional<typeof headerList>>),
  values: z.object({
    memberType: z.object({ public: valueList, school: valueList }),
    status: z.object({
      active: valueList,
      cancelled: valueList,
      /** An offer not (yet) ordered, e.g. price status Waiting or Not Sent: not a subscription, the row is skipped. */
      notOrdered: valueList.optional(),
    }),
    /**
     * What a row means when the export has no status column at all, for the report that has all
     * of `reportHeaders` (so an export that merely lost or renamed its status column still fails).
     */
    statusWhenAbsent: z.object({ status: z.enum(['active']), reportHeaders: valueList }).optional(),
  }),
  /** The header that declares an export as demo data (pull/demo-marker.ts); a real export never has it. */
  demoMarker: z.object({ header: z.string().min(1) }).optional(),
});
export type ColumnMap = z.infer<typeof ColumnMapFile>;

export function parseColumnMap(json: unknown, file: string): ColumnMap {
  const result = ColumnMapFile.safeParse(json);
  if (!result.success) {
    throw new InvalidInputError(result.error.issues.map((issue) => ({ file, column: issue.path.join('.'), message: issue.message })));
  }
  return result.data;
}

/** The export's columns: the required ones, and a municipality or an organisation number. */
export function resolveColumns(headers: string[], map: ColumnMap, file: string): Partial<Record<ExportField, number>> {
  const hasMemberKey = headers.some((h) =>
    [...(map.columns.municipalityNumber ?? []), ...(map.columns.organisationNumber ?? [])].some((name) => normaliseHeader(name) === normaliseHeader(h)),
  );
  const base = statusWhenAbsent(headers, map) ? REQUIRED_FIELDS.filter((f) => f !== 'status') : [...REQUIRED_FIELDS];
  const required: ExportField[] = hasMemberKey ? base : [...base, 'municipalityNumber'];
  return findColumns(headers, map.columns, required, file);
}

/** The status every row has when the export is the report `values.statusWhenAbsent` names, else undefined. */
export function statusWhenAbsent(headers: string[], map: ColumnMap): 'active' | undefined {
  const rule = map.values.statusWhenAbsent;
  if (!rule) return undefined;
  const present = new Set(headers.map(normaliseHeader));
  return rule.reportHeaders.every((h) => present.has(normaliseHeader(h))) ? rule.status : undefined;
}
