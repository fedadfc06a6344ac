/**
 * Reads the built pages as a reader would (issue 24): every library, municipality, county and
 * service page, every map legend on them and every latest embed, in bokmål, nynorsk and English.
 * The figures are computed here from data/dataset.json by this file's own small implementation of
 * the definitions (figures/vocabulary.ts, docs/figures.md), not by the page code; only the wording
 * (the dictionaries) and number formats are shared. A figure is found by its `data-figure` mark,
 * and its visible text must carry the number and its label. No browser: plain HTML files, so the
 * whole site is read in seconds.
 *
 * This file: the services and vendors lists, the service pages, the home page and the embeds.
 */
import { describe, expect, it } from 'vitest';
import { EMBED_STRINGS } from '../../src/lib/embed/strings';
import { GLOSSARY } from '../../src/lib/figures/vocabulary';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { formatList, formatPercent } from '../../src/lib/i18n/format';
import { LANGS } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import {
  active,
  ds,
  fits,
  municipalitiesIn,
  paid,
  peopleIn,
  publicFor,
  type RawService,
  reachedPaid,
  recorded,
  schoolsSeatedIn,
  unrecordedNames,
  whiteSpots,
  year,
} from './figures-rules';
import { byTestId, legend, main, marks, n, pageChecks, read, text } from './figures-reading';

