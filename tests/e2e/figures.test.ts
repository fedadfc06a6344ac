/**
 * Reads the built pages as a reader would (issue 24): every library, municipality, county and
 * service page, every map legend on them and every latest embed, in bokmål, nynorsk and English.
 * The figures are computed here from data/dataset.json by this file's own small implementation of
 * the definitions (figures/vocabulary.ts, docs/figures.md), not by the page code; only the wording
 * (the dictionaries) and number formats are shared. A figure is found by its `data-figure` mark,
 * and its visible text must carry the number and its label. No browser: plain HTML files, so the
 * whole site is read in seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_STRINGS } from '../../src/lib/embed/strings';
import { GLOSSARY } from '../../src/lib/figures/vocabulary';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { FIGURE_STRINGS } from '../../src/lib/i18n/figures-strings';
import { formatInteger, formatList, formatPercent, formatSigned } from '../../src/lib/i18n/format';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import { PATHS } from '../../src/lib/paths';

// ---- The definitions, written again from the glossary, on the raw dataset ----

interface RawService {
  id: string;
  slug: string;
  name: string;
  audience: 'public' | 'school' | 'both';
  funding: string;
  recorded?: boolean;
}
interface RawLibrary {
  id: string;
  kind: 'public' | 'school';
  name: string;
  slug: string;
  municipalityNumber: string;
  servesMunicipalities: string[];
  countyNumber: string;
  inhabitantsServed: number | null;
  studentsAndStaff: number | null;
}
interface RawDataset {
  source: { pulledAt: string };
  counties: { number: string; name: string; slug: string }[];
  municipalities: { number: string; name: string; countyNumber: string; population: number }[];
  libraries: RawLibrary[];
  vendors: { slug: string }[];
  services: RawService[];
  periods: { year: number }[];
  subscriptions: { libraryId: string; serviceId: string; year: number; status: string }[];
}

const ds = JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as RawDataset;
const years = ds.periods.map((p) => p.year).sort((a, b) => a - b);
const pulledYear = Number(ds.source.pulledAt.slice(0, 4));
/** "This year": the agreement year running when the data was pulled, or the latest before it. */
const year = years.filter((y) => y <= pulledYear).at(-1) ?? years[0]!;
const serviceById = new Map(ds.services.map((s) => [s.id, s]));
const recorded = (s: RawService) => s.recorded !== false;
const isPaidService = (s: RawService) => recorded(s) && (s.funding === 'bought' || s.funding === 'county-funded');
/** Services active per library in an agreement year. */
function activeIn(y: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of ds.subscriptions) {
    if (s.year !== y || s.status !== 'active') continue;
    if (!out.has(s.libraryId)) out.set(s.libraryId, new Set());
    out.get(s.libraryId)!.add(s.serviceId);
  }
  return out;
}
const active = activeIn(year);
const previousYear = years.filter((y) => y < year).at(-1);
const own = (l: RawLibrary, act = active) => [...(act.get(l.id) ?? [])].map((id) => serviceById.get(id)!);
/** Paid services: bought or county-funded, recorded, active this year (or in the year of `act`). */
const paid = (l: RawLibrary, act = active) => own(l, act).filter(isPaidService).length;
/** Services in all: every recorded service active this year. */
const all = (l: RawLibrary) => own(l).filter(recorded).length;
const fits = (s: RawService, l: RawLibrary) => s.audience === 'both' || s.audience === l.kind;

