/**
 * Page templates: one per route file in `src/pages/` (times each language where the route sits
 * under `[...lang]`), each matched to the built pages it produced. The accessibility tests walk
 * these, so a new route file (an embed, say) is tested without anyone adding it to a list.
 */
import type { Lang } from '../src/lib/i18n/lang';

/** The folder each language's pages are built into (bokmål at the root). */
export const LANG_DIRS: Record<Lang, string> = { nb: '', nn: 'nn/', en: 'en/' };

export interface Template {
  /** The route file, relative to `src/pages/` (`[...lang]/bibliotek/[slug].astro`). */
  route: string;
  /** The language, or null for a route outside `[...lang]`. */
  lang: Lang | null;
  /** Matches the dist-relative HTML files (`en/bibliotek/x/index.html`) the route produces. */
  pattern: RegExp;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|\\]/g, '\\$&');

function segmentPattern(segment: string): string {
  if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return '(?:.+/)?';
  return segment
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('');
}

/** The templates for route files (paths relative to `src/pages/`); endpoints (`.ts`) make no HTML and are left out. */
export function routeTemplates(routeFiles: readonly string[]): Template[] {
  const templates: Template[] = [];
  for (const route of [...routeFiles].sort()) {
    if (!/\.(astro|md|mdx)$/.test(route)) continue;
    const segments = route.replace(/\.(astro|md|mdx)$/, '').split('/');
    const last = segments.pop()!;
    const langs: (Lang | null)[] = segments.includes('[...lang]') ? (Object.keys(LANG_DIRS) as Lang[]) : [null];
    for (const lang of langs) {
      let source = '';
      for (const segment of segments)
        source +=
          segment === '[...lang]' ? escapeRegExp(LANG_DIRS[lang!]) : segment.startsWith('[...') ? segmentPattern(segment) : `${segmentPattern(segment)}/`;
      // Astro builds `x.astro` to `x/index.html`, but the 404 page to `404.html`.
      if (last === '404' || last === '500') source += `${last}\\.html`;
      else if (last === 'index') source += 'index\\.html';
      else source += last.startsWith('[...') ? `${segmentPattern(last)}index\\.html` : `${segmentPattern(last)}/index\\.html`;
      templates.push({ route, lang, pattern: new RegExp(`^${source}$`) });
    }
  }
  return templates;
}

/**
 * One built page per template: the largest HTML file it produced (the most structure to test),
 * or undefined when it produced none. A file counts for the first template (in route order,
 * static before dynamic) that matches it, as Astro's own routing prefers static routes.
 */
export function representatives(
  templates: readonly Template[],
  htmlFiles: readonly { path: string; size: number }[],
): { template: Template; path: string | undefined }[] {
  const best = largestByTemplate(templates, htmlFiles, () => '');
  return templates.map((template) => ({ template, path: best.get(template)?.get('')?.path }));
}

/** The largest file of each key (by `keyOf`) among the files each template owns; ties go to the first path. */
function largestByTemplate(
  templates: readonly Template[],
  htmlFiles: readonly { path: string; size: number }[],
  keyOf: (path: string, template: Template) => string,
): Map<Template, Map<string, { path: string; size: number }>> {
  const isDynamic = (t: Template) => /\[(?!\.\.\.lang\])/.test(t.route);
  const ordered = [...templates].sort((a, b) => Number(isDynamic(a)) - Number(isDynamic(b)));
  const best = new Map<Template, Map<string, { path: string; size: number }>>();
  for (const file of htmlFiles) {
    const template = ordered.find((t) => t.pattern.test(file.path));
    if (!template) continue;
    const byKey = best.get(template) ?? new Map<string, { path: string; size: number }>();
    best.set(template, byKey);
    const key = keyOf(file.path, template);
    const current = byKey.get(key);
    if (!current || file.size > current.size || (file.size === current.size && file.path < current.path)) byKey.set(key, file);
  }
  return best;
}

/**
 * The pages the validators (Nu Html Checker, axe, IBM) check: the representative of every
 * template, then the largest page of each other folder shape it built. A catch-all route builds
 * pages of different structure in different folders (the embeds: Norway at `embed/`, a service at
 * `embed/tjenester/x/`, a county at `embed/fylker/y/`, each frozen again under `embed/v/<version>/`),
 * so each shape is checked; the pages of a route without a catch-all share one shape and add
 * nothing, wherever its `[slug]` sits. A catch-all page's shape is its path without its last folder
 * and file name. Templates that built nothing are kept with no path, so a caller can fail on them.
 */
export function checkedPages(
  templates: readonly Template[],
  htmlFiles: readonly { path: string; size: number }[],
): { template: Template; path: string | undefined }[] {
  // Only a catch-all builds folders of different structure: every page of a route without one
  // (`fylker/[slug]/rapport`, whichever folder the slug is) has the same shape as its representative.
  const hasCatchAll = (t: Template) => /\[\.\.\.(?!lang\])/.test(t.route);
  const folderShape = (path: string) => path.split('/').slice(0, -2).join('/');
  const byShape = largestByTemplate(templates, htmlFiles, (path, template) => (hasCatchAll(template) ? folderShape(path) : ''));
  return representatives(templates, htmlFiles).flatMap(({ template, path }) => {
    if (!path) return [{ template, path }];
    const others = [...(byShape.get(template)?.values() ?? [])]
      .map((f) => f.path)
      .filter((p) => p !== path)
      .sort();
    return [{ template, path }, ...others.map((p) => ({ template, path: p as string | undefined }))];
  });
}

/** The URL path of a dist-relative HTML file (`en/om/index.html` -> `/en/om/`). */
export function urlPath(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
}
