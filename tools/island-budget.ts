/**
 * Issue 16's budget: at most 100 KB gzipped of JavaScript before interaction on ANY page, islands
 * included. budgets.ts's scripts-before-interaction follow <script> and modulepreload only; an Astro
 * island names its code in attributes (`<astro-island component-url renderer-url
 * before-hydration-url>`), which its inline loader imports on its own (client:idle when the browser
 * is idle, client:visible as it scrolls into view): nobody has to touch anything, so that code counts
 * here as loaded before interaction. Pure; scripts/budgets.ts reads dist/ and prints.
 */
import { htmlElements } from '../src/lib/html/read-html';
import { KB, scriptsBeforeInteraction } from './budgets';

export const JS_BEFORE_INTERACTION_ANY_PAGE = 100 * KB;

/** The code an island loads by itself: its component, its framework's renderer, its before-hydration module. */
export function islandScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const { name, attrs } of htmlElements(html)) {
    if (name !== 'astro-island') continue;
    for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) if (attrs[key]) urls.add(attrs[key]);
  }
  return [...urls];
}

/**
 * Every script URL a page runs without anyone interacting: its scripts, its module preloads, the
 * modules its inline scripts import and its islands' code, with their static imports, transitively.
 * `read` gives a script's text by URL path (undefined outside dist).
 */
export function allScriptsBeforeInteraction(pageUrl: string, html: string, read: (urlPath: string) => string | undefined): string[] {
  return scriptsBeforeInteraction(pageUrl, html, read, islandScripts(html));
}

export interface PageJs {
  url: string;
  /** Gzipped bytes: every file of allScriptsBeforeInteraction plus the inline scripts. */
  jsGz: number;
  islands: number;
}

/** The pages over the budget, worst first. */
export function overJsBudget(pages: readonly PageJs[], budget = JS_BEFORE_INTERACTION_ANY_PAGE): PageJs[] {
  return pages.filter((p) => p.jsGz > budget).sort((a, b) => b.jsGz - a.jsGz);
}
