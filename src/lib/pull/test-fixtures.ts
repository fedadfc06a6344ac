/**
 * Small hand-made inputs for the pull's tests: three municipalities in two counties (two of them
 * sharing an intermunicipal library), two schools and three services.
 */
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Catalogue } from '../catalogue';
import { PATHS } from '../paths';
import { indexRegistry, type Registry } from '../registry';
import type { DatasetSource } from '../schema';
import { parseColumnMap } from './column-map';
import type { PullOptions } from './pull';

export const registry: Registry = {
  counties: [
    { number: '03', name: 'Oslo', officialName: 'Oslo', population: 700 },
    { number: '46', name: 'Vestland', officialName: 'Vestland', population: 300 },
  ],
  municipalities: [
    { number: '0301', name: 'Oslo', shortName: 'Oslo', countyNumber: '03', population: 700 },
    { number: '4601', name: 'Bergen', shortName: 'Bergen', countyNumber: '46', population: 200 },
    { number: '4602', name: 'Kinn', shortName: 'Kinn', countyNumber: '46', population: 100 },
  ],
  schools: [
    { organisationNumber: '974591006', name: 'Bjerke videregående skole', municipalityNumber: '0301', countyNumber: '03', staff: 10, students: 90, lat: 59.9, lon: 10.8 },
    { organisationNumber: '912345678', name: 'Årstad videregående skole', municipalityNumber: '4601', countyNumber: '46', staff: 20, students: null, lat: 60.4, lon: 5.3 },
  ],
};
export const registryIndex = indexRegistry(registry);

const text = { nb: 'Tekst.', nn: 'Tekst.', en: 'Text.' };
export const catalogue: Catalogue = {
  vendors: [{ name: 'Norsk filminstitutt' }, { name: 'PressReader Inc.' }, { name: 'Gyldendal' }],
  services: [
    { name: 'Filmbib', vendor: 'Norsk filminstitutt', category: 'film', audience: 'public', funding: 'state-funded', billing: null, status: 'confirmed' as const, evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }], url: 'https://filmbib.no/', access: text, description: text },
    { name: 'PressReader', vendor: 'PressReader Inc.', category: 'news-magazines', audience: 'both', funding: 'bought', billing: null, status: 'confirmed' as const, evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }], url: 'https://www.pressreader.com/', access: text, description: text },
    { name: 'Ordnett Pluss', vendor: 'Gyldendal', category: 'reference', audience: 'school', funding: 'bought', billing: null, status: 'confirmed' as const, evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }], url: 'https://www.ordnett.no/', access: text, description: text },
  ],
};

/** The real column map that reads the demo export. */
export const columnMap = parseColumnMap(JSON.parse(readFileSync(PATHS.demoColumns, 'utf8')), 'demo-export.columns.json');

export const HEADER = 'Medlem,Medlemsnummer,Medlemstype,Kommunenummer,Organisasjonsnummer,Innbyggere/elever og ansatte,Produkt,Leverandør,Periode fra,Periode til,Status,Pris (NOK),Kontaktperson,E-post,Telefon';

/** A valid export: the shared Bergen/Kinn library, Oslo, and one school, over two years. */
export const VALID_ROWS = [
  'Oslo bibliotek,2030100,Folkebibliotek,0301,,700,Filmbib,Norsk filminstitutt,2025-01-01,2025-12-31,Bekreftet,"0,00",Kari Hansen,kari.hansen@oslo.kommune.example,+47 41234567',
  'Oslo bibliotek,2030100,Folkebibliotek,0301,,700,PressReader,PressReader Inc.,2025-01-01,2025-12-31,Bekreftet,"1234,50",Kari Hansen,kari.hansen@oslo.kommune.example,+47 41234567',
  'Oslo bibliotek,2030100,Folkebibliotek,0301,,700,PressReader,PressReader Inc.,2026-01-01,2026-12-31,Oppsagt,"1299,00",Kari Hansen,kari.hansen@oslo.kommune.example,+47 41234567',
  'Bergen og Kinn bibliotek,2120100,Folkebibliotek,4601/4602,,300,Filmbib,Norsk filminstitutt,01.01.2026,31.12.2026,Bekreftet,"0,00",Ola Nilsen,ola.nilsen@bergen.kommune.example,+47 92345678',
  'Bjerke videregående skole,3030101,Videregående skole,,974591006,100,Ordnett Pluss,Gyldendal,2026-01-01,2026-12-31,Bekreftet,"5432,10",Liv Berg,liv.berg@bjerke.skole.example,+47 93456789',
];

export function csv(rows: string[], header = HEADER): Uint8Array {
  return new TextEncoder().encode([header, ...rows].join('\n') + '\n');
}

export const source: DatasetSource = {
  name: 'test.csv',
  sha256: '0'.repeat(64),
  pulledAt: '2026-11-25T12:00:00.000Z',
  rows: 0,
  isDemo: false,
};

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal XLSX workbook (one sheet, inline strings) built directly with fflate: write-excel-file
 * takes about a minute for 300,000 rows, this takes a second, so big-workbook tests stay fast.
 */
export function minimalXlsx(rows: string[][], options: { level?: 0 | 1 | 6 | 9; repeatLastRow?: number } = {}): Uint8Array {
  const column = (i: number) => String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, String.fromCharCode(64 + Math.floor(i / 26)));
  const sheetRows = rows.map(
    (cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${column(i)}${r + 1}" t="inlineStr"><is><t>${xmlText(c)}</t></is></c>`).join('')}</row>`,
  );
  // Copies of the last row, numbered by splicing the row number into its text: a 300,000-row sheet in about a second.
  const last = rows.length;
  const pieces = options.repeatLastRow ? sheetRows.at(-1)!.split(new RegExp(`(?<=r="[A-Z]*)${last}(?=")`)) : [];
  let repeated = '';
  for (let r = last + 1; r <= last + (options.repeatLastRow ?? 0); r++) repeated += pieces.join(String(r));
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows.join('')}${repeated}</sheetData></worksheet>`;
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync(
    {
      '[Content_Types].xml': encode(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': encode(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': encode(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Eksport" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': encode(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': encode(sheet),
    },
    { level: options.level ?? 6 },
  );
}

/**
 * A pull of the shipped demo inputs (column map, registries, catalogue) into `directory`, at a
 * fixed moment, so pull tests differ only in what they override.
 */
export function pullOptions(directory: string, overrides: Partial<PullOptions> = {}): PullOptions {
  return {
    source: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    outputPath: `${directory}/dataset.json`,
    now: new Date('2026-11-25T12:00:00Z'),
    ...overrides,
  };
}
