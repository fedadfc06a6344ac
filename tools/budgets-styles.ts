/**
 * The stylesheet and font budgets (issue 16: Designsystemet's CSS, our theme and the self-hosted
 * Inter): the CSS a page must load before it can paint (its linked stylesheets and inline
 * `<style>` blocks, gzipped) and the font files those stylesheets can load (woff2 is compressed
 * already: counted as stored). Pure functions; `scripts/budgets.ts` reads dist/ and prints.
 */
import { htmlElements, innerSource } from '../src/lib/html/read-html';
import { KB, resolveUrl } from './budgets';

export const STYLE_BUDGETS = {
  /** Render-blocking CSS of one page, gzipped: Designsystemet's components, the theme, ours. */
  css: 40 * KB,
  /** One font file (a subset of Inter; the Latin file is 48 KB). */
  fontFile: 60 * KB,
  /** Every font file the site's stylesheets can load, together (60 KB since the Latin Extended
   * file became a 12 KB cut: a return of the whole 85 KB file fails here). */
  fontsTotal: 80 * KB,
} as const;

/** Stylesheet URLs a page links (render-blocking: not `media="print"` only, not disabled). */
export function pageStylesheets(html: string): string[] {
  const urls = new Set<string>();
  for (const { name, attrs } of htmlElements(html)) {
    if (name !== 'link' || !attrs.href || 'disabled' in attrs) continue;
    if (!(attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) continue;
    if ((attrs.media ?? '').trim().toLowerCase() === 'print') continue;
    urls.add(attrs.href);
  }
  return [...urls];
}

/** The bodies of a page's inline `<style>` blocks. */
export function inlineStyles(html: string): string[] {
  return htmlElements(html)
    .filter(({ name }) => name === 'style')
    .map((style) => innerSource(html, style))
    .filter((body) => body.trim() !== '');
}

/** Font files a stylesheet's `@font-face` rules point at, resolved against the stylesheet's URL. */
export function fontUrls(cssUrl: string, css: string): string[] {
  const urls = new Set<string>();
  for (const face of css.matchAll(/@font-face\s*{([^}]*)}/gi)) {
    for (const m of face[1]!.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)) {
      const spec = m[2]!;
      if (spec.startsWith('data:')) continue;
      urls.add(resolveUrl(cssUrl, spec));
    }
  }
  return [...urls];
}

export interface StyleFigures {
  /** Largest render-blocking CSS of a page, gzipped, and that page. */
  cssGz: number;
  cssUrl: string;
  fonts: Array<{ url: string; bytes: number }>;
}

export interface StyleViolation {
  what: string;
  size: number;
  budget: number;
}

export function checkStyleBudgets(figures: StyleFigures): StyleViolation[] {
  const violations: StyleViolation[] = [];
  if (figures.cssGz > STYLE_BUDGETS.css)
    violations.push({ what: `CSS before first paint on ${figures.cssUrl}`, size: figures.cssGz, budget: STYLE_BUDGETS.css });
  for (const f of figures.fonts)
    if (f.bytes > STYLE_BUDGETS.fontFile) violations.push({ what: `font ${f.url}`, size: f.bytes, budget: STYLE_BUDGETS.fontFile });
  const total = figures.fonts.reduce((sum, f) => sum + f.bytes, 0);
  if (total > STYLE_BUDGETS.fontsTotal) violations.push({ what: `all font files (${figures.fonts.length})`, size: total, budget: STYLE_BUDGETS.fontsTotal });
  return violations;
}
