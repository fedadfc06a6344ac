/**
 * The built pages every validator checks (Nu Html Checker in `npm run check:html`, axe and IBM's
 * engine in the browser tests): one of each template in each language and each folder shape of
 * a catch-all route (`checkedPages`), found from the route files in `src/pages/` and the HTML in
 * `dist/`. Older dataset versions' frozen embeds carried forward from the archive are left out:
 * they were checked when their version was built and cannot change now.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { relativeFilesUnder } from '../src/lib/files';
import { checksLinksOf } from './links';
import { checkedPages, routeTemplates, type Template } from './templates';

export interface CheckedPage {
  /** The route file and language, for messages (`[...lang]/bibliotek/[slug].astro en`). */
  label: string;
  /** The built file, relative to dist (`en/bibliotek/x/index.html`), or undefined if the template built none. */
  file: string | undefined;
  template: Template;
}

export function checkedSite(options: { dist: string; pages: string; version: string }): CheckedPage[] {
  const routes = relativeFilesUnder(options.pages).filter((f) => !f.includes('.test.'));
  const html = relativeFilesUnder(options.dist)
    .filter((f) => f.endsWith('.html') && checksLinksOf(f, options.version))
    .map((path) => ({ path, size: statSync(join(options.dist, path)).size }));
  return checkedPages(routeTemplates(routes), html).map(({ template, path }) => ({
    label: `${template.route} ${template.lang ?? ''}`.trim(),
    file: path,
    template,
  }));
}
