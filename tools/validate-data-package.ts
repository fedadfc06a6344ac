/**
 * Validates a Frictionless Data Package on disk with Frictionless's own JavaScript library
 * (`datapackage`, which reads with `tableschema`): the descriptor against the tabular-data-package
 * profile, then every row of every resource against its Table Schema (types, formats, patterns,
 * enums, required, unique, primary key) and its foreign keys. Used by the tests on /data/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';

const BOM = '\ufeff';

/**
 * The package copied with each CSV's UTF-8 byte order mark taken off: the site's CSVs start with
 * one (Excel needs it), Frictionless's Python reader skips it (utf-8-sig), the JavaScript one reads
 * it as part of the first column's name. Any other byte stays.
 */
function withoutBoms(descriptorPath: string, basePath: string): { descriptorPath: string; basePath: string } {
  const staged = mkdtempSync(join(tmpdir(), 'hhh-datapackage-read-'));
  const descriptor = readFileSync(descriptorPath, 'utf8');
  writeFileSync(join(staged, 'datapackage.json'), descriptor);
  for (const resource of (JSON.parse(descriptor) as { resources?: { path?: unknown }[] }).resources ?? []) {
    if (typeof resource.path !== 'string' || /^[a-z]+:|\.\.|^\//i.test(resource.path)) continue;
    const text = readFileSync(join(basePath, resource.path), 'utf8');
    writeFileSync(join(staged, resource.path), text.startsWith(BOM) ? text.slice(1) : text);
  }
  return { descriptorPath: join(staged, 'datapackage.json'), basePath: staged };
}

export interface PackageReport {
  resources: { name: string; rows: number }[];
  errors: string[];
}

/** Every problem found, named by resource and, for rows, by what the validator says. */
export async function validateDataPackage(descriptorPath: string, basePath: string): Promise<PackageReport> {
  const staged = withoutBoms(descriptorPath, basePath);
  const pkg = await Package.load(staged.descriptorPath, { basePath: staged.basePath });
  const errors = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  const resources: PackageReport['resources'] = [];
  if (!pkg.valid) return { resources, errors: errors.length ? errors : ['datapackage.json: invalid'] };
  for (const resource of pkg.resources) {
    try {
      const rows = await resource.read({ keyed: true, relations: true });
      resources.push({ name: resource.name, rows: rows.length });
    } catch (error) {
      type Located = Error & { rowNumber?: number; columnNumber?: number };
      const e = error as Located & { errors?: Located[] };
      // tableschema numbers the CSV's lines (the header is row 1) and the columns from 1.
      const where = (d: Located) =>
        [d.rowNumber ?? e.rowNumber, d.columnNumber]
          .map((n, i) => (n ? `${i ? 'column' : 'row'} ${n}` : ''))
          .filter(Boolean)
          .join(', ');
      const details = e.errors?.length ? e.errors.slice(0, 20) : [e];
      errors.push(...details.map((d) => `${resource.name}.csv${where(d) ? `, ${where(d)}` : ''}: ${d.message}`));
    }
  }
  return { resources, errors };
}