const nbOrder = new Intl.Collator('nb');
const size = (l: RawLibrary) => (l.kind === 'public' ? l.inhabitantsServed : l.studentsAndStaff) ?? 0;
/** Similar libraries: same kind and county; the five closest in size by ratio, or all when sizes are missing. */
function peersOf(l: RawLibrary): RawLibrary[] {
  const same = ds.libraries.filter((o) => o.id !== l.id && o.kind === l.kind && o.countyNumber === l.countyNumber);
  const withSize = same.filter((o) => size(o) > 0);
  if (size(l) > 0 && withSize.length >= Math.min(5, same.length) && same.length > 0) {
    return withSize
      .map((o) => ({ o, d: Math.abs(Math.log(size(o) / size(l))) }))
      .sort((a, b) => a.d - b.d || nbOrder.compare(a.o.name, b.o.name))
      .slice(0, 5)
      .map((x) => x.o);
  }
  return same;
}
/** What at least half of the similar libraries have that the library lacks. */
function gapsOf(l: RawLibrary, peers: RawLibrary[]): string[] {
  const mine = active.get(l.id) ?? new Set();
  const counts = new Map<string, number>();
  for (const p of peers) for (const id of active.get(p.id) ?? []) if (!mine.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n / peers.length >= 0.5).map(([id]) => serviceById.get(id)!.name);
}
const publicFor = new Map<string, RawLibrary>();
for (const l of ds.libraries) if (l.kind === 'public') for (const m of l.servesMunicipalities) publicFor.set(m, l);
const schoolsSeatedIn = (m: string) => ds.libraries.filter((l) => l.kind === 'school' && l.municipalityNumber === m);
const municipalitiesIn = (county?: string) => ds.municipalities.filter((m) => !county || m.countyNumber === county);
/** Municipalities with no paid service at their public library (the county page's sentence and map). */
const whiteSpots = (county?: string, act = active) =>
  municipalitiesIn(county).filter((m) => !publicFor.has(m.number) || paid(publicFor.get(m.number)!, act) === 0);
const peopleIn = (ms: { population: number }[]) => ms.reduce((sum, m) => sum + m.population, 0);
/** Change from last year: this year's white spots minus the previous agreement year's, municipalities and people. */
function whiteChange(county?: string): { municipalities: number; people: number; from: number } | null {
  if (previousYear === undefined) return null;
  const before = whiteSpots(county, activeIn(previousYear));
  const now = whiteSpots(county);
  return { municipalities: now.length - before.length, people: peopleIn(now) - peopleIn(before), from: previousYear };
}
/** Paid services a municipality reaches through its public library and the schools seated in it (the embeds' "any library"). */
function reachedPaid(m: string): number {
  const ids = new Set<string>();
  for (const l of [publicFor.get(m), ...schoolsSeatedIn(m)]) for (const s of l ? own(l) : []) if (isPaidService(s)) ids.add(s.id);
  return ids.size;
}
const unrecordedNames = ds.services.filter((s) => !recorded(s)).map((s) => s.name);

// ---- Reading a page ----

