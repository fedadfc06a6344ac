/**
 * Small hand-made inputs for the pull's tests: three municipalities in two counties (two of them
 * sharing an intermunicipal library), two schools and three services.
 */
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../catalogue';
import { PATHS } from '../paths';
import { indexRegistry, type Registry } from '../registry';
import type { DatasetSource } from '../schema';
import { parseColumnMap } from './column-map';

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
