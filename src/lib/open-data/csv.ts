/**
 * One CSV record of the site's published CSVs: the open data (/data/*.csv), each embed's
 * data.csv, and the CSV the embed page writes in the browser for a filtered view. One rule for
 * all of them, so a name from the export can never run as a spreadsheet formula (OWASP "CSV
 * injection"): a text cell that starts with `=`, `+`, `-`, `@` (or their full-width forms, also
 * after leading spaces), a tab, CR or LF gets a leading `'` and is quoted. Numbers stay numbers:
 * a JS number, or text in a column the caller marks numeric that is a plain decimal (`-3`,
 * `-0,5`), is written as it is; anything else in such a column is treated as text.
 *
 * The embed page ships this function's source to the browser (EmbedPage.astro), so it must stay
 * self-contained: no imports, no helpers outside its body, plain ES5 inside.
 */
export function csvRecord(cells: readonly (string | number | boolean | null | undefined)[], numericColumns?: readonly boolean[]): string {
  return cells
    .map((value, i) => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'number' && isFinite(value)) return String(value);
      var text = String(value);
      var number = numericColumns && numericColumns[i] && /^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(text);
      var formula = !number && (/^[\t\r\n]/.test(text) || /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(text));
      if (formula) text = "'" + text;
      return formula || /[",;\r\n\t]|^\s|\s$/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    })
    .join(',');
}

/**
 * The UTF-8 byte order mark every CSV file of the site starts with: without it, Excel on Windows
 * reads the file as the local code page and turns æ, ø and å into two letters each. CSV readers
 * that know UTF-8 (csv-parse with `bom: true`, Python's utf-8-sig, LibreOffice) skip it.
 */
export const CSV_BOM = '\ufeff';

/** Records joined into a file: the BOM (CSV_BOM), a header, then one record per row, each ended by `eol`. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  eol: '\n' | '\r\n' = '\n',
  numericColumns?: readonly boolean[],
): string {
  return CSV_BOM + [csvRecord(header), ...rows.map((row) => csvRecord(row, numericColumns))].map((line) => line + eol).join('');
}

/** The column that marks every CSV row as demo data (a CSV travels without the page's banner): the open data's and the map's view downloads. */
export const DEMO_COLUMN = { name: 'eksempeldata', value: 'ja' } as const;
