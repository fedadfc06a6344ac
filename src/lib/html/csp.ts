/**
 * Content-Security-Policy for every built page, written after the build (scripts/build-site.ts):
 *
 * - a `<meta http-equiv="Content-Security-Policy">` in each HTML file (works on any static host,
 *   GitHub Pages included), allowing scripts and styles from the site itself plus the SHA-256 hash
 *   of each inline `<script>` and `<style>` on that page: no 'unsafe-inline' for either;
 * - `dist/_headers` (Netlify / Cloudflare Pages syntax) with what a `<meta>` cannot carry:
 *   `frame-ancestors` ('self' everywhere, any site for /embed/), plus object-src and base-uri.
 *   A host enforces both policies, so the header only adds; it restricts nothing the meta allows.
 *
 * Hashing after the build rather than with Astro's `security.csp` because the frozen embeds are
 * rewritten after Astro (their stylesheet inlined as `<style>`) and older versions are copied in
 * from the archive: only the finished file knows its inline code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assembleFrozenPage } from '../embed/frozen-shared';
import { readSharedFrom } from '../embed/frozen-store';
import { filesUnder } from '../files';
import { htmlElements, innerSource, replaceRanges, type HtmlElement } from './read-html';

export interface CspOptions {
  /** Another origin the map may load its style, glyphs, sprites and tiles from (PUBLIC_MAP_STYLE_URL). */
  mapStyleUrl?: string | null;
}

/** `'sha256-…'` of a script's or style's text, as a browser computes it (UTF-8). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the page's inline scripts (those without src) and inline styles, each once, in page order. */
export function inlineHashes(html: string, elements: readonly HtmlElement[] = htmlElements(html)): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const e of elements) {
    if (e.name === 'script' && !('src' in e.attrs)) scripts.add(cspHash(innerSource(html, e)));
    else if (e.name === 'style') styles.add(cspHash(innerSource(html, e)));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

function originOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The directives every page shares, as [name, sources]; script-src and style-src get the page's hashes. */
function baseDirectives(options: CspOptions): [string, string[]][] {
  const map = originOf(options.mapStyleUrl);
  const extra = map ? [map] : [];
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    // data: for MapLibre's control icons (SVG data URIs in its CSS); blob: for images it decodes.
    ['img-src', ["'self'", 'data:', 'blob:', ...extra]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...extra]],
    // MapLibre's worker is a file of the site (setWorkerUrl); blob: for the workers it may spawn from it.
    ['worker-src', ["'self'", 'blob:']],
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/** The policy for one page's `<meta>`: its inline scripts and styles by hash, no 'unsafe-inline'. */
export function pagePolicy(html: string, options: CspOptions = {}, elements?: readonly HtmlElement[]): string {
  const { scripts, styles } = inlineHashes(html, elements);
  return baseDirectives(options)
    .map(([name, sources]) => [name, name === 'script-src' ? [...sources, ...scripts] : name === 'style-src' ? [...sources, ...styles] : sources] as const)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const isCspMeta = (e: HtmlElement) => e.name === 'meta' && e.attrs['http-equiv']?.toLowerCase() === 'content-security-policy';

/**
 * The page with its policy as the first element of `<head>` (a policy covers only what comes after it); an old one is replaced.
 * `inlineSource` is the page as the browser ends up with it, when that differs from the file: a
 * frozen embed's shell inserts its shared body, whose inline scripts and styles need hashes too.
 */
export function withCsp(html: string, options: CspOptions = {}, inlineSource: string = html): string {
  const elements = htmlElements(html);
  const head = elements.find((e) => e.name === 'head');
  if (!head) throw new Error('withCsp: the page has no <head>');
  // An old policy is removed with the whitespace after it.
  const removed = elements.filter(isCspMeta).map((e) => ({ start: e.start, end: e.end + (/^\s*/.exec(html.slice(e.end))?.[0].length ?? 0), text: '' }));
  // After <meta charset>, which must come within the first 1024 bytes.
  const first = elements.find((e) => e.start >= head.startTagEnd && !removed.some((r) => e.start >= r.start && e.start < r.end));
  const charset = first && first.name === 'meta' && 'charset' in first.attrs && html.slice(head.startTagEnd, first.start).trim() === '' ? first : undefined;
  const insertAt = charset ? charset.end : head.startTagEnd;
  const policy = inlineSource === html ? pagePolicy(html, options, elements) : pagePolicy(inlineSource, options);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return replaceRanges(html, [...removed, { start: insertAt, end: insertAt, text: meta }]);
}

/** What `_headers` sets per path: everything but the embeds may only be framed by the site itself. */
export const HEADER_POLICY = {
  site: "object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  embed: "object-src 'none'; base-uri 'self'; frame-ancestors *",
} as const;

/**
 * `_headers` for the built site. Hosts join the values of every rule a path matches (two CSP
 * headers are both enforced), so the site's rule and the embeds' rule must never match the same
 * path: the site's rules are listed per top-level folder instead of one `/*`.
 */
export function headersFile(dist: string): string {
  const dirs = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  const files = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => e.name)
      .sort();
  const sitePaths: string[] = [];
  const embedPaths: string[] = [];
  for (const prefix of ['', 'nn', 'en']) {
    const base = prefix ? join(dist, prefix) : dist;
    if (prefix && !statSync(base, { throwIfNoEntry: false })?.isDirectory()) continue;
    const at = prefix ? `/${prefix}/` : '/';
    sitePaths.push(at);
    for (const f of files(base)) if (f !== 'index.html') sitePaths.push(`${at}${f}`);
    for (const d of dirs(base)) {
      if (!prefix && (d === 'nn' || d === 'en')) continue;
      (d === 'embed' ? embedPaths : sitePaths).push(`${at}${d}/*`);
    }
  }
  const rule = (path: string, policy: string) => `${path}\n  Content-Security-Policy: ${policy}\n`;
  return [
    "# Content-Security-Policy directives a <meta> cannot carry (src/lib/html/csp.ts); each page's <meta> holds the rest.",
    '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n',
    ...sitePaths.map((p) => rule(p, HEADER_POLICY.site)),
    ...embedPaths.map((p) => rule(p, HEADER_POLICY.embed)),
  ].join('\n');
}

/** Netlify / Cloudflare matching of a `_headers` path: exact, or a trailing `*` matching the rest. */
export function headerPathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** The CSP values `_headers` gives a request path (exactly one for a page of the site). */
export function headerPolicies(headers: string, path: string): string[] {
  const policies: string[] = [];
  let matches = false;
  for (const line of headers.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) matches = headerPathMatches(line.trim(), path);
    else if (matches && /^\s+Content-Security-Policy:/i.test(line)) policies.push(line.split(':').slice(1).join(':').trim());
  }
  return policies;
}

