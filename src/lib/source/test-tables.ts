/**
 * Inputs for the tests of anything that reads a source: a sample export in the ordering system's
 * layout (the pull's demo column map reads it; its price and contact columns are what must never
 * be published) and a minimal XLSX writer.
 */
import { zipSync } from 'fflate';

export const HEADER =
  'Medlem,Medlemsnummer,Medlemstype,Kommunenummer,Organisasjonsnummer,Innbyggere/elever og ansatte,Produkt,Leverandør,Periode fra,Periode til,Status,Pris (NOK),Kontaktperson,E-post,Telefon';

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

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal XLSX workbook (one sheet, inline strings) built directly with fflate: write-excel-file
 * takes about a minute for 300,000 rows, this takes a second, so big-workbook tests stay fast.
 */
export function minimalXlsx(rows: string[][], options: { level?: 0 | 1 | 6 | 9; repeatLastRow?: number; sheetPath?: string } = {}): Uint8Array {
  return zipSync(minimalXlsxParts(rows, options), { level: options.level ?? 6 });
}

/**
 * The parts of minimalXlsx's workbook, by path. `sheetPath` stores the sheet elsewhere than
 * xl/worksheets/sheet1.xml; the workbook's relationships point to it (absolute when outside xl/).
 */
export function minimalXlsxParts(rows: string[][], options: { repeatLastRow?: number; sheetPath?: string } = {}): Record<string, Uint8Array> {
  const sheetPath = options.sheetPath ?? 'xl/worksheets/sheet1.xml';
  const target = sheetPath.startsWith('xl/') ? sheetPath.slice(3) : `/${sheetPath}`;
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
  return {
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
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/></Relationships>`,
    ),
    [sheetPath]: encode(sheet),
  };
}

export interface ForgedEntry {
  name: string;
  /** The entry's bytes as stored: raw deflate (method 8) or as they are (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the directory declares the entry inflates to: any number, true or not. */
  declaredSize: number;
}

/** A zip archive written by hand, so its directory may declare sizes its entries do not have. */
export function forgedZip(entries: ForgedEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
