/**
 * Postcodes (postnummer) and the municipality each lies in, from data/registry/postnummer-2024.csv.
 * The upstream file stores codes as numbers without leading zeros ("150" is 0150 Oslo), so codes
 * are padded to four digits wherever they enter the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PATHS } from '../paths';

export interface Postcode {
  code: string;
  place: string;
  municipalityNumber: string;
}

export const POSTCODES_FILE = join(PATHS.registry, 'postnummer-2024.csv');

/** Pads "150" to "0150"; rejects anything that is not one to four digits. */
export function padPostcode(code: string | number): string {
  const text = String(code).trim();
  if (!/^\d{1,4}$/.test(text)) throw new Error(`not a postcode: "${text}"`);
  return text.padStart(4, '0');
}

export function parsePostcodes(csv: string): Postcode[] {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    const code = row['postnummer'] ?? '';
    const municipalityNumber = row['kommunenummer'] ?? '';
    if (!/^\d{4}$/.test(code) || !/^\d{4}$/.test(municipalityNumber) || !row['poststed']) {
      throw new Error(`postcode row ${i + 2}: expected postnummer (4 digits), poststed and kommunenummer (4 digits)`);
    }
    return { code, place: row['poststed'], municipalityNumber };
  });
}

export function loadPostcodes(path: string = POSTCODES_FILE): Postcode[] {
  return parsePostcodes(readFileSync(path, 'utf8'));
}