/**
 * One built page with its policy (the file is rewritten when that changes it); returns how many
 * inline scripts the policy allows, for the build log. `readShared` gives the frozen embeds' shared
 * files: a frozen shell's policy covers the body its loader inserts.
 */
function applyCspToPage(file: string, options: CspOptions, readShared: (name: string) => string | undefined): number {
  const html = readFileSync(file, 'utf8');
  try {
    // Assembled as the loader does it in the browser.
    const assembled = assembleFrozenPage(html, readShared);
    const result = withCsp(html, options, assembled);
    if (result !== html) writeFileSync(file, result);
    return inlineHashes(assembled).scripts.length;
  } catch (error) {
    // Which page: the build may run this on a worker thread, far from any other context.
    throw new Error(`csp: ${file}: ${(error as Error).message}`);
  }
}

/** Every HTML file of a build: the pages the policy goes into. */
export function htmlFilesUnder(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html'));
}

/** Writes `dist/_headers` (headersFile): last, when every folder of the site is there. */
export function writeHeadersFile(dist: string): void {
  writeFileSync(join(dist, '_headers'), headersFile(dist));
}

export interface CspFigures {
  pages: number;
  inlineScripts: number;
}

/** The policy into each of `files` (HTML files under `dist`), one after another: the whole build's, or one worker thread's share (csp-in-workers.ts). */
export function applyCspToPages(dist: string, files: readonly string[], options: CspOptions = {}): CspFigures {
  const readShared = readSharedFrom(dist);
  let inlineScripts = 0;
  for (const file of files) inlineScripts += applyCspToPage(file, options, readShared);
  return { pages: files.length, inlineScripts };
}

/** Adds the policy to every HTML file under `dist` and writes `dist/_headers`; returns the figures for the build log. */
export function applyCspToDist(dist: string, options: CspOptions = {}): CspFigures {
  const figures = applyCspToPages(dist, htmlFilesUnder(dist), options);
  writeHeadersFile(dist);
  return figures;
}

/** A dist file's URL path (`dist/nn/om/index.html` -> `/nn/om/`). */
export function urlPathOf(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
