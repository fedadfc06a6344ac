/**
 * Reads the built pages as a reader would (issue 24): every library, municipality, county and
 * service page, every map legend on them and every latest embed, in bokmål, nynorsk and English.
 * The figures are computed here from data/dataset.json by this file's own small implementation of
 * the definitions (figures/vocabulary.ts, docs/figures.md), not by the page code; only the wording
 * (the dictionaries) and number formats are shared. A figure is found by its `data-figure` mark,
 * and its visible text must carry the number and its label. No browser: plain HTML files, so the
 * whole site is read in seconds.
 *
 * This file: the library, municipality and county pages and the list of counties.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/lib/figures/vocabulary';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { FIGURE_STRINGS } from '../../src/lib/i18n/figures-strings';
import { formatPercent } from '../../src/lib/i18n/format';
import { LANGS } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import { active, ds, fits, paid, peersOf, publicFor, recorded, schoolsSeatedIn, serviceById, unrecordedNames, whiteSpots, year } from './figures-rules';
import { byTestId, checkSummary, legend, marks, n, pageChecks, read, rows, slugOf, text } from './figures-reading';

describe.each(LANGS)('figures as the pages state them (%s)', (lang) => {
  const g = GLOSSARY[lang];
  const f = FIGURE_STRINGS[lang];
  const t = STRINGS[lang];
  const mt = MAP_STRINGS[lang];

  const { checkChange } = pageChecks(lang);

  it('every library page: its summary, its offer (has, lacks, not recorded here) and its similar libraries, each with its label', () => {
    for (const library of ds.libraries) {
      const where = `${lang} ${library.slug}`;
      const html = read(lang, `bibliotek/${library.slug}`);
      checkSummary(html, library, lang, where);
      const lead = marks(byTestId(html, 'offer-lead', 'p') ?? '').find((m) => m.id === 'paid-services');
      expect(lead?.value, where).toBe(String(paid(library)));
      // The offer: one row per service for its kind, in the state the data allows.
      for (const row of html.matchAll(/<tr data-has="\w+" data-service="([^"]+)">([\s\S]*?)<\/tr>/g)) {
        const service = serviceById.get(row[1]!)!;
        const state = /data-state="([^"]+)"/.exec(row[2]!)?.[1];
        const expected = !recorded(service) ? 'not-recorded' : active.get(library.id)?.has(service.id) ? 'has' : 'lacks';
        expect(state, `${where} ${service.id}`).toBe(expected);
        if (expected === 'not-recorded') {
          expect(text(row[2]!), where).toContain(g.notRecorded);
          expect(text(row[2]!), where).not.toContain(f.lacks);
        }
      }
      // Similar libraries: the same figure as each one's own page.
      const peers = peersOf(library);
      const table = byTestId(html, 'peers', 'table');
      expect(table !== undefined, where).toBe(peers.length > 0);
      if (!table) continue;
      const listed = rows(table)
        .slice(1)
        .map((r) => ({ slug: slugOf(r, 'bibliotek'), mark: marks(r).find((m) => m.id === 'paid-services') }));
      expect(listed.map((r) => r.slug).sort(), where).toEqual(
        peers
          .slice(0, 50)
          .map((p) => p.slug)
          .sort(),
      );
      for (const r of listed) {
        const peer = ds.libraries.find((l) => l.slug === r.slug)!;
        expect([r.mark?.value, r.mark?.text], `${where} peer ${r.slug}`).toEqual([String(paid(peer)), n(paid(peer), lang)]);
      }
      expect(text(table), where).toContain(g.peersColumn);
    }
  });

  it('every municipality page: the summary of its public library and its schools’ paid services', () => {
    for (const m of ds.municipalities) {
      const where = `${lang} ${m.number}`;
      const html = read(lang, `kommuner/${m.number}`);
      const library = publicFor.get(m.number);
      if (library) checkSummary(html, library, lang, where);
      const schools = byTestId(html, 'schools', 'ul') ?? '';
      for (const item of schools.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
        const school = ds.libraries.find((l) => l.slug === slugOf(item[1]!, 'bibliotek'))!;
        const mark = marks(item[1]!).find((x) => x.id === 'paid-services');
        expect([mark?.value, mark?.text], `${where} ${school.slug}`).toEqual([String(paid(school)), g.paidServices(paid(school))]);
      }
      expect(schools.match(/<li>/g)?.length ?? 0, where).toBe(schoolsSeatedIn(m.number).length);
    }
  });

  it('every county page: the white-spot sentence and the map under it count the same libraries; the matrix and tables use the library pages’ figure', () => {
    for (const county of ds.counties) {
      const where = `${lang} ${county.slug}`;
      const html = read(lang, `fylker/${county.slug}`);
      const white = whiteSpots(county.number);
      const people = white.reduce((sum, m) => sum + m.population, 0);
      const headline = marks(html).find((x) => x.id === 'white-spots-public')!;
      expect([headline.value, /data-population="(\d+)"/.exec(headline.attrs)?.[1]], where).toEqual([String(white.length), String(people)]);
      expect(headline.text, where).toBe(f.whiteHeadline(white.length, n(people, lang), year));
      checkChange(html, county.number, where);
      // The map under it: the same municipalities in its lowest class, and the same people in its summary.
      const lowest = legend(html).get('b0');
      if (white.length > 0) {
        expect(lowest, where).toContain(mt.municipalitiesCount(white.length));
        expect(text(/<p class="map-summary">([\s\S]*?)<\/p>/.exec(html)![1]!), where).toContain(`${n(people, lang)}`);
      } else expect(lowest, where).toBeUndefined();
      const schools = ds.libraries.filter((l) => l.kind === 'school' && l.countyNumber === county.number);
      if (schools.length > 0) {
        const mark = marks(html).find((x) => x.id === 'white-spots-schools')!;
        const without = schools.filter((s) => paid(s) === 0).length;
        expect([mark.value, /data-of="(\d+)"/.exec(mark.attrs)?.[1]], where).toEqual([String(without), String(schools.length)]);
        expect(mark.text, where).toContain(f.schoolsWhite(without, schools.length, year));
      }
      // The matrix: a library's paid services, as on its own page; no column for what cannot be told.
      for (const id of ['matrix-public', 'matrix-school']) {
        const table = new RegExp(`<table id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0];
        if (!table) continue;
        const head = rows(table)[0]!;
        expect(text(head), where).toContain(g.terms['paid-services'].name);
        for (const name of unrecordedNames) expect(text(head), where).not.toContain(name);
        for (const row of rows(table).slice(1)) {
          const library = ds.libraries.find((l) => l.slug === slugOf(row, 'bibliotek'))!;
          expect(marks(row).find((x) => x.id === 'paid-services')?.value, `${where} ${library.slug}`).toBe(String(paid(library)));
        }
      }
      // Municipalities by paid services: their public library's figure.
      for (const row of rows(byTestId(html, 'breadth', 'table') ?? '').slice(1)) {
        const library = ds.libraries.find((l) => l.slug === slugOf(row, 'bibliotek'));
        if (library) expect(marks(row).find((x) => x.id === 'paid-services')?.value, `${where} ${library.slug}`).toBe(String(paid(library)));
      }
      // Share of libraries per service: counted over the county's libraries the service is for; unrecorded ones left out.
      for (const row of rows(byTestId(html, 'county-coverage', 'table') ?? '').slice(1)) {
        const service = ds.services.find((s) => s.slug === slugOf(row, 'tjenester'))!;
        expect(recorded(service), where).toBe(true);
        const eligible = ds.libraries.filter((l) => l.countyNumber === county.number && fits(service, l));
        const have = eligible.filter((l) => active.get(l.id)?.has(service.id)).length;
        const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]!));
        expect(cells, `${where} ${service.slug}`).toEqual([
          t.ofTotal(n(have, lang), n(eligible.length, lang)),
          formatPercent(eligible.length ? have / eligible.length : 0, lang),
        ]);
      }
    }
  });

  it('the list of counties gives each county page’s white spots', () => {
    const html = read(lang, 'fylker');
    for (const row of rows(byTestId(html, 'counties', 'table') ?? '').slice(1)) {
      const county = ds.counties.find((c) => c.slug === slugOf(row, 'fylker'))!;
      const schools = ds.libraries.filter((l) => l.kind === 'school' && l.countyNumber === county.number);
      const found = marks(row);
      expect(
        found.map((x) => [x.id, x.value, x.text]),
        county.slug,
      ).toEqual([
        ['white-spots-public', String(whiteSpots(county.number).length), n(whiteSpots(county.number).length, lang)],
        ['white-spots-schools', String(schools.filter((l) => paid(l) === 0).length), n(schools.filter((l) => paid(l) === 0).length, lang)],
      ]);
    }
    expect(rows(byTestId(html, 'counties', 'table') ?? '').length).toBe(ds.counties.length + 1);
  });
});
