/**
 * Link checking for the built site: the internal links, sources and srcsets in HTML, resolved the
 * way the static server resolves them (a trailing slash means the folder's index.html), and
 * #fragments checked against the ids on the target page. Pure: the caller reads the files.
 */
import { htmlElements } from '../src/lib/html/read-html';

export interface PageLinks {
  /** Every URL in href, src, srcset and xlink:href attributes, entity-decoded. */
  urls: string[];
  /** Every id (and a[name]) on the page, the targets of #fragments. */
  ids: Set<string>;
}

export interface BrokenLink {
  /** The HTML file the link is in (relative to the site root). */
  from: string;
  url: string;
  reason: string;
}

const LINK_ATTRS = new Set(['href', 'src', 'srcset', 'xlink:href', 'poster']);

/** The URLs of a srcset: each candidate's URL, without its width or density descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S)(?![^\s,]*\s)/)
    .map((c) => c.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** The links and ids of an HTML page, read by the HTML parser: script and style text and comments are not markup. */
export function pageLinks(html: string): PageLinks {
  const urls: string[] = [];
  const ids = new Set<string>();
  for (const { name, attrs } of htmlElements(html)) {
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'id' || (key === 'name' && name === 'a')) ids.add(value);
      else if (key === 'srcset') urls.push(...srcsetUrls(value));
      else if (LINK_ATTRS.has(key) && name !== 'base') urls.push(value.trim());
    }
  }
  return { urls, ids };
}

/** Where an internal URL points, from a page at `fromFile`: the path (decoded, no query) and fragment; null for external or non-navigable URLs. */
export function resolveUrl(fromFile: string, url: string): { path: string; fragment: string } | null {
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const pageUrl = new URL(`/${fromFile.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
  const target = new URL(url, pageUrl);
  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    path = target.pathname;
  }
  return { path, fragment: target.hash ? decodeURIComponent(target.hash.slice(1)) : '' };
}

/** The file a URL path is served from, as the static server does: `/x/` -> `x/index.html`; `/x` -> `x`, or `x/index.html` if x is a folder. */
export function fileFor(path: string, exists: (file: string) => boolean): string | undefined {
  const file = path.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) return exists(`${file}index.html`) ? `${file}index.html` : undefined;
  if (exists(file)) return file;
  if (exists(`${file}/index.html`)) return `${file}/index.html`;
  return undefined;
}

/** The dataset version of a frozen embed's file (`embed/v/<version>/…`, `nn/embed/v/…`, relative to the site root), or undefined. */
export function frozenEmbedVersion(file: string): string | undefined {
  return /^(?:(?:nn|en)\/)?embed\/v\/([0-9a-f]{12})\//.exec(file)?.[1];
}

/**
 * Whether to check the links of an HTML file: not those of an older version's frozen embeds,
 * which were checked when that version was built and may point to pages (a municipality, a
 * service) that a later dataset no longer has. Links into them are still checked from other pages.
 */
export function checksLinksOf(file: string, currentVersion: string): boolean {
  const version = frozenEmbedVersion(file);
  return version === undefined || version === currentVersion;
}

/**
 * The broken internal links of a site: `pages` gives each HTML file's links and ids (read on
 * demand, so only pages that are linked into with a #fragment need their ids), `exists` says
 * whether a file is in the site.
 */
export function brokenLinks(htmlFiles: readonly string[], pages: (file: string) => PageLinks, exists: (file: string) => boolean): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const from of htmlFiles) {
    const seen = new Set<string>();
    for (const url of pages(from).urls) {
      if (seen.has(url)) continue;
      seen.add(url);
      const target = resolveUrl(from, url);
      if (!target) continue;
      const file = fileFor(target.path, exists);
      if (!file) {
        broken.push({ from, url, reason: 'no such file' });
        continue;
      }
      // An empty fragment ("#") and "#top" go to the top of the page in every browser.
      if (target.fragment && target.fragment !== 'top' && file.endsWith('.html') && !pages(file).ids.has(target.fragment)) {
        broken.push({ from, url, reason: `no element with id "${target.fragment}"` });
      }
    }
  }
  return broken;
}
