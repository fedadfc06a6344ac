/**
 * Reading a built page as a reader would, for the figures tests: its text, its `data-figure` marks,
 * and the checks more than one page shares (a library summary, a change from last year, a service's figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GLOSSARY } from '../../src/lib/figures/vocabulary';
import { FIGURE_STRINGS } from '../../src/lib/i18n/figures-strings';
import { formatInteger, formatPercent, formatSigned } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { PATHS } from '../../src/lib/paths';
import { active, all, ds, fits, gapsOf, paid, peersOf, type RawLibrary, recorded, whiteChange } from './figures-rules';

// ---- Reading a page ----

export const prefix = (lang: Lang) => (lang === 'nb' ? '' : `${lang}/`);
export const read = (lang: Lang, path: string) => readFileSync(join(PATHS.dist, prefix(lang), path, 'index.html'), 'utf8');
export const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** The text a reader sees in a piece of HTML: tags dropped, entities decoded, spaces collapsed (Intl's narrow spaces kept). */
export function text(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? whole),
    )
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
export interface Mark {
  id: string;
  value: string | undefined;
  attrs: string;
  text: string;
}
/** Every element marked `data-figure` (its own closing tag ends it: marks never nest an element of their own name). */
export function marks(html: string): Mark[] {
  return [...html.matchAll(/<(\w+)\s([^>]*?\bdata-figure="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    id: m[3]!,
    attrs: m[2]!,
    value: /\bdata-value="([^"]*)"/.exec(m[2]!)?.[1],
    text: text(m[4]!),
  }));
}
/** The first element with `data-testid="id"` (or a table's rows, by its tag). */
export function byTestId(html: string, id: string, tag = '\\w+'): string | undefined {
  return new RegExp(`<(${tag})\\b[^>]*data-testid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html)?.[2];
}
export const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
export const rows = (html: string) => [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
export const slugOf = (html: string, segment: string) => new RegExp(`href="[^"]*/${segment}/([^/"]+)/"`).exec(html)?.[1];
/** The map legend's rows: class and the municipalities it counts. */
export function legend(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<li data-cls="(\w+)">([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, text(m[2]!)]));
}
/** A count of services with no set named ("3 tjenester"): a figure without its label. */
export const UNLABELLED: Record<Lang, RegExp> = {
  nb: /\b\d+ tjenester?\b(?! i alt)/,
  nn: /\b\d+ tenester?\b(?! i alt)/,
  en: /\b\d+ services?\b(?! in all)/,
};

export const n = (x: number, lang: Lang) => formatInteger(x, lang);

export function checkSummary(html: string, library: RawLibrary, lang: Lang, where: string): void {
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

/** The checks a language's pages share: the change from last year and a service's figures. */
export function pageChecks(lang: Lang) {
  const g = GLOSSARY[lang];
  const f = FIGURE_STRINGS[lang];

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
  return { checkChange, checkServiceFigures };
}