describe.each(LANGS)('figures as the pages state them (%s)', (lang) => {
  const g = GLOSSARY[lang];
  const t = STRINGS[lang];
  const mt = MAP_STRINGS[lang];

  const { checkChange, checkServiceFigures } = pageChecks(lang);

  it('the services list, the vendors list and every vendor page give each service’s figures as its page does', () => {
    expect(checkServiceFigures(read(lang, 'tjenester'), `${lang} tjenester`)).toBe(ds.services.length);
    let onVendorPages = 0;
    for (const path of ['leverandorer', ...ds.vendors.map((v) => `leverandorer/${v.slug}`)]) {
      onVendorPages += checkServiceFigures(read(lang, path), `${lang} ${path}`);
    }
    expect(onVendorPages).toBeGreaterThanOrEqual(ds.services.length);
  });

  it('every service page: libraries with it, share of libraries and of inhabitants, a map headed by whom it shows; an unrecorded service says so and shows no figure', () => {
    const population = ds.municipalities.reduce((sum, m) => sum + m.population, 0);
    for (const service of ds.services) {
      const where = `${lang} ${service.slug}`;
      const html = read(lang, `tjenester/${service.slug}`);
      const found = marks(html);
      if (!recorded(service)) {
        const note = found.find((x) => x.id === 'not-recorded');
        expect(note?.text, where).toContain(g.notRecorded);
        expect(note?.text, where).toContain(service.name);
        expect(
          found.filter((x) => x.id !== 'not-recorded'),
          where,
        ).toEqual([]);
        expect(text(main(html)), where).not.toContain(formatPercent(0, lang));
        expect(html, where).not.toContain('class="norway-map"');
        continue;
      }
      const eligible = ds.libraries.filter((l) => fits(service, l));
      const have = eligible.filter((l) => active.get(l.id)?.has(service.id));
      const inhabitants = ds.libraries
        .filter((l) => l.kind === 'public' && active.get(l.id)?.has(service.id))
        .reduce((sum, l) => sum + (l.inhabitantsServed ?? 0), 0);
      const get = (id: string) => found.find((x) => x.id === id);
      expect([get('libraries-with-service')?.value, get('libraries-with-service')?.text], where).toEqual([
        String(have.length),
        t.serviceLibrariesHeading(have.length, service.name, year),
      ]);
      expect(get('coverage')?.text, where).toBe(formatPercent(eligible.length ? have.length / eligible.length : 0, lang));
      expect(get('population-reach')?.text, where).toBe(formatPercent(inhabitants / population, lang));
      // The map's heading names the libraries it shows, and its legend counts municipalities as defined.
      expect(text(/<h2 id="service-map">([\s\S]*?)<\/h2>/.exec(html)![1]!), where).toBe(g.mapServiceHeading[service.audience].replace('{s}', service.name));
      const byPublic = ds.municipalities.filter((m) => publicFor.get(m.number) && active.get(publicFor.get(m.number)!.id)?.has(service.id));
      const bySchoolOnly = ds.municipalities.filter((m) => !byPublic.includes(m) && schoolsSeatedIn(m.number).some((s) => active.get(s.id)?.has(service.id)));
      const rowsOf = legend(html);
      const counted = (cls: string, count: number) => (count === 0 ? undefined : `(${mt.municipalitiesCount(count)})`);
      expect([rowsOf.get('pub')?.match(/\(.*\)$/)?.[0], rowsOf.get('sch')?.match(/\(.*\)$/)?.[0], rowsOf.get('no')?.match(/\(.*\)$/)?.[0]], where).toEqual([
        counted('pub', byPublic.length),
        counted('sch', bySchoolOnly.length),
        counted('no', ds.municipalities.length - byPublic.length - bySchoolOnly.length),
      ]);
    }
  });

  it('the home page: its key figures, its white spots and its map’s lowest class are the same municipalities, with the change from last year', () => {
    const html = read(lang, '');
    const white = whiteSpots();
    expect(marks(html).find((x) => x.id === 'white-spots-public')?.value).toBe(String(white.length));
    if (white.length > 0) expect(legend(html).get('b0')).toContain(mt.municipalitiesCount(white.length));
    checkChange(html, undefined, `${lang} home`);
    const withPaid = ds.libraries.filter((l) => paid(l) > 0);
    const reached = withPaid.filter((l) => l.kind === 'public').reduce((sum, l) => sum + (l.inhabitantsServed ?? 0), 0);
    const key = marks(html);
    expect(key.find((x) => x.id === 'libraries-with-services')?.text).toBe(n(withPaid.length, lang));
    expect(key.find((x) => x.id === 'population-share')?.text).toBe(formatPercent(reached / peopleIn(ds.municipalities), lang));
  });

  it('every latest embed states what its legend counts', () => {
    const et = EMBED_STRINGS[lang];
    const views = [
      { path: 'embed', county: undefined as (typeof ds.counties)[number] | undefined, service: undefined as RawService | undefined },
      ...ds.counties.map((county) => ({ path: `embed/fylker/${county.slug}`, county, service: undefined })),
      ...ds.services.filter(recorded).map((service) => ({ path: `embed/tjenester/${service.slug}`, county: undefined, service })),
    ];
    for (const { path, county, service } of views) {
      const html = read(lang, path);
      const inView = municipalitiesIn(county?.number);
      const summary = text(/<p class="embed-summary"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!);
      if (service) {
        const offered = inView.filter(
          (m) =>
            (publicFor.get(m.number) && active.get(publicFor.get(m.number)!.id)?.has(service.id)) ||
            schoolsSeatedIn(m.number).some((s) => active.get(s.id)?.has(service.id)),
        );
        expect(summary, path).toBe(et.serviceSummary(offered.length, inView.length, service.name, year, county?.name));
        continue;
      }
      const values = inView.map((m) => reachedPaid(m.number)).sort((a, b) => a - b);
      const withAny = values.filter((v) => v > 0).length;
      expect(summary, path).toBe(et.breadthSummary(withAny, inView.length, values[Math.floor((values.length - 1) / 2)] ?? 0, year, county?.name));
      if (withAny < inView.length) expect(legend(html).get('b0'), path).toContain(mt.municipalitiesCount(inView.length - withAny));
    }
    // A service nobody can tell who has gets no embed (every municipality would read as lacking it).
    for (const s of ds.services.filter((x) => !recorded(x))) expect(() => read(lang, `embed/tjenester/${s.slug}`)).toThrow();
  });

  it('names every service it cannot tell about wherever a table leaves it out', () => {
    if (unrecordedNames.length === 0) return expect(unrecordedNames).toEqual([]);
    const html = read(lang, `fylker/${ds.counties[0]!.slug}`);
    expect(text(byTestId(html, 'not-recorded-note', 'p') ?? '')).toBe(g.notRecordedNote(formatList(unrecordedNames, lang)));
  });
});
