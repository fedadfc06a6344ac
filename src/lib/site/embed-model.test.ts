import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetVersion } from '../embed/views';
import { EMBED_STRINGS } from '../embed/strings';

// The build reads data/dataset.json; on a fresh clone the unit tests run before any pull, so the
// demo dataset is pulled in memory and the model pointed at it (PATHS reads HHH_DATASET when asked).
const file = join(mkdtempSync(join(tmpdir(), 'hhh-embed-model-')), 'dataset.json');
const before = process.env.HHH_DATASET;
process.env.HHH_DATASET = file;
// A worker runs other test files after this one: they must see the environment as it was.
afterAll(() => {
  if (before === undefined) delete process.env.HHH_DATASET;
  else process.env.HHH_DATASET = before;
});
const { pullDemoDataset } = await import('../pull/demo-dataset');
const dataset = await pullDemoDataset();
writeFileSync(file, JSON.stringify(dataset));
const { embedModel, widgetParams, widgets } = await import('./embed-model');

const version = datasetVersion(dataset.source.sha256);
const service = dataset.services[0]!;
const site = new URL('https://hvemharhva.example/');

describe('embed model', () => {
  it('has a latest and a frozen URL for every widget, Norway at the root of /embed/', () => {
    const params = widgetParams();
    expect(params).toHaveLength(2 * widgets().length);
    const norway = params.filter((p) => p.widget.key === '');
    expect(norway.map((p) => p.param)).toEqual([undefined, `v/${version}`]);
    const own = params.filter((p) => p.widget.key === `tjenester/${service.slug}/`);
    expect(own.map((p) => [p.param, p.version])).toEqual([
      [`tjenester/${service.slug}`, undefined],
      [`v/${version}/tjenester/${service.slug}`, version],
    ]);
  });

  it('gives a widget its paths in the language, its picture in English (latest) or bokmål, and a snippet linking the full page', () => {
    const widget = widgets().find((w) => w.key === `tjenester/${service.slug}/`)!;
    const e = embedModel('en', widget, undefined, site);
    expect(e.title).toBe(service.name);
    expect(e.path).toBe(`/en/embed/tjenester/${service.slug}/`);
    expect(e.frozenPath).toBe(`/en/embed/v/${version}/tjenester/${service.slug}/`);
    expect(e.csvPath).toBe(`${e.path}data.csv`);
    expect(e.oembedPath).toBe(`${e.path}oembed.json`);
    expect(e.pngPath).toBe(`/en/embed/tjenester/${service.slug}/kart.png`);
    // Nynorsk and every frozen version share bokmål's picture (sharp's time goes to these only).
    expect(embedModel('nn', widget, undefined, site).pngPath).toBe(`/embed/tjenester/${service.slug}/kart.png`);
    expect(embedModel('en', widget, version, site).pngPath).toBe(`/embed/v/${version}/tjenester/${service.slug}/kart.png`);
    const snippet = e.snippet(640);
    expect(snippet).toContain(`<iframe src="https://hvemharhva.example/en/embed/tjenester/${service.slug}/"`);
    expect(snippet).toContain(
      `<a href="https://hvemharhva.example/en/tjenester/${service.slug}/"><img src="https://hvemharhva.example/en/embed/tjenester/${service.slug}/kart.png"`,
    );
  });

  it('writes the CSV of exactly its view: every municipality once, and says when the data is the demo', () => {
    const norway = widgets().find((w) => w.key === '')!;
    const rows = parse(embedModel('nb', norway, undefined, site).csv(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(dataset.municipalities.length);
    expect(new Set(rows.map((r) => r[EMBED_STRINGS.nb.csvHeader[0]!])).size).toBe(dataset.municipalities.length);
    expect(dataset.source.isDemo).toBe(true);
    expect(Object.keys(rows[0]!)).toContain(EMBED_STRINGS.nb.csvDemoColumn[0]);
  });

  it('leaves the date out of a frozen picture, so unchanged figures share it across versions', () => {
    const norway = widgets().find((w) => w.key === '')!;
    expect(embedModel('nb', norway, version, site).source.startsWith(EMBED_STRINGS.nb.undatedSource)).toBe(true);
    expect(embedModel('nb', norway, undefined, site).source.startsWith(EMBED_STRINGS.nb.undatedSource)).toBe(false);
  });
});
