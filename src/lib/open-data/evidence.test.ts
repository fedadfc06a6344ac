import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../dataset/catalogue';
import { evidenceText } from './evidence';
import { OPEN_TABLES } from './tables';
import { PATHS } from '../paths';
import { testDataset, testService } from '../dataset/test-data';

const catalogue = readCatalogue(PATHS.catalogue);

describe("the catalogue's evidence, as a reader reads it", () => {
  it('cites every source by a title (and a section or a date), never an internal file id', () => {
    for (const s of catalogue.services) {
      for (const e of s.evidence) {
        expect(e.source, s.name).not.toMatch(/seed\s*\d{3}|_[0-9a-f]{16}|^https?:/i);
        expect(e.section !== undefined || e.date !== undefined, `${s.name}: ${e.source}`).toBe(true);
      }
    }
  });

  it('has a note in bokmål, nynorsk and English for each source, and they differ where the languages do', () => {
    const notes = catalogue.services.flatMap((s) => s.evidence.map((e) => e.note));
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter((n) => n.nb === n.en)).toEqual([]);
  });

  it('is published in the open data with each language, beside status and whether the service is described', () => {
    const dataset = testDataset({ services: [testService('a')] });
    const services = OPEN_TABLES.find((t) => t.name === 'services')!;
    const row = services.rows(dataset)[0]!;
    expect(row).toMatchObject({ status: dataset.services[0]!.status, described: true });
    expect(row.evidence_nn).toBe(evidenceText(dataset.services[0]!.evidence, 'nn'));
    expect(services.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['status', 'described', 'evidence_nb, evidence_nn, evidence_en']));
  });

  it('writes title, section, date and address before what the source says', () => {
    const text = evidenceText(
      [
        { source: 'Rapport', section: '4.1', note: { nb: 'Sier A.', nn: 'Seier A.', en: 'Says A.' } },
        { source: 'Side', url: 'https://example.no/', date: '2026-12-01', note: { nb: 'Sier B.', nn: 'Seier B.', en: 'Says B.' } },
      ],
      'nn',
    );
    expect(text).toBe('Rapport, 4.1: Seier A. | Side, 2026-12-01, https://example.no/: Seier B.');
  });
});
