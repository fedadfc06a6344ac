import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildMapData } from '../geo/map-data';
import { shadeView } from '../geo/shading';
import { pullDemoDataset } from '../pull/demo-dataset';
import { currentYear } from '../figures/stats';
import { embedPath } from '../site/urls';
import { datasetVersion, defaultHeight, embedRows, embedSummary, embedWidgets, rowsToCsv } from './views';
import type { MapView } from '../geo/view-state';

// Pulled in memory: on a fresh clone the unit tests run before any dataset is written.
const dataset = await pullDemoDataset();
const year = currentYear(dataset);
const data = buildMapData(dataset, year);

describe('embed widgets', () => {
  it('has Norway, every recorded service and every county, with latest and frozen paths', () => {
    const widgets = embedWidgets(dataset);
    // A service the ordering system does not record has no map: every municipality would read as lacking it.
    const recorded = dataset.services.filter((s) => s.recorded !== false);
    expect(recorded.length).toBeLessThan(dataset.services.length);
    expect(widgets).toHaveLength(1 + recorded.length + dataset.counties.length);
    expect(widgets.some((w) => dataset.services.some((s) => s.recorded === false && w.key.includes(s.slug)))).toBe(false);
    expect(new Set(widgets.map((w) => w.key)).size).toBe(widgets.length);
    expect(embedPath('en', 'fylker/vestland/')).toBe('/en/embed/fylker/vestland/');
    expect(embedPath('nb', '', datasetVersion(dataset.source.sha256))).toBe(`/embed/v/${dataset.source.sha256.slice(0, 12)}/`);
  });

  it('states in the summary the count the legend shows', () => {
    const service = dataset.services[0]!;
    const view: MapView = { mode: 'service', serviceId: service.id, kind: 'all', year };
    const shaded = shadeView(data, view, 'nb');
    const offered = shaded.legend.filter((l) => l.cls === 'pub' || l.cls === 'sch').reduce((s, l) => s + l.count, 0);
    expect(embedSummary(data, view, shaded, 'nb')).toContain(`${offered} av ${data.municipalities.length} kommuner`);
  });

  it('writes a CSV whose rows are the table the view shows', () => {
    const view: MapView = { mode: 'breadth', countyNumber: dataset.counties[0]!.number, kind: 'all', year };
    const shaded = shadeView(data, view, 'nb');
    const rows = embedRows(data, view, shaded, 'nb');
    const parsed = parse(rowsToCsv(rows, ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst']), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(parsed).toHaveLength(data.municipalities.filter((m) => m.county === view.countyNumber).length);
    for (const row of parsed) expect(Number(row.verdi)).toBe(shaded.shades.get(row.kommunenummer!)!.value);
  });

  it('writes names as text a spreadsheet will not run, and values as numbers', () => {
    const rows = [{ kommunenummer: '0301', kommune: '=HYPERLINK("https://evil.example","Oslo")', fylke: '@SUM(A1)', verdi: -3, tekst: '-1' }];
    const csv = rowsToCsv(rows, ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst']);
    expect(csv).toContain(',-3,');
    expect(parse(csv, { columns: true, bom: true })).toEqual([
      { kommunenummer: '0301', kommune: '\'=HYPERLINK("https://evil.example","Oslo")', fylke: "'@SUM(A1)", verdi: '-3', tekst: "'-1" },
    ]);
  });

  it('marks every row of a CSV built from demo data', () => {
    const view: MapView = { mode: 'breadth', kind: 'all', year };
    const rows = embedRows(data, view, shadeView(data, view, 'en'), 'en');
    const header = ['municipality_number', 'municipality', 'county', 'value', 'text'];
    const demo = parse(rowsToCsv(rows, header, ['demo_data', 'yes']), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(demo.map((row) => row.demo_data)).toEqual(rows.map(() => 'yes'));
    expect(Object.keys((parse(rowsToCsv(rows, header), { columns: true, bom: true }) as Array<Record<string, string>>)[0]!)).toEqual(header);
  });

  it('suggests a taller frame for narrow columns', () => {
    expect(defaultHeight(375)).toBeGreaterThan(defaultHeight(1000));
  });
});
