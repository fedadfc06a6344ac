/**
 * The size budgets of DESIGN.md, measured on the built site: which JavaScript a page loads
 * before anyone interacts (its module scripts and everything they import statically; dynamic
 * `import()` is what interaction loads), how big the HTML is, and the on-demand MapLibre
 * chunk and boundary files. Pure functions; `scripts/budgets.ts` reads dist/ and prints.
 */
import { posix } from 'node:path';
import { htmlElements, innerSource } from '../src/lib/html/read-html';

export const KB = 1024;

/** DESIGN.md's budgets, gzipped bytes. */
export const BUDGETS = {
  html: 50 * KB,
  jsWithoutMap: 50 * KB,
  jsMapBeforeInteraction: 100 * KB,
  maplibreChunk: 460 * KB,
  boundaries: 150 * KB,
  /** An embed before interaction, in all: HTML, CSS, JavaScript, preloaded fonts and images. */
  embedTotal: 150 * KB,
} as const;

/** Stylesheets, preloaded files (an embed's font) and images a page loads up front (not lazy images). */
export function pageAssets(html: string): string[] {
  const urls = new Set<string>();
  for (const { name, attrs } of htmlElements(html)) {
    if (name === 'link' && attrs.href && relList(attrs.rel).some((rel) => rel === 'stylesheet' || rel === 'preload')) urls.add(attrs.href);
    if (name === 'img' && attrs.src && attrs.loading?.toLowerCase() !== 'lazy') urls.add(attrs.src);
  }
  return [...urls];
}

const relList = (rel: string | undefined) => (rel ?? '').toLowerCase().split(/\s+/);

/** Embed pages (`/embed/…`, in any language) have a budget for everything before interaction. */
export function isEmbed(urlPath: string): boolean {
  return /^\/(?:(?:nn|en)\/)?embed\//.test(urlPath);
}

/** Script URLs a page loads up front: module and classic scripts and module preloads. */
export function pageScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const { name, attrs } of htmlElements(html)) {
    if (name === 'script' && attrs.src) urls.add(attrs.src);
    if (name === 'link' && attrs.href && relList(attrs.rel).includes('modulepreload')) urls.add(attrs.href);
  }
  return [...urls];
}

/** Bodies of inline scripts that run (JavaScript, not JSON data blocks). */
export function inlineScripts(html: string): string[] {
  return htmlElements(html)
    .filter(({ name, attrs }) => name === 'script' && !('src' in attrs) && !/^(?:application\/(?:ld\+)?json|importmap)$/i.test(attrs.type ?? ''))
    .map((script) => innerSource(html, script))
    .filter((body) => body.trim() !== '');
}

/** Specifiers a module imports statically (`import … from "x"`, `import "x"`, `export … from "x"`), not `import("x")`. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of js.matchAll(pattern)) found.add(m[1]!);
  return [...found];
}

/**
 * Every script URL a page runs before interaction: its scripts and their static imports,
 * transitively. `read` returns a script's text by absolute URL path, or undefined when it is
 * not in dist (an external URL).
 */
export function scriptsBeforeInteraction(
  pageUrl: string,
  html: string,
  read: (urlPath: string) => string | undefined,
  /** More scripts the page starts by itself (an island's component and renderer). */
  moreRoots: readonly string[] = [],
): string[] {
  const seen = new Set<string>();
  const queue = [...pageScripts(html), ...moreRoots].map((src) => resolveUrl(pageUrl, src));
  for (const code of inlineScripts(html))
    for (const spec of staticImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolveUrl(pageUrl, spec));
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const js = read(url);
    if (js === undefined) continue;
    for (const spec of staticImports(js)) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolveUrl(url, spec));
  }
  return [...seen].sort();
}

export function resolveUrl(base: string, spec: string): string {
  if (/^[a-z]+:/i.test(spec)) return spec;
  if (spec.startsWith('/')) return spec.split(/[?#]/)[0]!;
  return posix.normalize(posix.join(posix.dirname(base), spec.split(/[?#]/)[0]!));
}

/** The page type a built HTML file stands for: `/tjenester/[slug]/`, `/`, `/en/fylker/[slug]/` → `/fylker/[slug]/`. */
export function pageType(urlPath: string): string {
  const parts = urlPath
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts[0] === 'nn' || parts[0] === 'en') parts.shift();
  if (parts.length === 0) return '/';
  if (parts.length === 1) return parts[0]!.endsWith('.html') ? `/${parts[0]}` : `/${parts[0]}/`;
  return `/${parts[0]}/[…]/`;
}

export interface PageFigures {
  url: string;
  type: string;
  htmlGz: number;
  jsGz: number;
  hasMap: boolean;
  /** On-demand chunks that this page nevertheless loads before interaction. */
  earlyMapLibre: string[];
  /** HTML + CSS + JS + images before interaction, gzipped (measured for embeds). */
  totalGz?: number;
}

export interface TypeRow {
  type: string;
  pages: number;
  /** Largest over the pages of the type (the budget is per page). */
  htmlGz: number;
  jsGz: number;
  hasMap: boolean;
  worstUrl: string;
  /** Largest total before interaction (embeds). */
  totalGz?: number;
}

export function summarise(pages: PageFigures[]): TypeRow[] {
  const rows = new Map<string, TypeRow>();
  for (const p of pages) {
    const row = rows.get(p.type) ?? { type: p.type, pages: 0, htmlGz: 0, jsGz: 0, hasMap: false, worstUrl: p.url };
    row.pages++;
    if (p.htmlGz > row.htmlGz) [row.htmlGz, row.worstUrl] = [p.htmlGz, p.url];
    row.jsGz = Math.max(row.jsGz, p.jsGz);
    row.hasMap ||= p.hasMap;
    if (p.totalGz !== undefined) row.totalGz = Math.max(row.totalGz ?? 0, p.totalGz);
    rows.set(p.type, row);
  }
  return [...rows.values()].sort((a, b) => a.type.localeCompare(b.type));
}

export interface Violation {
  what: string;
  size: number;
  budget: number;
}

export function checkBudgets(input: { pages: PageFigures[]; maplibreGz: number | null; boundaries: Array<{ name: string; gz: number }> }): Violation[] {
  const violations: Violation[] = [];
  for (const p of input.pages) {
    if (p.htmlGz > BUDGETS.html) violations.push({ what: `HTML of ${p.url}`, size: p.htmlGz, budget: BUDGETS.html });
    const jsBudget = p.hasMap ? BUDGETS.jsMapBeforeInteraction : BUDGETS.jsWithoutMap;
    if (p.jsGz > jsBudget) violations.push({ what: `JS before interaction on ${p.url}`, size: p.jsGz, budget: jsBudget });
    if (p.totalGz !== undefined && p.totalGz > BUDGETS.embedTotal)
      violations.push({ what: `embed ${p.url} before interaction (HTML+CSS+JS+images)`, size: p.totalGz, budget: BUDGETS.embedTotal });
    for (const chunk of p.earlyMapLibre) violations.push({ what: `MapLibre chunk ${chunk} loaded before interaction on ${p.url}`, size: 1, budget: 0 });
  }
  if (input.maplibreGz === null) violations.push({ what: 'MapLibre chunk not found in dist', size: 1, budget: 0 });
  else if (input.maplibreGz > BUDGETS.maplibreChunk) violations.push({ what: 'MapLibre chunk', size: input.maplibreGz, budget: BUDGETS.maplibreChunk });
  for (const b of input.boundaries) if (b.gz > BUDGETS.boundaries) violations.push({ what: `boundaries ${b.name}`, size: b.gz, budget: BUDGETS.boundaries });
  return violations;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