const prefix = (lang: Lang) => (lang === 'nb' ? '' : `${lang}/`);
const read = (lang: Lang, path: string) => readFileSync(join(PATHS.dist, prefix(lang), path, 'index.html'), 'utf8');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** The text a reader sees in a piece of HTML: tags dropped, entities decoded, spaces collapsed (Intl's narrow spaces kept). */
function text(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? whole),
    )
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
interface Mark {
  id: string;
  value: string | undefined;
  attrs: string;
  text: string;
}
/** Every element marked `data-figure` (its own closing tag ends it: marks never nest an element of their own name). */
function marks(html: string): Mark[] {
  return [...html.matchAll(/<(\w+)\s([^>]*?\bdata-figure="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    id: m[3]!,
    attrs: m[2]!,
    value: /\bdata-value="([^"]*)"/.exec(m[2]!)?.[1],
    text: text(m[4]!),
  }));
}
/** The first element with `data-testid="id"` (or a table's rows, by its tag). */
function byTestId(html: string, id: string, tag = '\\w+'): string | undefined {
  return new RegExp(`<(${tag})\\b[^>]*data-testid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html)?.[2];
}
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const rows = (html: string) => [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
const slugOf = (html: string, segment: string) => new RegExp(`href="[^"]*/${segment}/([^/"]+)/"`).exec(html)?.[1];
/** The map legend's rows: class and the municipalities it counts. */
function legend(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<li data-cls="(\w+)">([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, text(m[2]!)]));
}
/** A count of services with no set named ("3 tjenester"): a figure without its label. */
const UNLABELLED: Record<Lang, RegExp> = {
  nb: /\b\d+ tjenester?\b(?! i alt)/,
  nn: /\b\d+ tenester?\b(?! i alt)/,
  en: /\b\d+ services?\b(?! in all)/,
};

const n = (x: number, lang: Lang) => formatInteger(x, lang);

function checkSummary(html: string, library: RawLibrary, lang: Lang, where: string): void {
  const g = GLOSSARY[lang];
  const summary = byTestId(html, 'summary', 'p');
  expect(summary, `${where}: a summary before the tables`).toBeDefined();
  // The summary comes before any table.
  expect(html.indexOf('data-testid="summary"'), where).toBeLessThan(html.indexOf('<table') === -1 ? Number.POSITIVE_INFINITY : html.indexOf('<table'));
  const found = marks(summary!);
  const p = found.find((m) => m.id === 'paid-services');
  const a = found.find((m) => m.id === 'all-services');
  expect([p?.value, p?.text, a?.value, a?.text], where).toEqual([
    String(paid(library)),
    g.paidServices(paid(library)),
    String(all(library)),
    g.allServices(all(library)),
  ]);
  const peers = peersOf(library);
  const gaps = gapsOf(library, peers);
  const said = text(summary!);
  if (peers.length === 0) expect(said, where).toContain(g.summaryNoPeers);
  else if (gaps.length === 0) expect(said, where).toContain(g.summaryNoGaps);
  else {
    const listed = [...(byTestId(summary!, 'summary-gaps', 'span') ?? '').matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => text(m[1]!));
    expect(listed.sort(), where).toEqual(gaps.sort());
  }
  expect(UNLABELLED[lang].exec(text(main(html)))?.[0], `${where}: a count of services without its label`).toBeUndefined();
}

describe.each(LANGS)('figures as the pages state them (%s)', (lang) => {
  const g = GLOSSARY[lang];
  const f = FIGURE_STRINGS[lang];
  const t = STRINGS[lang];
  const mt = MAP_STRINGS[lang];

  /** The change from last year under a white-spot sentence (the country, or a county). */
  function checkChange(html: string, county: string | undefined, where: string): void {
    const mark = marks(html).find((x) => x.id === 'change')!;
    const change = whiteChange(county);
    if (!change) {
      expect(mark.text, where).toBe(f.whiteNoPrevious);
      return;
    }
    expect([mark.value, /data-population="(-?\d+)"/.exec(mark.attrs)?.[1]], where).toEqual([String(change.municipalities), String(change.people)]);
    expect(mark.text, where).toBe(f.whiteChange(change.municipalities, formatSigned(change.people, lang), change.from));
  }

  /** A service's figures wherever a list or table gives them (cards and rows naming the service). */
  function checkServiceFigures(html: string, where: string): number {
    let checked = 0;
    const items = [...html.matchAll(/<li class="ds-card"[^>]*data-service="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, m[2]!] as const);
    const tableRows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
      .map((m) => [slugOf(m[1]!, 'tjenester'), m[1]!] as const)
      .filter(([slug, row]) => slug && /data-figure="(libraries-with-service|not-recorded)"/.test(row));
    for (const [slug, part] of [...items, ...tableRows]) {
      const service = ds.services.find((x) => x.slug === slug)!;
      const found = marks(part);
      if (!recorded(service)) {
        expect(
          found.map((x) => [x.id, x.text]),
          `${where} ${slug}`,
        ).toEqual([['not-recorded', g.notRecorded]]);
        checked++;
        continue;
      }
      const eligible = ds.libraries.filter((l) => fits(service, l));
      const have = eligible.filter((l) => active.get(l.id)?.has(service.id)).length;
      const libraries = found.find((x) => x.id === 'libraries-with-service');
      expect(libraries?.value, `${where} ${slug}`).toBe(String(have));
      expect(libraries?.text, `${where} ${slug}`).toContain(n(have, lang));
      expect(found.find((x) => x.id === 'coverage')?.text, `${where} ${slug}`).toBe(formatPercent(eligible.length ? have / eligible.length : 0, lang));
      checked++;
    }
    return checked;
  }

  it('the services list, the vendors list and every vendor page give each service’s figures as its page does', () => {
    expect(checkServiceFigures(read(lang, 'tjenester'), `${lang} tjenester`)).toBe(ds.services.length);
    let onVendorPages = 0;
    for (const path of ['leverandorer', ...ds.vendors.map((v) => `leverandorer/${v.slug}`)]) {
      onVendorPages += checkServiceFigures(read(lang, path), `${lang} ${path}`);
    }
    expect(onVendorPages).toBeGreaterThanOrEqual(ds.services.length);
  });

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
