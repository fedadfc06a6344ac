/**
 * Derives data/registry/postnummer-2024.csv (postnummer, poststed, kommunenummer) from the
 * shared copy of aprestmo/norway-geodata's municipalities file. Run by hand when that file changes:
 *   npm run postcodes [-- --source ../shared/data/population/municipalities-2025.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { padPostcode, POSTCODES_FILE } from '../src/lib/search/postcodes';

const { values } = parseArgs({ options: { source: { type: 'string' } } });
const source = values.source ?? '../shared/data/population/municipalities-2025.json';

interface UpstreamMunicipality {
  id: string;
  postal_codes: { code: string | number; place: string }[];
}

const municipalities = JSON.parse(readFileSync(source, 'utf8')) as UpstreamMunicipality[];
const rows = municipalities.flatMap((m) => m.postal_codes.map((p) => [padPostcode(p.code), p.place.trim(), m.id.padStart(4, '0')]));
rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
const duplicates = rows.filter((row, i) => i > 0 && rows[i - 1]![0] === row[0]);
if (duplicates.length > 0) throw new Error(`postcodes in more than one municipality: ${duplicates.map((r) => r[0]).join(', ')}`);
writeFileSync(POSTCODES_FILE, stringify(rows, { header: true, columns: ['postnummer', 'poststed', 'kommunenummer'] }));
console.log(`postcodes: wrote ${rows.length} rows to ${POSTCODES_FILE}`);
